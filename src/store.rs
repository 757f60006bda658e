//! The one door to the disk. Reading: listing and parsing student files, in parallel,
//! in a stable order. Writing: under the folder's lock, a temporary file in the same
//! folder, synced, renamed over the old one; files readable by the owner only.

use crate::diag::{Diagnostic, Pos};
use crate::student::{self, Student};
use anyhow::{Context, Result, bail};
use rayon::prelude::*;
use rayon::slice::ParallelSliceMut;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The file whose lock serialises writers: the folder's settings, which every folder
/// has and the tool never rewrites (so no extra file shows up in `git status`).
pub const LOCK_FILE: &str = crate::folder::SETTINGS_FILE;

/// A path as it is shown: without a leading `./`.
pub fn shown(path: &Path) -> PathBuf {
    path.strip_prefix(".")
        .map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
}

/// The `*.toml` files of a folder, sorted by name; a missing folder is empty.
pub fn listing(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("reading {}", dir.display())),
    };
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("reading {}", dir.display()))?;
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        if name.ends_with(".toml") && !name.starts_with('.') {
            names.push(name);
        }
    }
    // Names sort as strings (cheaper than paths compared component by component), on all
    // cores: a directory lists in hash order, and at 100,000 files this sort is the
    // largest step before the parallel part.
    names.par_sort_unstable();
    let dir = shown(dir);
    Ok(names.into_iter().map(|n| dir.join(n)).collect())
}

/// The case ids in a folder.
pub fn list_ids(dir: &Path) -> Result<Vec<String>> {
    Ok(listing(dir)?
        .iter()
        .filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(String::from))
        .collect())
}

/// Reads a file as UTF-8 text; a problem is a diagnostic at its place.
pub fn read_text(path: &Path) -> Result<String, Vec<Diagnostic>> {
    let bytes = fs::read(path).map_err(|e| {
        vec![Diagnostic::error(
            path,
            Pos::START,
            format!("cannot read the file: {e}"),
        )]
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        vec![
            Diagnostic::error(path, Pos::at(&text, valid), "the file is not UTF-8 text")
                .hint("save it as UTF-8 (in most editors: Save As, encoding UTF-8)".to_string()),
        ]
    })
}

/// Reads and parses one student file.
pub fn read_student(path: &Path) -> Result<Student, Vec<Diagnostic>> {
    let src = read_text(path)?;
    student::parse(&src, path)
}

/// Runs `f` on every student file of `dirs`, on `jobs` threads (all cores by default),
/// and returns the results in listing order, so the output is the same for any number
/// of threads. Each file is read, parsed and dropped inside `f`'s call: nothing but
/// what `f` returns is kept.
pub fn map_students<T, F>(dirs: &[PathBuf], jobs: Option<usize>, f: F) -> Result<Vec<T>>
where
    T: Send,
    F: Fn(&Path, Result<Student, Vec<Diagnostic>>) -> T + Sync + Send,
{
    map_files(dirs, jobs, |p| f(p, read_student_reusing(p)))
}

thread_local! {
    /// Each worker reads its files into one buffer it keeps.
    static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// [`read_student`] without a fresh allocation and a `stat` per file: reads until end of
/// file into the thread's buffer (at 100,000 files the system calls are the floor).
fn read_student_reusing(path: &Path) -> Result<Student, Vec<Diagnostic>> {
    use std::io::Read;
    BUFFER.with_borrow_mut(|buf| {
        buf.clear();
        let read = File::open(path).and_then(|mut f| {
            loop {
                if buf.capacity() - buf.len() < 4096 {
                    buf.reserve(16 * 1024);
                }
                let len = buf.len();
                let spare = buf.capacity() - len;
                buf.resize(len + spare, 0);
                match f.read(&mut buf[len..]) {
                    Ok(0) => {
                        buf.truncate(len);
                        return Ok(());
                    }
                    Ok(n) => buf.truncate(len + n),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => buf.truncate(len),
                    Err(e) => {
                        buf.truncate(len);
                        return Err(e);
                    }
                }
            }
        });
        match (read, std::str::from_utf8(buf)) {
            (Ok(()), Ok(src)) => student::parse(src, path),
            // Unreadable or not UTF-8: the plain path gives the diagnostic with its place.
            _ => read_student(path),
        }
    })
}

/// Folds every student file of `dirs` into one value, in one pass on `jobs` threads:
/// each worker folds the files it reads into an accumulator of its own (`init`), and
/// the accumulators are merged at the end. For results that do not depend on the
/// order of adding (counts, minima, lists sorted afterwards); nothing of a student is
/// kept but what `fold` adds.
pub fn fold_students<A, I, F, M>(
    dirs: &[PathBuf],
    jobs: Option<usize>,
    init: I,
    fold: F,
    merge: M,
) -> Result<A>
where
    A: Send,
    I: Fn() -> A + Sync + Send,
    F: Fn(A, &Path, Result<Student, Vec<Diagnostic>>) -> A + Sync + Send,
    M: Fn(A, A) -> A + Sync + Send,
{
    let mut files = Vec::new();
    for d in dirs {
        files.extend(listing(d)?);
    }
    if jobs == Some(1) {
        return Ok(files
            .iter()
            .fold(init(), |acc, p| fold(acc, p, read_student_reusing(p))));
    }
    Ok(files
        .par_iter()
        .fold(&init, |acc, p| fold(acc, p, read_student_reusing(p)))
        .reduce(&init, &merge))
}

/// Runs `f` on every `*.toml` file of `dirs` in parallel (see [`map_students`]).
pub fn map_files<T, F>(dirs: &[PathBuf], jobs: Option<usize>, f: F) -> Result<Vec<T>>
where
    T: Send,
    F: Fn(&Path) -> T + Sync + Send,
{
    let mut files = Vec::new();
    for d in dirs {
        files.extend(listing(d)?);
    }
    let run = |p: &PathBuf| f(p);
    // `--jobs 1` reads in order on this thread; otherwise on rayon's pool, which
    // `commands::run` sizes from `--jobs`. `collect` keeps the listing order.
    if jobs == Some(1) {
        return Ok(files.iter().map(run).collect());
    }
    Ok(files.par_iter().map(run).collect())
}

/// The folder's write lock, held until dropped: two commands writing at once wait for
/// each other instead of losing an update.
pub struct Lock(#[allow(dead_code)] File);

pub fn lock(root: &Path) -> Result<Lock> {
    let path = root.join(LOCK_FILE);
    let file = File::open(&path).with_context(|| format!("opening {} to lock the folder", path.display()))?;
    file.lock()
        .with_context(|| format!("locking {}", path.display()))?;
    Ok(Lock(file))
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder (mode
/// 0600), flushed and synced, then renamed over `path`. With `new`, an existing file is
/// never replaced.
pub fn write_atomic(path: &Path, contents: &str, new: bool) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".uitstroom-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
    tmp.write_all(contents.as_bytes())
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| format!("writing {}", path.display()))?;
    if new {
        tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                anyhow::anyhow!("{} exists already", path.display())
            } else {
                anyhow::Error::new(e.error).context(format!("writing {}", path.display()))
            }
        })?;
    } else {
        tmp.persist(path)
            .map_err(|e| anyhow::Error::new(e.error).context(format!("writing {}", path.display())))?;
    }
    // The rename is durable once the folder itself is synced.
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Creates a folder readable by the owner only (if it does not exist).
pub fn create_private_dir(path: &Path) -> Result<()> {
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(path)
        .with_context(|| format!("creating {}", path.display()))
}

/// Edits a student file under the folder lock: reads it, lets `edit` compute the new
/// text, checks that the result is a valid student file, and replaces it atomically.
/// Returns the old and the new student.
pub fn edit_student(
    root: &Path,
    path: &Path,
    edit: impl FnOnce(&str, &Student) -> Result<String>,
) -> Result<(Student, Student)> {
    let _lock = lock(root)?;
    let src = read_text(path).map_err(crate::DataErrors)?;
    let before = student::parse(&src, path).map_err(|d| {
        anyhow::Error::new(crate::DataErrors(d)).context(format!(
            "{} has errors; fix them first (`uitstroom check` lists them)",
            path.display()
        ))
    })?;
    let new_src = edit(&src, &before)?;
    let after = match student::parse(&new_src, path) {
        Ok(s) => s,
        Err(diags) => {
            let msgs: Vec<String> = diags
                .iter()
                .map(|d| format!("{}: {}", d.message, d.hint.clone().unwrap_or_default()))
                .collect();
            bail!(
                "the change would make {} invalid, so nothing was written: {}",
                path.display(),
                msgs.join("; ")
            );
        }
    };
    write_atomic(path, &new_src, false)?;
    Ok((before, after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn atomic_writes_are_private_and_never_clobber_new_files() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        write_atomic(&p, "x = 1\n", true).unwrap();
        assert_eq!(fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600);
        assert!(write_atomic(&p, "x = 2\n", true).is_err());
        assert_eq!(fs::read_to_string(&p).unwrap(), "x = 1\n");
        write_atomic(&p, "x = 3\n", false).unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "x = 3\n");
        // No temporary file is left behind.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
