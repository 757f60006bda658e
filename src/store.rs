//! The one door to the disk. Reading: listing and parsing student files, in parallel,
//! in a stable order. Writing: under the folder's lock, a temporary file in the same
//! folder, synced, renamed over the old one; files readable by the owner only.

use crate::diag::{Diagnostic, Pos, Problem};
use crate::error::{DataError, FileError, FileOp};
use crate::i18n::messages::store as m;
use crate::student::{self, Student};
use crate::text::path as shown_path;
use crate::tr;
use anyhow::Result;
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

/// The largest student file read. A student's file is a few KiB (a hundred events is
/// about 5 KiB); the limit leaves room for 100,000 events while a 50 MB file, a device
/// or anything else that is not a case file is refused before it fills the memory.
pub const MAX_FILE_BYTES: u64 = 16 << 20;

/// The name of every temporary file a write makes: `.uitstroom-XXXXXX.tmp`, hidden from
/// the listing and ignored by `.gitignore`.
const TMP_PREFIX: &str = ".uitstroom-";
const TMP_SUFFIX: &str = ".tmp";

/// What a listing found: the student files, and what it says about the other names.
#[derive(Debug, Default)]
pub struct Listing {
    /// `*.toml` files, sorted by name (in the order of the folders given).
    pub files: Vec<PathBuf>,
    /// Names that are not read: errors where a student file is likely lost from view (a
    /// name that is not UTF-8), warnings for the rest (`Upper.TOML`, `.hidden.toml`, a
    /// sub-folder). `check` shows them all; `due` and `list` the errors.
    pub problems: Vec<Diagnostic>,
}

/// The `*.toml` files of a folder, sorted by name; a missing folder is empty.
pub fn listing(dir: &Path) -> Result<Vec<PathBuf>> {
    Ok(scan_dir(dir)?.files)
}

/// The files of several folders, and the problems of their names.
pub fn scan(dirs: &[PathBuf]) -> Result<Listing> {
    let mut all = Listing::default();
    for d in dirs {
        let l = scan_dir(d)?;
        all.files.extend(l.files);
        all.problems.extend(l.problems);
    }
    Ok(all)
}

/// Lists one folder: which names are student files, and a word about the names that
/// look like one but are not read.
pub fn scan_dir(dir: &Path) -> Result<Listing> {
    use crate::diag::Severity;
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Listing::default()),
        Err(e) => return Err(FileError::new(FileOp::List, dir, e).into()),
    };
    let shown_dir = shown(dir);
    let mut names = Vec::new();
    let mut problems = Vec::new();
    for entry in entries {
        let entry = entry.map_err(FileError::on(FileOp::List, dir))?;
        let os_name = entry.file_name();
        let bytes = os_name.as_encoded_bytes();
        if bytes.starts_with(TMP_PREFIX.as_bytes()) && bytes.ends_with(TMP_SUFFIX.as_bytes()) {
            // A write in progress, or one that was killed: the next write sweeps it.
            continue;
        }
        let toml_like = bytes.len() >= 5 && bytes[bytes.len() - 5..].eq_ignore_ascii_case(b".toml");
        let Some(name) = os_name.to_str() else {
            // Never skipped without a word: a case whose file name is not UTF-8 would
            // silently drop out of every list.
            let severity = if toml_like {
                Severity::Error
            } else {
                Severity::Warning
            };
            problems.push(
                Diagnostic::new(
                    severity,
                    &shown_dir.join(&os_name),
                    Pos::START,
                    m::NAME_NOT_UTF8.text(),
                )
                .hint(m::HINT_RENAME_TO_ID.text().to_string())
                .problem(Problem::FileName),
            );
            continue;
        };
        if name.ends_with(".toml") && !name.starts_with('.') {
            names.push(name.to_string());
            continue;
        }
        let path = shown_dir.join(name);
        let warn = |message: String, hint: String| {
            Diagnostic::warning(&path, Pos::START, message)
                .hint(hint)
                .problem(Problem::FileName)
        };
        let rename = |to: PathBuf| tr!(m::HINT_RENAME, from = path.display(), to = to.display());
        if toml_like && name.starts_with('.') {
            let plain = name.trim_start_matches('.');
            problems.push(warn(
                tr!(m::HIDDEN_FILE, name),
                rename(shown_dir.join(plain.to_lowercase())),
            ));
        } else if toml_like {
            let stem = &name[..name.len() - 5];
            problems.push(warn(
                tr!(m::NOT_LOWER_TOML, name),
                rename(shown_dir.join(format!("{}.toml", stem.to_lowercase()))),
            ));
        } else if !name.starts_with('.') && entry.file_type().is_ok_and(|t| t.is_dir()) {
            problems.push(warn(
                tr!(m::SUBFOLDER, name),
                tr!(m::HINT_SUBFOLDER, dir = shown_dir.display()),
            ));
        }
    }
    // Names sort as strings (cheaper than paths compared component by component), on all
    // cores: a directory lists in hash order, and at 100,000 files this sort is the
    // largest step before the parallel part.
    names.par_sort_unstable();
    problems.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Listing {
        files: names.into_iter().map(|n| shown_dir.join(n)).collect(),
        problems,
    })
}

/// The case ids in a folder.
pub fn list_ids(dir: &Path) -> Result<Vec<String>> {
    Ok(listing(dir)?
        .iter()
        .filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(String::from))
        .collect())
}

/// Opens a file for reading without following a symbolic link (a link out of the folder
/// is never read) and without waiting for a writer (a FIFO would hang the command).
fn open_for_reading(path: &Path) -> std::io::Result<File> {
    let mut o = fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    o.open(path)
}

/// Why a file could not be opened or read, at its place.
fn unreadable(path: &Path, e: &std::io::Error) -> Diagnostic {
    if let Ok(meta) = fs::symlink_metadata(path)
        && meta.file_type().is_symlink()
    {
        let target = fs::read_link(path).map_or_else(|_| "?".into(), |t| t.display().to_string());
        return Diagnostic::error(path, Pos::START, tr!(m::SYMLINK, target))
            .hint(tr!(m::HINT_SYMLINK, path = path.display()))
            .problem(Problem::Unreadable);
    }
    let reason = crate::error::io_reason(e);
    Diagnostic::error(path, Pos::START, tr!(m::CANNOT_READ_FILE, reason))
        .hint(crate::error::io_hint(FileOp::Read, e, path))
        .problem(Problem::Unreadable)
}

/// A name that is a student file's, on something that is not a file.
fn not_regular(path: &Path, t: fs::FileType) -> Diagnostic {
    #[cfg(unix)]
    use std::os::unix::fs::FileTypeExt;
    let what = if t.is_dir() {
        &m::KIND_FOLDER
    } else if cfg!(unix) && t.is_fifo() {
        &m::KIND_FIFO
    } else if cfg!(unix) && t.is_socket() {
        &m::KIND_SOCKET
    } else if cfg!(unix) && (t.is_char_device() || t.is_block_device()) {
        &m::KIND_DEVICE
    } else {
        &m::KIND_OTHER
    };
    let hint = if t.is_dir() {
        let dir = path
            .parent()
            .map_or_else(String::new, |p| p.display().to_string());
        tr!(m::HINT_FOLDER_OUT, dir)
    } else {
        tr!(m::HINT_REMOVE, path = path.display())
    };
    Diagnostic::error(path, Pos::START, tr!(m::NOT_REGULAR, what))
        .hint(hint)
        .problem(Problem::Unreadable)
}

fn too_large(path: &Path, len: u64) -> Diagnostic {
    Diagnostic::error(
        path,
        Pos::START,
        tr!(m::TOO_LARGE, len, max = MAX_FILE_BYTES >> 20),
    )
    .hint(tr!(m::HINT_DAMAGED, path = path.display()))
    .problem(Problem::Unreadable)
}

/// A file's text, checked to be UTF-8.
fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, Vec<Diagnostic>> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        vec![
            Diagnostic::error(path, Pos::at(&text, valid), m::NOT_UTF8.text())
                .hint(m::HINT_SAVE_UTF8.text().to_string())
                .problem(Problem::Unreadable),
        ]
    })
}

/// A file as read: its text and its permission bits.
#[derive(Debug)]
pub struct FileText {
    pub text: String,
    /// The mode's permission bits (`0o600`); 0 where the platform has none.
    pub mode: u32,
}

/// Reads a file as UTF-8 text: a regular file (never through a link, never a FIFO or a
/// device), of at most [`MAX_FILE_BYTES`]. A problem is a diagnostic at its place.
pub fn read_file(path: &Path) -> Result<FileText, Vec<Diagnostic>> {
    use std::io::Read;
    let file = open_for_reading(path).map_err(|e| vec![unreadable(path, &e)])?;
    let meta = file.metadata().map_err(|e| vec![unreadable(path, &e)])?;
    if !meta.is_file() {
        return Err(vec![not_regular(path, meta.file_type())]);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(vec![too_large(path, meta.len())]);
    }
    let size = usize::try_from(meta.len()).expect("at most MAX_FILE_BYTES, checked above");
    let mut bytes = Vec::with_capacity(size + 1);
    (&file)
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| vec![unreadable(path, &e)])?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(vec![too_large(path, bytes.len() as u64)]);
    }
    #[cfg(unix)]
    let mode = {
        use std::os::unix::fs::PermissionsExt;
        meta.permissions().mode() & 0o7777
    };
    #[cfg(not(unix))]
    let mode = 0;
    Ok(FileText {
        text: decode(path, bytes)?,
        mode,
    })
}

/// Reads a file as UTF-8 text (see [`read_file`]).
pub fn read_text(path: &Path) -> Result<String, Vec<Diagnostic>> {
    read_file(path).map(|f| f.text)
}

/// Parses a student file's text. A NUL byte is a binary file, not a TOML typo: said so,
/// instead of the parser's `key with no value` (checked only when parsing failed, so
/// the common case pays nothing).
pub fn parse_student(src: &str, path: &Path) -> Result<Student, Vec<Diagnostic>> {
    student::parse(src, path).map_err(|diags| match src.find('\0') {
        Some(at) => vec![
            Diagnostic::error(path, Pos::at(src, at), m::NUL_BYTE.text())
                .hint(tr!(m::HINT_DAMAGED, path = path.display()))
                .problem(Problem::Unreadable),
        ],
        None => diags,
    })
}

/// Reads and parses one student file.
pub fn read_student(path: &Path) -> Result<Student, Vec<Diagnostic>> {
    let src = read_text(path)?;
    parse_student(&src, path)
}

/// Runs `f` on every student file of `dirs`, on `jobs` threads (all cores by default),
/// and returns the results in listing order, so the output is the same for any number
/// of threads. Each file is read, parsed and dropped inside `f`'s call: nothing but
/// what `f` returns is kept. A name that hides a student (not UTF-8) comes to `f` as an
/// error after the files.
pub fn map_students<T, F>(dirs: &[PathBuf], jobs: Option<usize>, f: F) -> Result<Vec<T>>
where
    T: Send,
    F: Fn(&Path, Result<Student, Vec<Diagnostic>>) -> T + Sync + Send,
{
    let listing = scan(dirs)?;
    let mut out = map_paths(&listing.files, jobs, |p| f(p, read_student_reusing(p)));
    for d in listing.problems.into_iter().filter(Diagnostic::is_error) {
        let path = d.path.clone();
        out.push(f(&path, Err(vec![d])));
    }
    Ok(out)
}

thread_local! {
    /// Each worker reads its files into one buffer it keeps.
    static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// [`read_student`] without a fresh allocation and a `stat` per file: reads until end of
/// file into the thread's buffer (at 100,000 files the system calls are the floor).
/// Anything unusual — an error, an empty read (a FIFO), more than the size limit — goes
/// the careful way, which says what the file is.
fn read_student_reusing(path: &Path) -> Result<Student, Vec<Diagnostic>> {
    use std::io::Read;
    BUFFER.with_borrow_mut(|buf| {
        buf.clear();
        let read = open_for_reading(path).and_then(|mut f| {
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
                    Ok(n) => {
                        buf.truncate(len + n);
                        if buf.len() as u64 > MAX_FILE_BYTES {
                            return Err(std::io::Error::from(std::io::ErrorKind::FileTooLarge));
                        }
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => buf.truncate(len),
                    Err(e) => {
                        buf.truncate(len);
                        return Err(e);
                    }
                }
            }
        });
        match (read, std::str::from_utf8(buf)) {
            (Ok(()), Ok(src)) if !src.is_empty() => parse_student(src, path),
            // Unreadable, empty, too large or not UTF-8: the careful path gives the
            // diagnostic with its place.
            _ => {
                buf.clear();
                buf.shrink_to(1 << 20);
                read_student(path)
            }
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
    Ok(map_paths(&scan(dirs)?.files, jobs, f))
}

/// Runs `f` on each of `files` in parallel, results in the order of `files`.
pub fn map_paths<T, F>(files: &[PathBuf], jobs: Option<usize>, f: F) -> Vec<T>
where
    T: Send,
    F: Fn(&Path) -> T + Sync + Send,
{
    let run = |p: &PathBuf| f(p);
    // `--jobs 1` reads in order on this thread; otherwise on rayon's pool, which
    // `commands::run` sizes from `--jobs`. `collect` keeps the listing order.
    if jobs == Some(1) {
        return files.iter().map(run).collect();
    }
    files.par_iter().map(run).collect()
}

/// The folder's write lock, held until dropped: two commands writing at once wait for
/// each other instead of losing an update. A command holds it from reading the file it
/// changes until the change is committed, so every change gets its own commit.
pub struct Lock(#[allow(dead_code)] File);

/// Takes the folder's write lock, then sweeps away what killed writes left behind.
pub fn lock(root: &Path) -> Result<Lock> {
    let path = root.join(LOCK_FILE);
    let file = File::open(&path).map_err(FileError::on(FileOp::Lock, &path))?;
    file.lock().map_err(FileError::on(FileOp::Lock, &path))?;
    sweep_temporaries(root);
    Ok(Lock(file))
}

/// Removes the temporary files of writes that never finished (`kill -9`, a power cut):
/// each write holds a lock on its own temporary file until it is renamed into place, so
/// a temporary file whose lock is free lost its writer. Run under the folder lock, which
/// every write to `students/` and `archive/` holds, so no live write is ever touched; in
/// the folder itself (where `init` writes before there is a lock to take) only files
/// older than a minute go.
fn sweep_temporaries(root: &Path) {
    let base = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    for (dir, min_age) in [
        (base.join("students"), std::time::Duration::ZERO),
        (base.join("archive"), std::time::Duration::ZERO),
        (base.to_path_buf(), std::time::Duration::from_secs(60)),
    ] {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let b = name.as_encoded_bytes();
            if !(b.starts_with(TMP_PREFIX.as_bytes()) && b.ends_with(TMP_SUFFIX.as_bytes())) {
                continue;
            }
            let path = entry.path();
            if abandoned(&path, min_age) {
                let _ = fs::remove_file(&path);
            }
        }
    }
}

/// Whether a temporary file is a regular file, at least `min_age` old, whose writer is
/// gone (its lock is free).
fn abandoned(path: &Path, min_age: std::time::Duration) -> bool {
    let Ok(file) = open_for_reading(path) else {
        return false;
    };
    let Ok(meta) = file.metadata() else {
        return false;
    };
    let old_enough = min_age.is_zero()
        || meta
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .is_some_and(|age| age >= min_age);
    meta.is_file() && old_enough && file.try_lock().is_ok()
}

/// A write that failed, with what to do about it. The file it was to replace is as it
/// was: nothing is renamed into place before the new text is whole and synced.
#[derive(Debug)]
pub struct WriteError {
    pub path: PathBuf,
    pub source: std::io::Error,
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let reason = crate::error::io_reason(&self.source);
        let hint = crate::error::io_hint(FileOp::Write, &self.source, &self.path)
            .unwrap_or_else(|| crate::i18n::messages::errors::HINT_RUN_AGAIN.text().into());
        let path = shown_path(&self.path);
        write!(
            f,
            "{}\n  {}: {hint}",
            tr!(m::WRITE_FAILED, path, reason),
            crate::i18n::messages::HINT
        )
    }
}

// No `source()`: the message already says what the I/O error was, in words a user
// can act on (anyhow's `{:#}` would repeat it with the temporary file's path).
impl std::error::Error for WriteError {}

/// Installs what turns a file-size limit into an error message: with `ulimit -f`, a write
/// past the limit raises SIGXFSZ, which ends the process without a word. With a handler
/// installed (it only sets a flag), the write fails with EFBIG instead, which
/// [`WriteError`] reports, and the old file stays.
pub fn survive_file_size_limit() {
    #[cfg(unix)]
    {
        let flag = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let _ = signal_hook::flag::register(signal_hook::consts::SIGXFSZ, flag);
    }
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder (mode
/// 0600, locked while it is written, see [`sweep_temporaries`]), flushed and synced,
/// then renamed over `path`. With `new`, an existing file is never replaced; otherwise
/// `path` must be a regular file (a link is never replaced by a copy). Callers hold the
/// folder lock.
pub fn write_atomic(path: &Path, contents: &str, new: bool) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let failed = |source: std::io::Error| WriteError {
        path: path.to_path_buf(),
        source,
    };
    if !new
        && let Ok(meta) = fs::symlink_metadata(path)
        && !meta.is_file()
    {
        return Err(DataError {
            message: tr!(m::NOT_A_REGULAR_FILE, path = shown_path(path)),
            hint: Some(m::HINT_NOT_A_REGULAR_FILE.text().into()),
        }
        .into());
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(TMP_PREFIX)
        .suffix(TMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(failed)?;
    tmp.as_file().lock().map_err(failed)?;
    tmp.write_all(contents.as_bytes())
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(failed)?;
    if new {
        tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                anyhow::Error::from(DataError {
                    message: tr!(m::EXISTS, path = shown_path(path)),
                    hint: Some(m::HINT_EXISTS.text().into()),
                })
            } else {
                failed(e.error).into()
            }
        })?;
    } else {
        tmp.persist(path).map_err(|e| failed(e.error))?;
    }
    sync_dir(dir);
    Ok(())
}

/// Makes the renames in a folder durable: on Unix, the folder itself is synced. Best
/// effort, as a file system that cannot sync a folder still holds the rename.
pub fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
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
        .map_err(|e| FileError::new(FileOp::Create, path, e).into())
}

/// Makes the case folder, `students/`, `archive/` and the case files in them the owner's
/// only again (0700 / 0600) where git wrote them with the default permissions (a clone,
/// a pull: git checks files out by the umask). Links and other odd entries are left
/// alone. Returns how many it changed.
pub fn make_private(root: &Path) -> Result<usize> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mut changed = 0;
        let mut tighten = |path: &Path, mode: u32| -> Result<()> {
            let Ok(meta) = fs::symlink_metadata(path) else {
                return Ok(());
            };
            let right_kind = if mode == 0o700 {
                meta.is_dir()
            } else {
                meta.is_file()
            };
            if right_kind && meta.permissions().mode() & 0o077 != 0 {
                let keep = meta.permissions().mode() & 0o700;
                fs::set_permissions(path, fs::Permissions::from_mode(keep | (mode & 0o700)))
                    .map_err(FileError::on(FileOp::Write, path))?;
                changed += 1;
            }
            Ok(())
        };
        let root = if root.as_os_str().is_empty() {
            Path::new(".")
        } else {
            root
        };
        tighten(root, 0o700)?;
        for dir in ["students", "archive"] {
            let dir = root.join(dir);
            tighten(&dir, 0o700)?;
            for file in listing(&dir)? {
                tighten(&file, 0o600)?;
            }
        }
        Ok(changed)
    }
    #[cfg(not(unix))]
    {
        let _ = root;
        Ok(0)
    }
}

/// Edits a student file under the folder lock (held by the caller, who commits the
/// change before letting go of it): reads it, lets `edit` compute the new text, checks
/// that the result is a valid student file, and replaces it atomically. Returns the old
/// and the new student.
pub fn edit_student(
    _lock: &Lock,
    path: &Path,
    edit: impl FnOnce(&str, &Student) -> Result<String>,
) -> Result<(Student, Student)> {
    let src = read_text(path).map_err(crate::DataErrors)?;
    let before = parse_student(&src, path).map_err(|d| {
        anyhow::Error::new(crate::DataErrors(d)).context(tr!(m::HAS_ERRORS, path = shown_path(path)))
    })?;
    let new_src = edit(&src, &before)?;
    let after = match student::parse(&new_src, path) {
        Ok(s) => s,
        Err(diags) => {
            let problems: Vec<String> = diags
                .iter()
                .map(|d| match &d.hint {
                    Some(hint) => tr!(m::PROBLEM_WITH_HINT, problem = d.message, hint),
                    None => d.message.clone(),
                })
                .collect();
            return Err(DataError {
                message: tr!(
                    m::WOULD_BREAK,
                    path = shown_path(path),
                    problems = problems.join("; ")
                ),
                hint: None,
            }
            .into());
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
