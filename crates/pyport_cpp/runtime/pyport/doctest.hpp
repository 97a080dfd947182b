//! `doctest.testmod()`: the harness the docstring examples run through, and CPython 3.11's reports.
//!
//! pyport_syntax's `doctest_run.rs` makes each docstring's examples a function: `test(name)`, then
//! per example `example()` (stdout captured from here), its statements (an expression statement's
//! value shown by `display`, an exception caught and given to `raised`), and `check(...)`, which
//! compares what it printed with the expected output as doctest's `OutputChecker` does and prints
//! doctest's failure report; `summary` prints the failures' summary. A traceback cannot be
//! reproduced: an exception is shown by its header and last line.
#pragma once
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

#include "exc_value.hpp"
#include "io.hpp"
#include "main.hpp"
#include "text.hpp"

// One struct of static functions (not a namespace), so that pyport_cpp's scan of the runtime's
// namespace-scope functions, which renames user functions of the same names, does not see these.
namespace py {

namespace detail {
/// An item's tally: failures and examples tried.
struct DoctestItem {
    std::string name;
    int64_t failures = 0;
    int64_t tries = 0;
};

struct DoctestState {
    std::vector<DoctestItem> tests;
    /// What the running example printed.
    std::string got;
    bool raised = false;
    /// `traceback.format_exception_only(...)[-1]` of the exception it raised.
    std::string exc_line;
};
}  // namespace detail

struct doctest {

    /// doctest's option flags.
    enum : int64_t {
        DONT_ACCEPT_TRUE_FOR_1 = 1,
        DONT_ACCEPT_BLANKLINE = 2,
        NORMALIZE_WHITESPACE = 4,
        ELLIPSIS = 8,
        IGNORE_EXCEPTION_DETAIL = 32,
    };

    using Test = detail::DoctestItem;
    using State = detail::DoctestState;
    static inline State g_state;

    /// `testmod()` begins.
    static void start() {
        g_state.tests.clear();
    }

    /// The examples of the item `name` begin.
    static void test(std::string_view name) {
        g_state.tests.push_back(Test{std::string(name), 0, 0});
    }

    /// An example begins: what it prints is captured.
    static void example() {
        flush_stdout();
        g_state.got.clear();
        g_state.raised = false;
        g_state.exc_line.clear();
        detail::g_stdout.capture = &g_state.got;
    }

    /// `sys.displayhook(value)`: the repr of a value that is not None, and a newline.
    template <class X>
    static void display(const X& x) {
        if constexpr (is_none_v<X>) {
            return;
        } else if constexpr (is_optional_v<X>) {
            if (x.has_value()) display(*x);
        } else {
            Str r = py::repr(x);
            detail::out_write(std::string_view(r));
            detail::out_char('\n');
        }
    }

    /// The example raised `e` (caught as `except BaseException`).
    static void raised(const Exc& e) {
        g_state.raised = true;
        g_state.exc_line = e.type;
        if (!e.msg.empty()) {
            g_state.exc_line += ": ";
            g_state.exc_line += e.msg;
        }
        g_state.exc_line += '\n';
    }

    struct detail_dt {

    /// `_toAscii`: non-ASCII characters as `backslashreplace` escapes.
    static std::string to_ascii(std::string_view s) {
        std::string out;
        out.reserve(s.size());
        static const char* hex = "0123456789abcdef";
        size_t i = 0;
        while (i < s.size()) {
            unsigned char c = static_cast<unsigned char>(s[i]);
            if (c < 0x80) {
                out += static_cast<char>(c);
                ++i;
                continue;
            }
            uint32_t cp = 0;
            size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
            if (n == 1 || i + n > s.size()) {
                out += static_cast<char>(c);
                ++i;
                continue;
            }
            cp = c & (0xff >> (n + 1));
            for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
            i += n;
            int digits = cp <= 0xff ? 2 : cp <= 0xffff ? 4 : 8;
            out += '\\';
            out += digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
            for (int d = digits - 1; d >= 0; --d) out += hex[(cp >> (4 * d)) & 0xf];
        }
        return out;
    }

    static std::vector<std::string> split_lines_keep(const std::string& s) {
        std::vector<std::string> out;
        size_t at = 0;
        while (at < s.size()) {
            size_t nl = s.find('\n', at);
            if (nl == std::string::npos) {
                out.push_back(s.substr(at));
                break;
            }
            out.push_back(s.substr(at, nl + 1 - at));
            at = nl + 1;
        }
        return out;
    }

    static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

    /// `re.sub(r'(?m)^<BLANKLINE>\s*?$', '', want)`.
    static std::string blankline_want(const std::string& want) {
        std::string out;
        for (const auto& line : split_lines_keep(want)) {
            std::string_view body(line);
            bool nl = !body.empty() && body.back() == '\n';
            if (nl) body.remove_suffix(1);
            if (body.starts_with("<BLANKLINE>")) {
                std::string_view rest = body.substr(11);
                bool blank = true;
                for (char c : rest) blank = blank && is_ws(c);
                if (blank) {
                    if (nl) out += '\n';
                    continue;
                }
            }
            out += line;
        }
        return out;
    }

    /// `re.sub(r'(?m)^[^\S\n]+$', '', got)`: lines of only whitespace made empty.
    static std::string blank_spaces(const std::string& got) {
        std::string out;
        for (const auto& line : split_lines_keep(got)) {
            std::string_view body(line);
            bool nl = !body.empty() && body.back() == '\n';
            if (nl) body.remove_suffix(1);
            bool blank = !body.empty();
            for (char c : body) blank = blank && is_ws(c);
            if (blank) {
                if (nl) out += '\n';
                continue;
            }
            out += line;
        }
        return out;
    }

    /// `' '.join(s.split())`.
    static std::string normalize_ws(const std::string& s) {
        std::string out;
        size_t i = 0;
        while (i < s.size()) {
            while (i < s.size() && is_ws(s[i])) ++i;
            if (i >= s.size()) break;
            size_t j = i;
            while (j < s.size() && !is_ws(s[j])) ++j;
            if (!out.empty()) out += ' ';
            out.append(s, i, j - i);
            i = j;
        }
        return out;
    }

    /// `_ellipsis_match`.
    static bool ellipsis_match(const std::string& want, const std::string& got) {
        if (want.find("...") == std::string::npos) return want == got;
        std::vector<std::string> ws;
        size_t at = 0;
        while (true) {
            size_t p = want.find("...", at);
            if (p == std::string::npos) {
                ws.push_back(want.substr(at));
                break;
            }
            ws.push_back(want.substr(at, p - at));
            at = p + 3;
        }
        size_t start = 0, end = got.size();
        size_t first = 0, last = ws.size();
        if (!ws[0].empty()) {
            if (got.compare(0, ws[0].size(), ws[0]) != 0) return false;
            start = ws[0].size();
            first = 1;
        }
        const std::string& w = ws.back();
        if (!w.empty()) {
            if (got.size() < w.size() || got.compare(got.size() - w.size(), w.size(), w) != 0) return false;
            end -= w.size();
            last -= 1;
        }
        if (start > end) return false;
        for (size_t k = first; k < last; ++k) {
            const std::string& piece = ws[k];
            if (end < piece.size()) return false;
            size_t p = got.find(piece, start);
            if (p == std::string::npos || p + piece.size() > end) return false;
            start = p + piece.size();
        }
        return true;
    }

    /// `OutputChecker.check_output`.
    static bool check_output(std::string_view want_, std::string_view got_, int64_t flags) {
        std::string got = to_ascii(got_);
        std::string want = to_ascii(want_);
        if (got == want) return true;
        if (!(flags & DONT_ACCEPT_TRUE_FOR_1)) {
            if (got == "True\n" && want == "1\n") return true;
            if (got == "False\n" && want == "0\n") return true;
        }
        if (!(flags & DONT_ACCEPT_BLANKLINE)) {
            want = blankline_want(want);
            got = blank_spaces(got);
            if (got == want) return true;
        }
        if (flags & NORMALIZE_WHITESPACE) {
            got = normalize_ws(got);
            want = normalize_ws(want);
            if (got == want) return true;
        }
        if (flags & ELLIPSIS) {
            if (ellipsis_match(want, got)) return true;
        }
        return false;
    }

    /// `_strip_exception_details`.
    static std::string strip_details(std::string_view msg) {
        size_t start = 0, end = msg.size();
        size_t i = msg.find('\n');
        if (i != std::string_view::npos) end = i;
        i = msg.substr(0, end).find(':');
        if (i != std::string_view::npos) end = i;
        i = msg.substr(0, end).rfind('.');
        if (i != std::string_view::npos) start = i + 1;
        return std::string(msg.substr(start, end - start));
    }

    /// `_indent`: four spaces before every line that is not empty.
    static std::string indent(std::string_view s) {
        std::string out;
        bool at_start = true;
        for (size_t i = 0; i < s.size(); ++i) {
            if (at_start && s[i] != '\n') out += "    ";
            out += s[i];
            at_start = s[i] == '\n';
        }
        return out;
    }

    /// `re.sub('(?m)^[ ]*(?=\n)', '<BLANKLINE>', got)`.
    static std::string mark_blanklines(const std::string& got) {
        std::string out;
        for (const auto& line : split_lines_keep(got)) {
            bool nl = line.back() == '\n';
            bool spaces = true;
            for (size_t k = 0; k + (nl ? 1 : 0) < line.size(); ++k) spaces = spaces && line[k] == ' ';
            if (nl && spaces) {
                out += "<BLANKLINE>\n";
            } else {
                out += line;
            }
        }
        return out;
    }

    /// `OutputChecker.output_difference` (no diff flags).
    static std::string output_difference(std::string_view want, const std::string& got_) {
        std::string got = mark_blanklines(got_);
        if (!want.empty() && !got.empty()) return "Expected:\n" + indent(want) + "Got:\n" + indent(got);
        if (!want.empty()) return "Expected:\n" + indent(want) + "Got nothing\n";
        if (!got.empty()) return "Expected nothing\nGot:\n" + indent(got);
        return "Expected nothing\nGot nothing\n";
    }

    /// `__file__` of the script as CPython sets it: its absolute path.
    static std::string script_path() {
        std::string name = ::py::detail::g_source_name;
        if (!name.empty() && name[0] == '/') return name;
        std::string cwd(4096, '\0');
        if (::getcwd(cwd.data(), cwd.size()) == nullptr) return name;
        cwd.resize(std::strlen(cwd.c_str()));
        if (name.starts_with("./")) name = name.substr(2);
        return cwd + "/" + name;
    }

    /// `DocTestRunner._failure_header`.
    static std::string failure_header(std::string_view source, int64_t line) {
        std::string out(70, '*');
        out += "\nFile \"";
        out += script_path();
        out += "\", line ";
        out += line > 0 ? std::to_string(line) : std::string("?");
        out += ", in ";
        out += g_state.tests.back().name;
        out += "\nFailed example:\n";
        out += indent(source);
        return out;
    }

    };

    /// The example ends: what it printed (or raised) checked against `want` (or the exception line
    /// `exc_msg`, when `expects_exc`), and doctest's report of a failure printed. `line` is its line in
    /// the file (0: unknown).
    static void check(std::string_view source, std::string_view want, std::string_view exc_msg, bool expects_exc, int64_t line, int64_t flags) {
        ::py::detail::out_flush();
        ::py::detail::g_stdout.capture = nullptr;
        std::string got = std::move(g_state.got);
        g_state.got.clear();
        if (g_state.tests.empty()) test("?");
        Test& t = g_state.tests.back();
        t.tries += 1;
        enum { Success, Failure, Boom } outcome = Failure;
        std::string tb;
        if (!g_state.raised) {
            if (detail_dt::check_output(want, got, flags)) outcome = Success;
        } else {
            tb = "Traceback (most recent call last):\n" + g_state.exc_line;
            got += tb;
            if (!expects_exc) {
                outcome = Boom;
            } else if (detail_dt::check_output(exc_msg, g_state.exc_line, flags)) {
                outcome = Success;
            } else if ((flags & IGNORE_EXCEPTION_DETAIL) &&
                       detail_dt::check_output(detail_dt::strip_details(exc_msg), detail_dt::strip_details(g_state.exc_line), flags)) {
                outcome = Success;
            }
        }
        if (outcome == Failure) {
            stdout_write(detail_dt::failure_header(source, line) + detail_dt::output_difference(want, got));
            t.failures += 1;
        } else if (outcome == Boom) {
            stdout_write(detail_dt::failure_header(source, line) + "Exception raised:\n" + detail_dt::indent(tb));
            t.failures += 1;
        }
        g_state.raised = false;
    }

    /// `DocTestRunner.summarize(verbose=False)` (when `report`): the items with failures, by name.
    static void summary(bool report) {
        std::vector<Test> failed;
        int64_t total = 0;
        for (const auto& t : g_state.tests) {
            if (t.failures > 0) {
                // `_name2ft` merges items of the same name.
                bool merged = false;
                for (auto& f : failed) {
                    if (f.name == t.name) {
                        f.failures += t.failures;
                        f.tries += t.tries;
                        merged = true;
                    }
                }
                if (!merged) failed.push_back(t);
            }
            total += t.failures;
        }
        g_state.tests.clear();
        if (!report || failed.empty()) return;
        std::sort(failed.begin(), failed.end(), [](const Test& a, const Test& b) { return a.name < b.name; });
        std::string out(70, '*');
        out += "\n" + std::to_string(failed.size()) + " items had failures:\n";
        char buf[64];
        for (const auto& f : failed) {
            std::snprintf(buf, sizeof buf, " %3lld of %3lld in ", static_cast<long long>(f.failures), static_cast<long long>(f.tries));
            out += buf;
            out += f.name;
            out += '\n';
        }
        out += "***Test Failed*** " + std::to_string(total) + " failures.\n";
        stdout_write(out);
    }

};

}  // namespace py
