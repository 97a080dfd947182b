//! Text input as CPython 3.11: `input()`, `sys.stdin` reading, and `sys.argv`.
//!
//!   Str       py::input()                 input(): one line without its '\n'; EOFError "EOF when reading a line"
//!   Str       py::input(prompt)           input(prompt): prompt to stdout (flushed) first
//!   Str       py::stdin_read()            sys.stdin.read(): the rest of stdin
//!   Str       py::stdin_readline()        sys.stdin.readline(): one line with its '\n'; "" at EOF
//!   List<Str> py::stdin_readlines()       sys.stdin.readlines()
//!   StdinLines py::stdin_lines()          `for line in sys.stdin:` (range-for, lines keep '\n')
//!   List<Str> py::argv()                  sys.argv (the shared list run_main fills; see main.hpp)
//!
//! All of them share one buffered reader of file descriptor 0, so mixing input() with
//! sys.stdin reads consumes stdin in the same order CPython does. Lines end at '\n' only and
//! '\r' is kept, as CPython's sys.stdin on POSIX (newline='\n', no translation).
//!
//! Bytes that are not valid UTF-8 pass through unchanged. That is what CPython does under the
//! C/C.UTF-8/POSIX locales (stdin and stdout use errors='surrogateescape', so such bytes
//! round-trip to stdout); under another UTF-8 locale CPython would raise UnicodeDecodeError.
#pragma once
#include "prebuilt.hpp"
#include <cerrno>
#include <unistd.h>

#include "io.hpp"
#include "iter.hpp"
#include "main.hpp"

namespace py {


namespace detail {

/// The one reader of fd 0 behind input() and sys.stdin.
struct StdinReader {
    std::string buf;  // decoded text not yet consumed starts at pos
    size_t pos = 0;

    /// Read one more chunk; false at end of input (not sticky: a terminal may send more later).
    bool fill() {
        if (pos > 0 && pos == buf.size()) {
            buf.clear();
            pos = 0;
        } else if (pos > (size_t{1} << 16)) {
            buf.erase(0, pos);
            pos = 0;
        }
        constexpr size_t kChunk = size_t{1} << 16;
        size_t old = buf.size();
        buf.resize(old + kChunk);
        ssize_t r;
        do r = ::read(0, buf.data() + old, kChunk);
        while (r < 0 && errno == EINTR);
        buf.resize(old + (r > 0 ? static_cast<size_t>(r) : 0));
        return r > 0;
    }

    /// The next line including its '\n' (without one at end of input); "" at EOF.
    Str readline() {
        size_t scan = pos;
        while (true) {
            size_t nl = buf.find('\n', scan);
            if (nl != std::string::npos) {
                Str line(buf, pos, nl + 1 - pos);
                pos = nl + 1;
                return line;
            }
            // fill() may compact the buffer: keep the scan offset relative to pos.
            size_t rel = buf.size() - pos;
            if (!fill()) break;
            scan = pos + rel;
        }
        Str line(buf, pos);
        pos = buf.size();
        return line;
    }

    Str read_all() {
        while (fill()) {
        }
        Str rest(buf, pos);
        pos = buf.size();
        return rest;
    }
};

inline StdinReader g_stdin;

}  // namespace detail

/// `sys.stdin.readline()`.
inline Str stdin_readline() { return detail::g_stdin.readline(); }

/// `sys.stdin.read()`.
inline Str stdin_read() { return detail::g_stdin.read_all(); }

/// `sys.stdin.readlines()`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN List<Str> stdin_readlines() {
    List<Str> out;
    while (true) {
        Str line = detail::g_stdin.readline();
        if (line.empty()) break;
        out.append(std::move(line));
    }
    return out;
}
#else
List<Str> stdin_readlines();
#endif

/// `input()`.
inline Str input() {
    flush_stdout();
    Str line = detail::g_stdin.readline();
    if (line.empty()) raise_lit<EOFError>("EOF when reading a line");
    if (line.back() == '\n') line.pop_back();
    return line;
}

/// `input(prompt)`.
inline Str input(std::string_view prompt) {
    stdout_write(prompt);
    return input();
}

/// Range over the lines of stdin (`for line in sys.stdin:`), each with its '\n'.
struct StdinLines {
    class iterator {
        Str cur_;
        bool done_ = false;

    public:
        using value_type = Str;
        using difference_type = std::ptrdiff_t;
        iterator() : done_(true) {}
        explicit iterator(bool) { ++*this; }
        const Str& operator*() const { return cur_; }
        iterator& operator++() {
            cur_ = detail::g_stdin.readline();
            done_ = cur_.empty();
            return *this;
        }
        void operator++(int) { ++*this; }
        bool operator==(const iterator& o) const { return done_ == o.done_; }
    };
    iterator begin() const { return iterator(true); }
    iterator end() const { return iterator(); }
    /// A cursor over the remaining lines (`enumerate(sys.stdin)`, `zip`, ... take cursors).
    struct Cursor : CursorBase<Cursor> {
        using value_type = Str;
        bool next(Str& out) {
            out = detail::g_stdin.readline();
            return !out.empty();
        }
    };
    Cursor iter() const { return {}; }
};

/// `for line in sys.stdin:`.
inline StdinLines stdin_lines() { return {}; }

/// `sys.argv`.
inline List<Str> argv() { return argv_list(); }

}  // namespace py
