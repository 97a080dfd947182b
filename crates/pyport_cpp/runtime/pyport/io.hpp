//! Buffered stdout (64 KiB, write(2), EINTR retry, quiet exit on EPIPE) and Python's `print`.
#pragma once
#include "prebuilt.hpp"
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <unistd.h>

#include "text.hpp"

namespace py {

namespace detail {

struct StdoutBuf {
    static constexpr size_t kCap = size_t{1} << 16;
    size_t len = 0;
    bool line_flush = false;  // stdout is a terminal: flush after each print
    bool dead = false;        // writes failed for good: drop output
    /// A docstring example is running (doctest.hpp): output goes here, not to the file.
    std::string* capture = nullptr;
    char buf[kCap];
};
inline StdoutBuf g_stdout;

/// Write all of p[0:n] to fd; EPIPE ends the program quietly.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN void write_fd(int fd, const char* p, size_t n) {
    while (n > 0) {
        ssize_t w = ::write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            if (errno == EPIPE && fd == 1) std::_Exit(1);
            if (fd == 1) g_stdout.dead = true;
            return;
        }
        p += w;
        n -= static_cast<size_t>(w);
    }
}
#else
void write_fd(int fd, const char* p, size_t n);
#endif

[[PYPORT_COLD]] inline void out_flush() {
    auto& o = g_stdout;
    if (o.capture) [[unlikely]]
        o.capture->append(o.buf, o.len);
    else if (o.len && !o.dead)
        write_fd(1, o.buf, o.len);
    o.len = 0;
}

/// Flushes stdout at normal process exit even when run_main was not used.
struct StdoutFlushAtExit {
    ~StdoutFlushAtExit() { out_flush(); }
};
inline StdoutFlushAtExit g_stdout_flush_at_exit;

#if PYPORT_LIB_BODIES
[[PYPORT_COLD]] PYPORT_LIBFN void out_write_slow(const char* p, size_t n) {
    auto& o = g_stdout;
    out_flush();
    if (n >= StdoutBuf::kCap) {
        if (o.capture) o.capture->append(p, n);
        else if (!o.dead) write_fd(1, p, n);
    } else {
        std::memcpy(o.buf, p, n);
        o.len = n;
    }
}

PYPORT_LIBFN void out_write(const char* p, size_t n) {
    auto& o = g_stdout;
    if (n <= StdoutBuf::kCap - o.len) [[likely]] {
        std::memcpy(o.buf + o.len, p, n);
        o.len += n;
        return;
    }
    out_write_slow(p, n);
}
#else
[[PYPORT_COLD]] void out_write_slow(const char* p, size_t n);
void out_write(const char* p, size_t n);
#endif
inline void out_write(std::string_view s) { out_write(s.data(), s.size()); }

inline void out_char(char c) {
    auto& o = g_stdout;
    if (o.len == StdoutBuf::kCap) [[unlikely]]
        out_flush();
    o.buf[o.len++] = c;
}

inline void out_int(int64_t v) {
    auto& o = g_stdout;
    if (StdoutBuf::kCap - o.len < 24) [[unlikely]]
        out_flush();
    auto r = std::to_chars(o.buf + o.len, o.buf + StdoutBuf::kCap, v);
    o.len = static_cast<size_t>(r.ptr - o.buf);
}

/// Write `str(x)` to stdout.
template <class X>
inline void out_value(const X& x) {
    if constexpr (is_bool_v<X>) {
        out_write(static_cast<bool>(x) ? std::string_view("True") : std::string_view("False"));
    } else if constexpr (is_int_v<X>) {
        out_int(static_cast<int64_t>(x));
    } else if constexpr (is_float_v<X>) {
        out_write(float_repr(static_cast<double>(x)));
    } else if constexpr (is_num_v<X>) {
        if (x.is_float) out_write(float_repr(x.f));
        else out_value(x.i);
    } else if constexpr (is_none_v<X>) {
        out_write(std::string_view("None"));
    } else if constexpr (is_strlike_v<X>) {
        out_write(std::string_view(x));
    } else {
        out_write(py::str(x));
    }
}

}  // namespace detail

/// Flush Python's stdout buffer.
inline void flush_stdout() { detail::out_flush(); }

/// Write raw text to stdout (like sys.stdout.write).
inline void stdout_write(std::string_view s) { detail::out_write(s); }

/// `print(a, b, ...)`.
template <class... A>
inline void print(const A&... args) {
    bool first = true;
    ((first ? (void)(first = false) : detail::out_char(' '), detail::out_value(args)), ...);
    (void)first;
    detail::out_char('\n');
    if (detail::g_stdout.line_flush) [[unlikely]]
        detail::out_flush();
}

/// `print(a, b, ..., sep=sep, end=end)`.
template <class... A>
inline void print_sep_end(std::string_view sep, std::string_view end, const A&... args) {
    bool first = true;
    ((first ? (void)(first = false) : detail::out_write(sep), detail::out_value(args)), ...);
    (void)first;
    detail::out_write(end);
    if (detail::g_stdout.line_flush) [[unlikely]]
        detail::out_flush();
}

/// Write to stderr, unbuffered (CPython's stderr is line buffered; stdout is not
/// flushed first, matching CPython when stdout is a pipe or file).
inline void stderr_write(std::string_view s) { detail::write_fd(2, s.data(), s.size()); }

/// `print(a, b, ..., sep=sep, end=end, file=sys.stderr)`.
template <class... A>
inline void print_stderr(std::string_view sep, std::string_view end, const A&... args) {
    Str line;
    bool first = true;
    ((first ? (void)(first = false) : (void)line.append(sep), py::str_to(line, args)), ...);
    (void)first;
    line.append(end);
    stderr_write(line);
}

}  // namespace py
