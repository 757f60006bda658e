//! The errors a run can end with, each with its exit status in one place (just's
//! `error.rs`). anyhow carries them through the commands, as in ripgrep; [`Failure::of`]
//! finds the typed error in the chain, so that no code decides by a message's text —
//! which, besides, is Dutch or English.

use crate::diag::Diagnostic;
use crate::i18n::messages::errors as m;
use crate::text;
use crate::tr;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// How a run failed, and so its exit status (SPEC.md, "Exit status").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The reader of the output has gone (`| head`): the run ends quietly, status 0.
    ClosedPipe,
    /// Wrong usage that clap cannot see (no folder, an unknown case id, a bad value):
    /// status 2, as clap's own errors.
    Usage,
    /// A problem in the data: a file that does not read or validate, status 1.
    Data,
    /// The system refused (a file that cannot be read or written, git that does not
    /// run), or anything else: status 1.
    Other,
}

impl Failure {
    /// The exit status of a run that failed so.
    pub const fn exit_code(self) -> u8 {
        match self {
            Failure::ClosedPipe => 0,
            Failure::Usage => 2,
            Failure::Data | Failure::Other => 1,
        }
    }

    /// What an error is, by the types in its chain (the outermost typed one decides;
    /// a closed pipe anywhere in it is quiet).
    pub fn of(err: &anyhow::Error) -> Failure {
        if err.chain().any(|c| {
            c.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
        }) {
            return Failure::ClosedPipe;
        }
        err.chain().find_map(Failure::of_one).unwrap_or(Failure::Other)
    }

    /// What one error of the chain is, if it is one of this crate's.
    fn of_one(e: &(dyn std::error::Error + 'static)) -> Option<Failure> {
        if e.is::<UsageError>() {
            Some(Failure::Usage)
        } else if e.is::<DataErrors>() || e.is::<crate::import::Problems>() || e.is::<DataError>() {
            Some(Failure::Data)
        } else if e.is::<FileError>() || e.is::<crate::store::WriteError>() || e.is::<IoError>() {
            Some(Failure::Other)
        } else {
            None
        }
    }
}

/// Wrong usage that clap cannot see (no folder, an unknown case id): exit status 2.
#[derive(Debug)]
pub struct UsageError {
    pub message: String,
    pub hint: Option<String>,
}

impl UsageError {
    pub fn new(message: impl Into<String>) -> Self {
        UsageError {
            message: message.into(),
            hint: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A message may quote what was typed (`no case `…``): shown, never obeyed.
        f.write_str(&text::clean(&self.message))?;
        if let Some(h) = &self.hint {
            write!(f, "\n  {}: {}", crate::i18n::messages::HINT, text::clean(h))?;
        }
        Ok(())
    }
}

impl std::error::Error for UsageError {}

/// Problems in data files, each with its place: exit status 1.
#[derive(Debug)]
pub struct DataErrors(pub Vec<Diagnostic>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

/// One problem in the data without a place in a file (a change that would make a file
/// invalid): exit status 1.
#[derive(Debug)]
pub struct DataError {
    pub message: String,
    pub hint: Option<String>,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // It may quote a file's values: shown, never obeyed.
        f.write_str(&text::clean(&self.message))?;
        if let Some(h) = &self.hint {
            write!(f, "\n  {}: {}", crate::i18n::messages::HINT, text::clean(h))?;
        }
        Ok(())
    }
}

impl std::error::Error for DataError {}

/// What was being done to a file when the system refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileOp {
    Read,
    Write,
    /// Making a folder.
    Create,
    /// Listing a folder.
    List,
    /// Taking the folder's write lock.
    Lock,
    Remove,
}

/// A file the system would not let the tool read, write, list or lock: the file, what
/// went wrong in the user's words, and what to do.
#[derive(Debug)]
pub struct FileError {
    pub op: FileOp,
    pub path: PathBuf,
    pub source: io::Error,
}

impl FileError {
    pub fn new(op: FileOp, path: &Path, source: io::Error) -> Self {
        FileError {
            op,
            path: path.to_path_buf(),
            source,
        }
    }

    /// A closure for `map_err`: `fs::read(p).map_err(FileError::on(FileOp::Read, p))`.
    pub fn on(op: FileOp, path: &Path) -> impl FnOnce(io::Error) -> FileError + '_ {
        move |e| FileError::new(op, path, e)
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = text::path(&self.path);
        let reason = io_reason(&self.source);
        let message = match self.op {
            FileOp::Read => tr!(m::CANNOT_READ, path, reason),
            FileOp::Write => tr!(m::CANNOT_WRITE, path, reason),
            FileOp::Create => tr!(m::CANNOT_CREATE, path, reason),
            FileOp::List => tr!(m::CANNOT_LIST, path, reason),
            FileOp::Lock => tr!(m::CANNOT_LOCK, path, reason),
            FileOp::Remove => tr!(m::CANNOT_REMOVE, path, reason),
        };
        f.write_str(&message)?;
        if let Some(hint) = io_hint(self.op, &self.source, &self.path) {
            write!(f, "\n  {}: {hint}", crate::i18n::messages::HINT)?;
        }
        Ok(())
    }
}

// No `source()`: the message already says what the I/O error was, in the user's words
// (anyhow's `{:#}` would repeat the system's English text).
impl std::error::Error for FileError {}

/// Any other I/O error, with what was being done: "reading the working directory: it
/// does not exist".
#[derive(Debug)]
pub struct IoError {
    /// What was being done, in the user's language.
    pub doing: String,
    pub source: io::Error,
}

impl IoError {
    /// A closure for `map_err`.
    pub fn doing(doing: impl Into<String>) -> impl FnOnce(io::Error) -> IoError {
        let doing = doing.into();
        move |source| IoError { doing, source }
    }
}

impl fmt::Display for IoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.doing, io_reason(&self.source))
    }
}

// No `source()`, as for [`FileError`].
impl std::error::Error for IoError {}

/// What an I/O error means, in the user's language: the common kinds in words of our
/// own; the system's text (English, from the OS or Rust) only for the rest.
pub fn io_reason(e: &io::Error) -> String {
    use io::ErrorKind as K;
    let msg = match e.kind() {
        K::NotFound => &m::IO_NOT_FOUND,
        K::PermissionDenied => &m::IO_PERMISSION_DENIED,
        K::AlreadyExists => &m::IO_ALREADY_EXISTS,
        K::StorageFull => &m::IO_STORAGE_FULL,
        K::QuotaExceeded => &m::IO_QUOTA_EXCEEDED,
        K::FileTooLarge => &m::IO_FILE_TOO_LARGE,
        K::ReadOnlyFilesystem => &m::IO_READ_ONLY,
        K::IsADirectory => &m::IO_IS_A_DIRECTORY,
        K::NotADirectory => &m::IO_NOT_A_DIRECTORY,
        K::DirectoryNotEmpty => &m::IO_DIRECTORY_NOT_EMPTY,
        K::InvalidData => &m::IO_INVALID_DATA,
        K::WouldBlock => &m::IO_WOULD_BLOCK,
        K::Interrupted => &m::IO_INTERRUPTED,
        _ => {
            // The last resort: the system's own words, quoted as what it said.
            let os = e.to_string();
            return tr!(m::IO_OTHER, os = text::clean(&os));
        }
    };
    msg.text().to_string()
}

/// What to do about an I/O error while doing `op` to `path`, for the kinds where there
/// is something to do.
pub fn io_hint(op: FileOp, e: &io::Error, path: &Path) -> Option<String> {
    use io::ErrorKind as K;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => text::path(d),
        _ => ".".to_string(),
    };
    let path = text::path(path);
    Some(match e.kind() {
        K::PermissionDenied if matches!(op, FileOp::Read | FileOp::Lock) => {
            tr!(m::HINT_READ_PERMISSION, path)
        }
        K::PermissionDenied if op == FileOp::List => tr!(m::HINT_LIST_PERMISSION, path),
        K::PermissionDenied => tr!(m::HINT_WRITE_PERMISSION, dir),
        K::StorageFull | K::QuotaExceeded => m::HINT_MAKE_ROOM.text().to_string(),
        K::FileTooLarge => m::HINT_ULIMIT.text().to_string(),
        K::ReadOnlyFilesystem => m::HINT_READ_ONLY.text().to_string(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn exit_status_comes_from_the_type_never_the_text() {
        let usage: anyhow::Error = UsageError::new("error: data").into();
        assert_eq!(Failure::of(&usage), Failure::Usage);
        assert_eq!(Failure::of(&usage).exit_code(), 2);
        // Context around a typed error keeps its kind.
        let data = anyhow::Error::new(DataErrors(Vec::new())).context("usage: reading");
        assert_eq!(Failure::of(&data), Failure::Data);
        assert_eq!(Failure::of(&data).exit_code(), 1);
        let file: anyhow::Error =
            FileError::new(FileOp::Read, Path::new("a"), io::ErrorKind::NotFound.into()).into();
        assert_eq!(Failure::of(&file).exit_code(), 1);
        let pipe = anyhow::Error::new(io::Error::from(io::ErrorKind::BrokenPipe)).context("writing");
        assert_eq!(Failure::of(&pipe), Failure::ClosedPipe);
        assert_eq!(Failure::of(&pipe).exit_code(), 0);
        assert_eq!(Failure::of(&anyhow::anyhow!("usage")), Failure::Other);
    }

    #[test]
    fn common_io_errors_are_said_in_words_of_our_own() {
        let e = FileError::new(
            FileOp::Write,
            Path::new("students/sem.toml"),
            io::ErrorKind::PermissionDenied.into(),
        );
        assert_eq!(
            e.to_string(),
            "cannot write students/sem.toml: permission denied\n  hint: you need write permission on students (ls -ld students; chmod u+w students)"
        );
        assert_eq!(
            m::IO_FILE_TOO_LARGE.get(Lang::Nl),
            "bestand te groot: de limiet op de bestandsgrootte (`ulimit -f`) staat het niet toe"
        );
        // Anything else: the system's own words, quoted.
        let other = io_reason(&io::Error::other("weird\u{1b}"));
        assert_eq!(other, "the system says: \"weird\\u{1b}\"");
    }
}
