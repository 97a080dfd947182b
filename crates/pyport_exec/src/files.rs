//! The files a run leaves in its working directory, read after it ends, so that a port writing a
//! wrong file (an image, a report) cannot verify.
//!
//! The directory is read through a descriptor and `*at` calls only: entries are stat'ed without
//! following links, a link is recorded by its target (never followed out of the directory), a
//! file is opened with `O_NOFOLLOW` and checked to be a regular file once open, and a directory is
//! entered with `O_DIRECTORY | O_NOFOLLOW`. FIFOs, sockets and device nodes hold nothing to
//! compare and are passed over, as are `__pycache__` folders (an interpreter's byproduct, never a
//! program's output). What is kept is capped ([`crate::Limits::written_bytes`], a number of
//! entries, a nesting depth); whatever the caps leave out is marked, and a marked file never
//! verifies.

use std::collections::HashMap;
use std::ffi::{CStr, CString};
use std::fs::File;
use std::io::{self, Read};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// How many bytes of written files a run keeps by default (`Limits::written_bytes`): 64 MiB.
pub const WRITTEN_BYTES_DEFAULT: usize = 64 << 20;

/// At most this many entries (files, links, folders) of a working directory are read.
const MAX_ENTRIES: usize = 10_000;

/// Folders nested deeper than this are not entered.
const MAX_DEPTH: usize = 32;

/// One file (or symbolic link) a run left in its working directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenFile {
    /// The path relative to the working directory, `/`-separated; a name that is not UTF-8 has its
    /// other bytes written `\xNN`. A folder that was not read ends in `/` (see `truncated`).
    pub path: String,
    /// The file's bytes, or a symbolic link's target; only the first ones when `truncated`.
    pub content: Vec<u8>,
    /// Whether this is a symbolic link (recorded by its target, never followed).
    pub symlink: bool,
    /// Not all of it was kept: the content was cut at the cap on kept bytes, or the file or
    /// folder could not be read (unreadable, nested too deep, past the cap on entries). Such a
    /// file never verifies.
    pub truncated: bool,
}

/// What was in the working directory before the run, so that only what the run wrote is reported.
#[derive(Debug)]
pub(crate) enum Baseline {
    /// The files written into a fresh tmpfs before the program started (`Sandbox::seed_files`):
    /// one of them is the run's only if its content changed.
    Seeds(HashMap<String, Vec<u8>>),
    /// A real directory as it was before the run: an entry is the run's if it is new or its
    /// metadata changed (device, inode, mode, size, modification or change time: the kernel
    /// updates the change time on every write, and no program can set it back).
    Snapshot(HashMap<String, Stamp>),
}

/// The metadata that tells whether an entry was written since it was stamped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stamp {
    dev: u64,
    ino: u64,
    mode: u32,
    size: i64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

impl Stamp {
    fn of(stat: &libc::stat) -> Stamp {
        Stamp {
            dev: stat.st_dev,
            ino: stat.st_ino,
            mode: stat.st_mode,
            size: stat.st_size,
            mtime: (stat.st_mtime, stat.st_mtime_nsec),
            ctime: (stat.st_ctime, stat.st_ctime_nsec),
        }
    }
}

impl Baseline {
    /// The seed files of a tmpfs working directory.
    pub(crate) fn seeds(seeds: &[(String, Vec<u8>)]) -> Baseline {
        Baseline::Seeds(seeds.iter().cloned().collect())
    }

    /// Stamps every file and link under the directory `dir` (what is past the caps is not stamped,
    /// and so is reported if it is still there after the run).
    pub(crate) fn snapshot(dir: &Path) -> io::Result<Baseline> {
        let root = open_dir(dir)?;
        let mut stamps = HashMap::new();
        let mut visit = |path: &str, found: Found<'_>| match found {
            Found::File { stat, .. } | Found::Symlink { stat, .. } => {
                stamps.insert(path.to_string(), Stamp::of(stat));
            }
            Found::NotRead => {}
        };
        Walker { left: MAX_ENTRIES, visit: &mut visit }.walk(&root, "", 0)?;
        Ok(Baseline::Snapshot(stamps))
    }
}

/// Opens the directory `dir` for [`collect`] or a [`Baseline::snapshot`].
pub(crate) fn open_dir(dir: &Path) -> io::Result<OwnedFd> {
    let c = CString::new(dir.as_os_str().as_bytes())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "NUL in path"))?;
    // SAFETY: a valid C string; the descriptor is checked and then owned.
    let fd = unsafe { libc::open(c.as_ptr(), libc::O_RDONLY | libc::O_DIRECTORY | libc::O_CLOEXEC) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: just opened, ours alone.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// The files and links under the directory open as `root` that are not in `baseline` (or
/// changed since), sorted by path, keeping at most `cap` bytes of content in all.
pub(crate) fn collect(root: &OwnedFd, baseline: &Baseline, cap: usize) -> io::Result<Vec<WrittenFile>> {
    let mut left = cap;
    let mut files = Vec::new();
    let mut visit = |path: &str, found: Found<'_>| {
        let file = match found {
            Found::File { dir, name, stat } => {
                let read = || read_regular(dir, name, stat);
                match baseline {
                    Baseline::Snapshot(stamps) if stamps.get(path) == Some(&Stamp::of(stat)) => return,
                    Baseline::Seeds(seeds) => {
                        if let Some(seed) = seeds.get(path) {
                            let same = usize::try_from(stat.st_size).is_ok_and(|n| n == seed.len())
                                && read().is_ok_and(|mut f| {
                                    let mut now = Vec::with_capacity(seed.len());
                                    f.by_ref().take(seed.len() as u64 + 1).read_to_end(&mut now).is_ok() && now == *seed
                                });
                            if same {
                                return;
                            }
                        }
                    }
                    Baseline::Snapshot(_) => {}
                }
                let mut content = Vec::new();
                let kept = read().and_then(|f| f.take(left as u64 + 1).read_to_end(&mut content));
                let truncated = kept.is_err() || content.len() > left;
                content.truncate(left);
                left -= content.len();
                WrittenFile { path: path.to_string(), content, symlink: false, truncated }
            }
            Found::Symlink { target, stat } => {
                if let Baseline::Snapshot(stamps) = baseline {
                    if stamps.get(path) == Some(&Stamp::of(stat)) {
                        return;
                    }
                }
                let truncated = target.len() > left;
                let mut content = target;
                content.truncate(left);
                left -= content.len();
                WrittenFile { path: path.to_string(), content, symlink: true, truncated }
            }
            Found::NotRead => WrittenFile { path: path.to_string(), content: Vec::new(), symlink: false, truncated: true },
        };
        files.push(file);
    };
    Walker { left: MAX_ENTRIES, visit: &mut visit }.walk(root, "", 0)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Opens the regular file `name` in `dir` for reading, refusing anything that is not one by then.
fn read_regular(dir: &OwnedFd, name: &CStr, stat: &libc::stat) -> io::Result<File> {
    // O_NONBLOCK: if the entry became a FIFO since it was stat'ed, opening it does not hang.
    let flags = libc::O_RDONLY | libc::O_NOFOLLOW | libc::O_CLOEXEC | libc::O_NONBLOCK | libc::O_NOCTTY;
    // SAFETY: a valid directory descriptor and C string.
    let fd = unsafe { libc::openat(dir.as_raw_fd(), name.as_ptr(), flags) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: just opened, ours alone.
    let file = File::from(unsafe { OwnedFd::from_raw_fd(fd) });
    let now = fstat(file.as_raw_fd())?;
    if now.st_mode & libc::S_IFMT != libc::S_IFREG || now.st_ino != stat.st_ino {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "the file changed while it was read"));
    }
    Ok(file)
}

/// One entry met by the [`Walker`].
enum Found<'a> {
    /// A regular file, `name` in the open folder `dir`.
    File { dir: &'a OwnedFd, name: &'a CStr, stat: &'a libc::stat },
    /// A symbolic link and its target.
    Symlink { target: Vec<u8>, stat: &'a libc::stat },
    /// An entry that could not be read, or where a cap stopped the walk (a folder's path ends in `/`).
    NotRead,
}

/// A depth-first walk over a directory tree through descriptors, within a budget of entries.
struct Walker<'v> {
    /// Entries that may still be read.
    left: usize,
    visit: &'v mut dyn FnMut(&str, Found<'_>),
}

impl Walker<'_> {
    /// Walks the folder open as `dir`, whose path is `prefix` (empty for the root). Errors only
    /// when the root cannot be listed; a subfolder that cannot be is reported as [`Found::NotRead`].
    fn walk(&mut self, dir: &OwnedFd, prefix: &str, depth: usize) -> io::Result<()> {
        let names = match list_names(dir, self.left.saturating_add(1)) {
            Ok(names) => names,
            Err(e) if prefix.is_empty() => return Err(e),
            Err(_) => {
                (self.visit)(&format!("{prefix}/"), Found::NotRead);
                return Ok(());
            }
        };
        for name in &names {
            let path = if prefix.is_empty() { name_text(name) } else { format!("{prefix}/{}", name_text(name)) };
            if self.left == 0 {
                // One mark where the walk stopped is enough: it never verifies.
                (self.visit)(&path, Found::NotRead);
                return Ok(());
            }
            self.left -= 1;
            let Ok(stat) = fstatat(dir, name) else {
                (self.visit)(&path, Found::NotRead);
                continue;
            };
            match stat.st_mode & libc::S_IFMT {
                libc::S_IFREG => (self.visit)(&path, Found::File { dir, name, stat: &stat }),
                libc::S_IFLNK => match readlinkat(dir, name) {
                    Ok(target) => (self.visit)(&path, Found::Symlink { target, stat: &stat }),
                    Err(_) => (self.visit)(&path, Found::NotRead),
                },
                libc::S_IFDIR if name.to_bytes() == b"__pycache__" => {}
                libc::S_IFDIR => match open_subdir(dir, name) {
                    Ok(sub) if depth < MAX_DEPTH => self.walk(&sub, &path, depth + 1)?,
                    _ => (self.visit)(&format!("{path}/"), Found::NotRead),
                },
                _ => {}
            }
        }
        Ok(())
    }
}

/// The entries of the folder open as `dir` (without `.` and `..`), sorted, at most `max` of them.
fn list_names(dir: &OwnedFd, max: usize) -> io::Result<Vec<CString>> {
    // SAFETY: the stream owns a duplicate of `dir` and is closed before returning; each entry's
    // name is copied out before the next `readdir`.
    unsafe {
        let dup = libc::fcntl(dir.as_raw_fd(), libc::F_DUPFD_CLOEXEC, 0);
        if dup < 0 {
            return Err(io::Error::last_os_error());
        }
        let stream = libc::fdopendir(dup);
        if stream.is_null() {
            let err = io::Error::last_os_error();
            libc::close(dup);
            return Err(err);
        }
        libc::rewinddir(stream);
        let mut names = Vec::new();
        while names.len() < max {
            let entry = libc::readdir(stream);
            if entry.is_null() {
                break;
            }
            let name = CStr::from_ptr((*entry).d_name.as_ptr());
            if name.to_bytes() != b"." && name.to_bytes() != b".." {
                names.push(name.to_owned());
            }
        }
        libc::closedir(stream);
        names.sort();
        Ok(names)
    }
}

fn fstatat(dir: &OwnedFd, name: &CStr) -> io::Result<libc::stat> {
    // SAFETY: stat is plain old data; the call writes it.
    let mut stat: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: a valid descriptor, C string and out pointer.
    if unsafe { libc::fstatat(dir.as_raw_fd(), name.as_ptr(), &mut stat, libc::AT_SYMLINK_NOFOLLOW) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(stat)
}

fn fstat(fd: libc::c_int) -> io::Result<libc::stat> {
    // SAFETY: stat is plain old data; the call writes it.
    let mut stat: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: a valid descriptor and out pointer.
    if unsafe { libc::fstat(fd, &mut stat) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(stat)
}

fn readlinkat(dir: &OwnedFd, name: &CStr) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; libc::PATH_MAX as usize];
    // SAFETY: the buffer is valid for its length.
    let n = unsafe { libc::readlinkat(dir.as_raw_fd(), name.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    buf.truncate(n as usize);
    Ok(buf)
}

fn open_subdir(dir: &OwnedFd, name: &CStr) -> io::Result<OwnedFd> {
    let flags = libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC;
    // SAFETY: a valid directory descriptor and C string.
    let fd = unsafe { libc::openat(dir.as_raw_fd(), name.as_ptr(), flags) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: just opened, ours alone.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// A file name as text: UTF-8 as it is, other bytes as `\xNN`.
fn name_text(name: &CStr) -> String {
    let mut text = String::new();
    for chunk in name.to_bytes().utf8_chunks() {
        text.push_str(chunk.valid());
        for b in chunk.invalid() {
            text.push_str(&format!("\\x{b:02x}"));
        }
    }
    text
}

/// A connected pair of close-on-exec Unix sockets: ours, and the end the sandboxed child sends
/// its tmpfs working directory over (see `ChildPlan::apply`).
pub(crate) fn socket_pair() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: socketpair writes two descriptors into `fds`.
    if unsafe { libc::socketpair(libc::AF_UNIX, libc::SOCK_SEQPACKET | libc::SOCK_CLOEXEC, 0, fds.as_mut_ptr()) } != 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: both were just created and are ours.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// Room for one descriptor in a control message.
const CMSG_ROOM: usize = unsafe { libc::CMSG_SPACE(std::mem::size_of::<libc::c_int>() as u32) } as usize;

/// A control-message buffer aligned for `cmsghdr`, on the stack.
#[repr(C, align(8))]
struct CmsgBuf([u8; CMSG_ROOM]);

/// Sends the descriptor `fd` over `socket` (one byte of data, `SCM_RIGHTS`).
///
/// # Safety
///
/// Runs between fork and exec: only syscalls and pointer arithmetic, nothing allocated.
pub(crate) unsafe fn send_fd(socket: libc::c_int, fd: libc::c_int) -> io::Result<()> {
    let mut control = CmsgBuf([0; CMSG_ROOM]);
    let mut byte = [0u8; 1];
    let mut iov = libc::iovec { iov_base: byte.as_mut_ptr().cast(), iov_len: 1 };
    let mut msg: libc::msghdr = std::mem::zeroed();
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.0.as_mut_ptr().cast();
    msg.msg_controllen = CMSG_ROOM as _;
    let cmsg = libc::CMSG_FIRSTHDR(&msg);
    (*cmsg).cmsg_level = libc::SOL_SOCKET;
    (*cmsg).cmsg_type = libc::SCM_RIGHTS;
    (*cmsg).cmsg_len = libc::CMSG_LEN(std::mem::size_of::<libc::c_int>() as u32) as _;
    std::ptr::write_unaligned(libc::CMSG_DATA(cmsg).cast::<libc::c_int>(), fd);
    loop {
        if libc::sendmsg(socket, &msg, libc::MSG_NOSIGNAL) == 1 {
            return Ok(());
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}

/// The descriptor waiting on `socket`, if one was sent; never blocks.
pub(crate) fn receive_fd(socket: &OwnedFd) -> io::Result<Option<OwnedFd>> {
    let mut control = CmsgBuf([0; CMSG_ROOM]);
    let mut byte = [0u8; 1];
    let mut iov = libc::iovec { iov_base: byte.as_mut_ptr().cast(), iov_len: 1 };
    // SAFETY: msghdr is plain old data; every pointer in it outlives the call.
    unsafe {
        let mut msg: libc::msghdr = std::mem::zeroed();
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control.0.as_mut_ptr().cast();
        msg.msg_controllen = CMSG_ROOM as _;
        let n = loop {
            let n = libc::recvmsg(socket.as_raw_fd(), &mut msg, libc::MSG_DONTWAIT | libc::MSG_CMSG_CLOEXEC);
            if n >= 0 {
                break n;
            }
            let err = io::Error::last_os_error();
            match err.kind() {
                io::ErrorKind::Interrupted => continue,
                io::ErrorKind::WouldBlock => return Ok(None),
                _ => return Err(err),
            }
        };
        let cmsg = libc::CMSG_FIRSTHDR(&msg);
        if n == 0 || cmsg.is_null() || (*cmsg).cmsg_level != libc::SOL_SOCKET || (*cmsg).cmsg_type != libc::SCM_RIGHTS {
            return Ok(None);
        }
        let fd = std::ptr::read_unaligned(libc::CMSG_DATA(cmsg).cast::<libc::c_int>());
        Ok((fd >= 0).then(|| OwnedFd::from_raw_fd(fd)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_are_not_utf8_are_escaped() {
        assert_eq!(name_text(c"out.txt"), "out.txt");
        assert_eq!(name_text(&CString::new(b"a\xffb".to_vec()).unwrap()), "a\\xffb");
    }

    #[test]
    fn a_descriptor_passes_over_the_socket_pair() {
        let (ours, theirs) = socket_pair().unwrap();
        assert!(receive_fd(&ours).unwrap().is_none(), "nothing sent yet: no wait, no descriptor");
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("x"), b"1").unwrap();
        let fd = open_dir(dir.path()).unwrap();
        // SAFETY: plain syscalls on descriptors we own.
        unsafe { send_fd(theirs.as_raw_fd(), fd.as_raw_fd()) }.unwrap();
        let got = receive_fd(&ours).unwrap().expect("a descriptor");
        let files = collect(&got, &Baseline::seeds(&[]), 10).unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!((files[0].path.as_str(), files[0].content.as_slice()), ("x", &b"1"[..]));
    }
}
