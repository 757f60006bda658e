//! Merging two versions of a student file, as git's merge driver (SPEC.md, "Sharing a
//! folder through git"), and the conflict markers such a merge can leave.

use crate::diag::{Diagnostic, Pos};
use std::path::Path;

/// git's markers (default size 7), as written around a conflict.
pub const OURS_MARKER: &str = "<<<<<<< ours";
pub const SEPARATOR: &str = "=======";
pub const THEIRS_MARKER: &str = ">>>>>>> theirs";

/// Whether a line is one of git's conflict markers: seven `<`, `|`, `=` or `>` at the
/// start of the line, then the end of the line or a space (and a label).
fn is_marker(line: &[u8]) -> bool {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let Some(&c) = line.first() else {
        return false;
    };
    if !matches!(c, b'<' | b'|' | b'=' | b'>') || line.len() < 7 || line[..7].iter().any(|&b| b != c) {
        return false;
    }
    match line.get(7) {
        None => true,
        Some(b' ') => c != b'=',
        _ => false,
    }
}

/// The byte offsets of the lines of `src` that are conflict markers.
pub fn marker_lines(src: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in src.as_bytes().split(|&b| b == b'\n') {
        if is_marker(line) {
            out.push(start);
        }
        start += line.len() + 1;
    }
    out
}

/// A diagnostic for each conflict marker in a file that does not read, instead of the
/// TOML errors the markers cause; `None` when there are none.
pub fn conflict_diagnostics(src: &str, path: &Path) -> Option<Vec<Diagnostic>> {
    let lines = marker_lines(src);
    if lines.is_empty() {
        return None;
    }
    Some(
        lines
            .into_iter()
            .map(|at| {
                Diagnostic::error(path, Pos::at(src, at), "unresolved merge conflict").hint(
                    "keep one side (the lines between <<<<<<< and =======, or between ======= and >>>>>>>) and remove the marker lines"
                        .to_string(),
                )
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_seven_characters_at_the_start_of_a_line() {
        let src = "a = 1\n<<<<<<< ours\nb = 1\n||||||| base\n=======\r\nb = 2\n>>>>>>> theirs\n======== kop\n<<<<<<<x\n  =======\n>>>>>>>\n";
        let lines: Vec<usize> = marker_lines(src)
            .into_iter()
            .map(|at| Pos::at(src, at).line)
            .collect();
        assert_eq!(lines, [2, 4, 5, 7, 11]);
    }

    #[test]
    fn each_marker_is_one_error_at_its_line() {
        let src = "a = 1\n<<<<<<< ours\nb = 1\n=======\nb = 2\n>>>>>>> theirs\n";
        let d = conflict_diagnostics(src, Path::new("students/a.toml")).unwrap();
        assert_eq!(
            d[0].to_string(),
            "students/a.toml:2:1: error: unresolved merge conflict\n  hint: keep one side (the lines between <<<<<<< and =======, or between ======= and >>>>>>>) and remove the marker lines"
        );
        assert_eq!(d.iter().map(|d| d.line).collect::<Vec<_>>(), [2, 4, 6]);
        assert_eq!(conflict_diagnostics("a = 1\n", Path::new("a.toml")), None);
    }
}
