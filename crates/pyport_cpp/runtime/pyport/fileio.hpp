//! `open()`: Python's file objects, text (`py::TextFile`) and binary (`py::BinaryFile`), for reading
//! (`r`), writing (`w`), appending (`a`) and exclusive creation (`x`).
//!
//! As in CPython: a text file encodes and decodes (utf-8, ascii or latin-1) and reads with universal
//! newlines (`\r\n` and `\r` read as `\n`) unless `newline='\n'`; writes are buffered (8 KiB, like
//! `io.DEFAULT_BUFFER_SIZE`) and reach the disk at `flush()`, `close()`, when the last reference
//! goes, or at exit; `open` failures raise the `OSError` subclass CPython raises with its message
//! (`FileNotFoundError: [Errno 2] No such file or directory: 'x.txt'`); a closed file raises
//! `ValueError: I/O operation on closed file.`; reading a file opened for writing raises
//! `io.UnsupportedOperation: not readable`. A file opened for reading is read whole at its first
//! read (the program's view equals CPython's unless the file changes meanwhile).
//!
//! `io.StringIO` and `io.BytesIO` are the same objects kept in memory: the content and a position
//! (code points for text, bytes for binary, as `seek`/`tell` count them), readable and writable at
//! once; a write at a position before the end overwrites, one past the end pads with NULs, and
//! `getvalue()` returns the whole content.
#pragma once
#include "bytes.hpp"
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace py {

/// `io.UnsupportedOperation` (CPython's also derives from ValueError; pyport's only from OSError).
struct UnsupportedOperation : OSError {
    using OSError::OSError;
    const char* type_name() const override { return "io.UnsupportedOperation"; }
};

namespace file_detail {

/// `OSError` (the subclass CPython picks for `err`) for a call on `name`.
[[noreturn]] inline void file_raise_os_error(int err, const Str& name) {
    std::string m = "[Errno " + std::to_string(err) + "] " + std::strerror(err) + ": " + std::string(py::repr(name));
    switch (err) {
        case ENOENT: throw FileNotFoundError(m);
        case EEXIST: throw FileExistsError(m);
        case EISDIR: throw IsADirectoryError(m);
        case ENOTDIR: throw NotADirectoryError(m);
        case EACCES:
        case EPERM: throw PermissionError(m);
        default: throw OSError(m);
    }
}

/// `OSError` for a failed write or read (no file name in CPython's message).
[[noreturn]] inline void file_raise_io_error(int err) {
    throw OSError("[Errno " + std::to_string(err) + "] " + std::strerror(err));
}

struct FileState;

/// Files open now, flushed at exit (CPython flushes and closes them at interpreter shutdown).
/// Never destroyed: files held by the program's globals unregister during static destruction,
/// in an order no header controls.
inline std::vector<FileState*>& file_registry() {
    static auto* files = new std::vector<FileState*>();
    return *files;
}

struct FileState {
    int fd = -1;
    Str name;
    Str mode;
    Str encoding;  // as `repr` shows it: the argument, or CPython's locale default 'UTF-8'
    bool binary = false, readable = false, writable = false, closed = false;
    bool translate_newlines = true;
    int codec = 0;
    std::string wbuf;
    std::string rbuf;  // what is left to read: decoded utf-8 text, or raw bytes
    size_t rpos = 0;
    bool loaded = false;
    /// `io.StringIO` / `io.BytesIO`: `rbuf` is the whole content and `rpos` the position (a byte
    /// offset, which may lie past the end after a `seek`); no file descriptor.
    bool memory = false;

    FileState() { file_registry().push_back(this); }
    FileState(const FileState&) = delete;
    FileState& operator=(const FileState&) = delete;
    ~FileState() {
        // CPython reports a failure here as "Exception ignored"; the data is lost either way.
        try {
            close();
        } catch (...) {
        }
        forget();
    }

    void forget() {
        auto& v = file_registry();
        for (size_t i = 0; i < v.size(); ++i)
            if (v[i] == this) {
                v[i] = v.back();
                v.pop_back();
                break;
            }
    }

    void check_open() const {
        // StringIO's message alone has no full stop.
        if (closed) py::raise<ValueError>(memory && !binary ? "I/O operation on closed file" : "I/O operation on closed file.");
    }

    void flush() {
        if (memory) return;
        size_t done = 0;
        while (done < wbuf.size()) {
            ssize_t n = ::write(fd, wbuf.data() + done, wbuf.size() - done);
            if (n < 0) {
                if (errno == EINTR) continue;
                int err = errno;
                wbuf.clear();
                file_raise_io_error(err);
            }
            done += static_cast<size_t>(n);
        }
        wbuf.clear();
    }

    void close() {
        if (closed) return;
        closed = true;
        forget();
        if (memory) {
            rbuf.clear();
            rbuf.shrink_to_fit();
            return;
        }
        int err = 0;
        try {
            flush();
        } catch (...) {
            ::close(fd);
            fd = -1;
            throw;
        }
        if (::close(fd) != 0) err = errno;
        fd = -1;
        if (err && err != EINTR) file_raise_io_error(err);
    }

    void put(std::string_view bytes) {
        check_open();
        if (!writable) throw UnsupportedOperation("not writable");
        if (memory) return put_memory(bytes);
        wbuf.append(bytes);
        if (wbuf.size() >= 8192) flush();
    }

    /// Reads the rest of the file into `rbuf` (decoded, newlines translated, for text).
    void load() {
        check_open();
        if (memory) return;
        if (!readable) throw UnsupportedOperation("not readable");
        if (loaded) return;
        loaded = true;
        std::string raw;
        char buf[65536];
        for (;;) {
            ssize_t n = ::read(fd, buf, sizeof buf);
            if (n < 0) {
                if (errno == EINTR) continue;
                file_raise_io_error(errno);
            }
            if (n == 0) break;
            raw.append(buf, static_cast<size_t>(n));
        }
        if (binary) {
            rbuf = std::move(raw);
            return;
        }
        Bytes b(std::move(raw));
        std::string text = py::bytes_decode(b, bytes_detail::codec_name(codec));
        if (translate_newlines && text.find('\r') != std::string::npos) {
            std::string t;
            t.reserve(text.size());
            for (size_t i = 0; i < text.size(); ++i) {
                if (text[i] == '\r') {
                    t.push_back('\n');
                    if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
                } else {
                    t.push_back(text[i]);
                }
            }
            text = std::move(t);
        }
        rbuf = std::move(text);
    }

    std::string take(size_t end) {
        if (rpos >= rbuf.size()) return {};
        std::string out = rbuf.substr(rpos, end - rpos);
        rpos = end;
        return out;
    }

    /// The rest, or (n >= 0) n code points (text) / bytes (binary).
    std::string read(int64_t n) {
        load();
        if (n < 0) return take(rbuf.size());
        size_t end = rpos;
        if (binary) {
            end = std::min(rbuf.size(), rpos + static_cast<size_t>(n));
        } else {
            for (int64_t k = 0; k < n && end < rbuf.size(); ++k) end += detail::cp_bytes(rbuf.data(), rbuf.size(), end);
        }
        return take(end);
    }

    /// A write into memory at `rpos`: overwrites as many code points (bytes) as it brings, pads
    /// with NULs when the position lies past the end.
    void put_memory(std::string_view data) {
        if (rpos > rbuf.size()) rbuf.resize(rpos, '\0');
        size_t end = rpos;
        if (binary) {
            end = std::min(rbuf.size(), rpos + data.size());
        } else {
            for (size_t i = 0; i < data.size() && end < rbuf.size(); i += detail::cp_bytes(data.data(), data.size(), i))
                end += detail::cp_bytes(rbuf.data(), rbuf.size(), end);
        }
        rbuf.replace(rpos, end - rpos, data);
        rpos += data.size();
    }

    /// The byte offset of code point `n` of the memory text (past the end: one byte per code point).
    size_t cp_offset(int64_t n) const {
        size_t off = 0;
        int64_t k = 0;
        for (; k < n && off < rbuf.size(); ++k) off += detail::cp_bytes(rbuf.data(), rbuf.size(), off);
        return off + static_cast<size_t>(n - k);
    }

    /// The position as `tell()` reports it: code points (text) or bytes (binary).
    int64_t position() const {
        if (binary || !memory) return static_cast<int64_t>(rpos);
        size_t end = std::min(rpos, rbuf.size());
        int64_t n = 0;
        for (size_t off = 0; off < end; off += detail::cp_bytes(rbuf.data(), rbuf.size(), off)) ++n;
        return n + static_cast<int64_t>(rpos - end);
    }

    /// `seek(offset, whence)` on a memory file, with CPython's errors; the new position.
    int64_t seek(int64_t offset, int64_t whence) {
        check_open();
        if (!memory) {
            // A file from `open()` read whole: back to its start.
            if (readable && offset == 0 && whence == 0) {
                rpos = 0;
                return 0;
            }
            throw PyportLimit("seek() on a file from open() is supported only as seek(0) on a file opened for reading");
        }
        if (whence < 0 || whence > 2) py::raise<ValueError>("invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
        if (binary) {
            int64_t base = whence == 0 ? 0 : whence == 1 ? static_cast<int64_t>(rpos) : static_cast<int64_t>(rbuf.size());
            int64_t to = base + offset;
            if (whence == 0 && offset < 0) py::raise<ValueError>("negative seek value " + std::to_string(offset));
            rpos = static_cast<size_t>(std::max<int64_t>(to, 0));
            return static_cast<int64_t>(rpos);
        }
        if (whence == 0 && offset < 0) py::raise<ValueError>("Negative seek position " + std::to_string(offset));
        if (whence != 0 && offset != 0) throw OSError("Can't do nonzero cur-relative seeks");
        if (whence == 2) rpos = rbuf.size();
        else if (whence == 0) rpos = cp_offset(offset);
        return position();
    }

    /// `truncate(size)` on a memory file (`size` INT64_MIN: no argument, the position); the new size.
    int64_t truncate(int64_t size) {
        check_open();
        if (!memory) throw PyportLimit("truncate() on a file from open() is not supported by pyport");
        bool here = size == INT64_MIN;
        if (!here && size < 0) py::raise<ValueError>((binary ? "negative size value " : "Negative size value ") + std::to_string(size));
        size_t at = here ? rpos : binary ? static_cast<size_t>(size) : cp_offset(size);
        if (at < rbuf.size()) rbuf.resize(at);
        return here ? position() : size;
    }

    /// The next line with its `\n`; empty at the end.
    std::string readline() {
        load();
        size_t nl = rbuf.find('\n', rpos);
        return take(nl == std::string::npos ? rbuf.size() : nl + 1);
    }
};

}  // namespace file_detail

/// A file object of `open()`; `Binary` reads and writes bytes, otherwise str. Shared by
/// reference, like every Python object; the last reference closes it.
template <bool Binary>
class FileObj {
public:
    using Data = std::conditional_t<Binary, Bytes, Str>;
    Shared<file_detail::FileState> s;

    FileObj() = default;
    explicit FileObj(Shared<file_detail::FileState> st) : s(std::move(st)) {}

    int64_t write(const Str& text) const
        requires(!Binary)
    {
        s->check_open();
        std::string_view v = text;
        if (s->codec == 0 || detail::all_ascii(v.data(), v.size())) s->put(v);
        else s->put(py::str_encode(text, bytes_detail::codec_name(s->codec)).view());
        return py::len(text);
    }
    template <class B>
    int64_t write(const B& data) const
        requires(Binary && requires { data.view(); })
    {
        std::string_view v = data.view();
        s->put(v);
        return static_cast<int64_t>(v.size());
    }
    Data read(int64_t n = -1) const { return Data(s->read(n)); }
    /// `getvalue()` of an `io.StringIO` / `io.BytesIO`.
    Data getvalue() const {
        if (!s->memory) {
            std::string t = Binary ? (s->readable ? "_io.BufferedReader" : "_io.BufferedWriter") : "_io.TextIOWrapper";
            py::raise<AttributeError>("'" + t + "' object has no attribute 'getvalue'");
        }
        s->check_open();
        return Data(s->rbuf);
    }
    int64_t seek(int64_t offset, int64_t whence = 0) const { return s->seek(offset, whence); }
    int64_t tell() const {
        s->check_open();
        if (!s->memory) throw PyportLimit("tell() on a file from open() is not supported by pyport");
        return s->position();
    }
    int64_t truncate(int64_t size = INT64_MIN) const { return s->truncate(size); }
    Data readline() const { return Data(s->readline()); }
    List<Data> readlines() const {
        List<Data> out;
        for (;;) {
            std::string line = s->readline();
            if (line.empty()) break;
            out.append(Data(std::move(line)));
        }
        return out;
    }
    template <class It>
    NoneType writelines(const It& lines) const {
        for (const auto& line : lines) write(line);
        return None;
    }
    NoneType close() const {
        s->close();
        return None;
    }
    NoneType flush() const {
        s->check_open();
        s->flush();
        return None;
    }
    bool closed() const { return s->closed; }
    Str name() const { return s->memory ? no_attribute("name") : s->name; }
    Str mode() const { return s->memory ? no_attribute("mode") : s->mode; }
    [[noreturn]] static Str no_attribute(const char* attr) {
        py::raise<AttributeError>(std::string(Binary ? "'_io.BytesIO'" : "'_io.StringIO'") + " object has no attribute '" + attr + "'");
    }

    /// `for line in f`: the lines left, read one at a time (a `break` leaves the rest to read).
    struct LineIter {
        Shared<file_detail::FileState> f;
        Data line;
        bool done = false;
        LineIter& operator++() {
            std::string l = f->readline();
            done = l.empty();
            line = Data(std::move(l));
            return *this;
        }
        const Data& operator*() const { return line; }
        bool operator!=(const LineIter& o) const { return done != o.done; }
        bool operator==(const LineIter& o) const { return done == o.done; }
    };
    LineIter begin() const {
        LineIter it{s, Data(), false};
        ++it;
        return it;
    }
    LineIter end() const { return LineIter{nullptr, Data(), true}; }
    /// The same lines as a cursor (`enumerate(f)`, `list(f)`, `zip(f, ...)`).
    struct Lines : CursorBase<Lines> {
        using value_type = Data;
        Shared<file_detail::FileState> f;
        explicit Lines(Shared<file_detail::FileState> st) : f(std::move(st)) {}
        bool next(Data& out) {
            std::string l = f->readline();
            if (l.empty()) return false;
            out = Data(std::move(l));
            return true;
        }
    };
    Lines iter() const { return Lines(s); }

    void py_repr(std::string& out) const {
        if (s->memory) {
            char addr[32];
            std::snprintf(addr, sizeof addr, "%p", static_cast<const void*>(s.get()));
            out += Binary ? "<_io.BytesIO object at " : "<_io.StringIO object at ";
            out += addr;
            out += ">";
            return;
        }
        if constexpr (Binary) {
            out += s->readable ? "<_io.BufferedReader name=" : "<_io.BufferedWriter name=";
            out += py::repr(s->name);
            out += ">";
        } else {
            out += "<_io.TextIOWrapper name=";
            out += py::repr(s->name);
            out += " mode=";
            out += py::repr(s->mode);
            out += " encoding=";
            out += py::repr(s->encoding);
            out += ">";
        }
    }
    bool py_bool() const { return true; }
    bool py_eq(const FileObj& o) const { return s == o.s; }
};

using TextFile = FileObj<false>;
using BinaryFile = FileObj<true>;

namespace file_detail {

/// Flushes the files still open when the program ends (after `run_main` returns).
struct FlushFilesAtExit {
    ~FlushFilesAtExit() {
        for (FileState* f : file_registry()) {
            try {
                f->flush();
            } catch (...) {
            }
        }
    }
};
inline FlushFilesAtExit g_flush_files_at_exit;

/// Opens `name` with `mode` (validated as CPython's `open` does); `encoding` empty means the default.
inline Shared<FileState> file_open_state(const Str& name, const Str& mode, bool want_binary, std::string_view encoding,
                                             bool translate) {
    char kind = 0;
    bool b = false, t = false, plus = false;
    for (char c : std::string_view(mode)) {
        bool dup = false;
        switch (c) {
            case 'r':
            case 'w':
            case 'a':
            case 'x':
                dup = kind != 0;
                kind = c;
                break;
            case 'b': dup = b; b = true; break;
            case 't': dup = t; t = true; break;
            case '+': dup = plus; plus = true; break;
            default: dup = true;
        }
        if (dup) py::raise<ValueError>("invalid mode: " + std::string(py::repr(mode)));
    }
    if (b && t) py::raise<ValueError>("can't have text and binary mode at once");
    if (kind == 0)
        py::raise<ValueError>("Must have exactly one of create/read/write/append mode and at most one plus");
    if (plus || b != want_binary)
        throw PyportLimit("open() mode " + std::string(py::repr(mode)) + " is not the mode pyport compiled this call for");
    if (name.find('\0') != std::string::npos) py::raise<ValueError>("embedded null byte");
    auto st = py::make_shared<FileState>();
    st->name = name;
    st->mode = mode;
    st->binary = b;
    st->readable = kind == 'r';
    st->writable = kind != 'r';
    st->translate_newlines = translate;
    if (!b) {
        st->codec = encoding.empty() ? 0 : bytes_detail::codec_of(encoding);
        st->encoding = encoding.empty() ? Str("UTF-8") : Str(std::string(encoding));
    }
    int flags = O_CLOEXEC;
    switch (kind) {
        case 'r': flags |= O_RDONLY; break;
        case 'w': flags |= O_WRONLY | O_CREAT | O_TRUNC; break;
        case 'a': flags |= O_WRONLY | O_CREAT | O_APPEND; break;
        default: flags |= O_WRONLY | O_CREAT | O_EXCL; break;
    }
    int fd;
    do {
        fd = ::open(name.c_str(), flags, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        st->closed = true;
        st->forget();
        file_raise_os_error(errno, name);
    }
    struct stat sb;
    if (::fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        ::close(fd);
        st->closed = true;
        st->forget();
        file_raise_os_error(EISDIR, name);
    }
    st->fd = fd;
    return st;
}

}  // namespace file_detail

/// `open(name, mode, encoding=..., newline=...)` for a text mode.
inline TextFile open_text(const Str& name, const Str& mode, std::string_view encoding = {}, bool translate = true) {
    return TextFile(file_detail::file_open_state(name, mode, false, encoding, translate));
}

/// `open(name, mode)` for a binary mode (`'rb'`, `'wb'`, ...).
inline BinaryFile open_binary(const Str& name, const Str& mode) {
    return BinaryFile(file_detail::file_open_state(name, mode, true, {}, false));
}

/// `io.StringIO(initial)`: an in-memory text file holding `initial`, at position 0.
inline TextFile string_io(const Str& initial = Str()) {
    auto st = py::make_shared<file_detail::FileState>();
    st->memory = st->readable = st->writable = st->loaded = true;
    st->rbuf = std::string(initial);
    return TextFile(std::move(st));
}

/// `io.BytesIO(initial)`: an in-memory binary file holding `initial`, at position 0.
template <class B = Bytes>
inline BinaryFile bytes_io(const B& initial = B()) {
    auto st = py::make_shared<file_detail::FileState>();
    st->memory = st->readable = st->writable = st->loaded = true;
    st->binary = true;
    st->rbuf = std::string(initial.view());
    return BinaryFile(std::move(st));
}

/// `print(a, b, ..., sep=sep, end=end, file=f)` (`flush=True` flushes `f`).
template <bool B, class... A>
inline NoneType print_file(const FileObj<B>& f, bool flush, std::string_view sep, std::string_view end, const A&... args) {
    static_assert(!B, "print() writes str, so its file must be a text file");
    Str line;
    bool first = true;
    ((first ? (void)(first = false) : (void)line.append(sep), py::str_to(line, args)), ...);
    (void)first;
    line.append(end);
    f.write(line);
    if (flush) f.flush();
    return None;
}

}  // namespace py
