//! Tests of pyport's str methods and text input (strmethods.hpp, input.hpp): unit checks (no args),
//! CPython-comparison cases (`--cases`, compare with `strings_cases.py`), per-block Unicode digests
//! (`--unicode`, compare with `strings_cases.py --unicode`), and stdin scenarios (`--run NAME args...`).
#include <cstdio>
#include <limits>

#include "pyport/runtime.hpp"

using py::List;
using py::Str;

static int g_pass = 0, g_fail = 0;

static void fail_at(int line, const std::string& what) {
    ++g_fail;
    std::fprintf(stderr, "FAIL strings_test.cpp:%d: %s\n", line, what.c_str());
}

#define CHECK_STR(a, b)                                                                                    \
    do {                                                                                                   \
        std::string _a = (a);                                                                              \
        std::string _b = (b);                                                                              \
        if (_a == _b) ++g_pass;                                                                            \
        else fail_at(__LINE__, std::string(#a "\n  got:  ") + py::repr(_a) + "\n  want: " + py::repr(_b)); \
    } while (0)

#define CHECK_RAISES(Type, message, expr)                                                                 \
    do {                                                                                                  \
        try {                                                                                             \
            (void)(expr);                                                                                 \
            fail_at(__LINE__, "no exception from " #expr);                                                \
        } catch (const Type& _e) {                                                                        \
            if (_e.msg == std::string(message)) ++g_pass;                                                 \
            else fail_at(__LINE__, std::string(#expr " raised ") + _e.type_name() + ": " + _e.msg);      \
        } catch (const py::BaseException& _e) {                                                          \
            fail_at(__LINE__, std::string(#expr " raised wrong type ") + _e.type_name() + ": " + _e.msg); \
        }                                                                                                 \
    } while (0)

// ================================================================================ unit checks

static py::Generator<Str> words() {
    co_yield Str("x");
    co_yield Str("é");
    co_yield Str("z");
}

static Str make_temp() { return Str("hé\U0001F600"); }

static void unit_checks() {
    // join over any iterable of strings.
    CHECK_STR(py::str_join("-", words()), "x-é-z");
    std::vector<Str> v{"a", "b"};
    CHECK_STR(py::str_join(", ", v), "a, b");
    std::vector<std::string_view> sv{"p", "q", "r"};
    CHECK_STR(py::str_join("", sv), "pqr");
    CHECK_STR(py::str_join("+", py::iter(Str("abc"))), "a+b+c");
    CHECK_STR(py::str_join("|", py::str_iter("déf")), "d|é|f");
    CHECK_STR(py::str_join("", List<Str>{}), "");

    // Iterating a temporary string is safe; each item is one code point.
    Str acc;
    int64_t n = 0;
    for (const Str& c : py::str_iter(make_temp())) {
        acc += "[" + c + "]";
        ++n;
    }
    CHECK_STR(acc, "[h][é][\U0001F600]");
    CHECK_STR(std::to_string(n), "3");
    n = 0;
    for (const auto& c : py::str_iter(Str())) n += static_cast<int64_t>(c.size()) + 1;
    CHECK_STR(std::to_string(n), "0");
    const Str lvalue = "ab";
    Str seen;
    for (const auto& c : py::str_iter(lvalue)) seen += c;
    CHECK_STR(seen, "ab");
    CHECK_STR(py::repr(py::str_chars("aé")), "['a', 'é']");

    // Tuple-of-prefixes from a vector, and None bounds given as std::nullopt.
    std::vector<Str> pre{"x", "he"};
    CHECK_STR(py::repr(py::str_startswith("hello", pre)), "True");
    CHECK_STR(py::repr(py::str_endswith("hello", pre)), "False");
    CHECK_STR(py::repr(py::str_endswith("hello", std::vector<Str>{"lo"}, 1)), "True");
    CHECK_STR(py::repr(py::str_find("abcabc", "c", std::nullopt, 4)), "2");
    // A braced list of prefixes is the tuple overload (never string_view's iterator-pair constructor).
    CHECK_STR(py::repr(py::str_startswith("hello", {"x", "he"})), "True");
    CHECK_STR(py::repr(py::str_startswith("hello", {"he", "x"})), "True");
    CHECK_STR(py::repr(py::str_startswith("hello", {"el", "x"}, 1, 3)), "True");
    CHECK_STR(py::repr(py::str_endswith("hello", {"lo"})), "True");
    CHECK_STR(py::repr(py::str_endswith("hello", {"x", "y"})), "False");

    // % with a tuple value is unpacked, like CPython's fmt % t.
    std::tuple<int64_t, Str> t{3, "x"};
    CHECK_STR(py::percent_format("%d-%s", t), "3-x");
    CHECK_STR(py::percent_format("%s", std::optional<int64_t>()), "None");
    CHECK_STR(py::percent_format("%d", std::optional<int64_t>(4)), "4");
    CHECK_STR(py::percent_format("%s|%r", List<int64_t>{1, 2}, List<Str>{"a"}), "[1, 2]|['a']");
    CHECK_STR(py::percent_format("%5.1f%%", py::Num(2.25)), "  2.2%");
    CHECK_STR(py::percent_format("%d", py::Num(int64_t{7})), "7");
    CHECK_RAISES(py::TypeError, "not enough arguments for format string", py::percent_format("%s %s", "a"));
    CHECK_RAISES(py::TypeError, "not all arguments converted during string formatting",
                 py::percent_format("%s", "a", "b"));

    // str.format with every kind of argument; keyword API.
    CHECK_STR(py::str_format("{}|{}|{}|{}", std::optional<double>(), std::optional<double>(1.5), t, py::None),
              "None|1.5|(3, 'x')|None");
    CHECK_STR(py::str_format_kw("{a}{0}{b:>3}", {"a", "b"}, 1, "A", 2.5), "A12.5");
    CHECK_RAISES(py::KeyError, "'c'", py::str_format_kw("{c}", {"a"}, 1));
    CHECK_RAISES(py::IndexError, "Replacement index 1 out of range for positional args tuple",
                 py::str_format("{} {}", 1));
    CHECK_RAISES(py::ValueError, "cannot switch from automatic field numbering to manual field specification",
                 py::str_format("{}{1}", 1, 2));

    // Conversions reuse numfmt's parsers.
    CHECK_STR(py::repr(py::str_int(" 12 ")), "12");
    CHECK_STR(py::repr(py::str_int("ff", 16)), "255");
    CHECK_STR(py::repr(py::str_float("1e3")), "1000.0");
    CHECK_RAISES(py::ValueError, "invalid literal for int() with base 10: 'x'", py::str_int("x"));
    CHECK_RAISES(py::ValueError, "could not convert string to float: 'x'", py::str_float("x"));
    CHECK_STR(py::str_chr(py::str_ord("\u20ac") + 1), "\u20ad");
    CHECK_RAISES(py::TypeError, "ord() expected a character, but string of length 2 found", py::str_ord("ab"));
    CHECK_RAISES(py::ValueError, "chr() arg not in range(0x110000)", py::str_chr(0x110000));
    CHECK_STR(py::str_ascii("é\U0001F600\x01"), "'\\xe9\\U0001f600\\x01'");

    // Results too big to allocate are MemoryError (std::bad_alloc), as in CPython. (Skipped in
    // sanitizer builds, whose allocator aborts instead: -DSTRINGS_TEST_SANITIZER.)
#ifndef STRINGS_TEST_SANITIZER
    auto raises_bad_alloc = [](auto f) {
        try {
            f();
        } catch (const std::bad_alloc&) {
            return true;
        }
        return false;
    };
    CHECK_STR(py::repr(raises_bad_alloc([] { return py::str_center("a", INT64_MAX); })), "True");
    CHECK_STR(py::repr(raises_bad_alloc([] { return py::str_zfill("1", INT64_MAX / 2); })), "True");
    CHECK_STR(py::repr(raises_bad_alloc([] { return py::percent_format("%*d", INT64_MAX, 1); })), "True");
    CHECK_STR(py::repr(raises_bad_alloc([] { return py::str_expandtabs("\t\t", INT64_MAX); })), "True");
#endif

    // Big inputs go through the fast paths without quadratic blowups.
    Str big = py::str_repeat("word ", 200000);
    CHECK_STR(std::to_string(py::str_split(big).size()), "200000");
    CHECK_STR(std::to_string(py::str_join(" ", py::str_split(big)).size()), std::to_string(big.size() - 1));
    CHECK_STR(std::to_string(py::str_count(big, "wo")), "200000");
    CHECK_STR(std::to_string(py::str_replace(big, " ", "").size()), "800000");
}

// ============================================================================== CPython cases

static void emit(int n, std::string_view src, const std::string& result) {
    std::string line = std::to_string(n);
    line += ' ';
    line += src;
    line += " => ";
    line += result;
    py::print(line);
}

#define CASE(n, src, expr)                                               \
    do {                                                                 \
        std::string _r;                                                  \
        try {                                                            \
            _r = py::repr(expr);                                         \
        } catch (const py::BaseException& _e) {                          \
            _r = std::string(_e.type_name()) + ": " + _e.msg;            \
        }                                                                \
        emit(n, src, _r);                                                \
    } while (0)

static void cases() {
#include "strings_cases.inc"
}

// ========================================================================== unicode digests

static uint32_t crc32_update(uint32_t crc, std::string_view s) {
    static const auto table = [] {
        std::array<uint32_t, 256> t{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (unsigned char b : s) crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

static void unicode_blocks() {
    for (int64_t block = 0; block < 0x110000; block += 0x1000) {
        uint32_t crc = 0;
        Str line;
        for (int64_t cp = block; cp < block + 0x1000; ++cp) {
            if (cp >= 0xD800 && cp <= 0xDFFF) continue;
            Str c = py::chr(cp);
            bool bits[] = {py::str_isalpha(c),   py::str_isdecimal(c),    py::str_isdigit(c),
                           py::str_isnumeric(c), py::str_isspace(c),      py::str_isupper(c),
                           py::str_islower(c),   py::str_istitle(c),      py::str_isidentifier(c),
                           py::str_isprintable(c), py::str_isalnum(c)};
            line.clear();
            for (bool b : bits) line += b ? '1' : '0';
            for (const Str& m : {py::str_upper(c), py::str_lower(c), py::str_title(c), py::str_casefold(c),
                                 py::str_capitalize(c), py::str_swapcase(c), py::str_lower("A" + c + "Σ")}) {
                line += '|';
                line += m;
            }
            line += '\n';
            crc = crc32_update(crc, line);
        }
        char buf[64];
        std::snprintf(buf, sizeof buf, "block %06llX %08x", static_cast<unsigned long long>(block), crc);
        py::print(buf);
    }
}

// =============================================================================== scenarios

static void scenario_mix() {
    Str a = py::input();
    Str b = py::stdin_readline();
    List<Str> rest = py::stdin_readlines();
    py::print(py::repr(a), py::repr(b), py::repr(rest));
}

static void scenario_prompt() {
    Str name = py::input("name? ");
    py::print("hi", name);
    Str again = py::input("more? ");
    py::print("never", again);
}

static void scenario_lines() {
    int64_t total = 0, count = 0;
    for (const Str& line : py::stdin_lines()) {
        ++count;
        Str s = py::str_strip(line);
        if (py::str_isdigit(s)) total += py::str_int(s);
        else py::print(py::repr(line));
    }
    py::print(count, total);
}

static void scenario_read() {
    Str first = py::input();
    Str rest = py::stdin_read();
    py::print(py::repr(first), py::str_len(rest), py::repr(py::str_splitlines(rest)));
    py::print(py::repr(py::stdin_read()), py::repr(py::stdin_readline()));
}

static void scenario_echo() {
    // Bytes that are not UTF-8 pass through (CPython: surrogateescape under C.UTF-8).
    for (const Str& line : py::stdin_lines()) py::print_sep_end("", "", py::str_upper(line));
}

static void scenario_argv() {
    List<Str> args = py::argv();
    py::print(py::repr(py::list_slice(args, 1, std::nullopt, std::nullopt, 0)));
}

static void scenario_words() {
    // A word-frequency style pipeline over all of stdin.
    List<Str> words = py::str_split(py::str_lower(py::stdin_read()));
    int64_t longest = 0;
    Str best;
    for (const Str& w : words) {
        Str clean = py::str_strip(w, ".,;:!?\"'()");
        if (py::str_len(clean) > longest) {
            longest = py::str_len(clean);
            best = clean;
        }
    }
    py::print(py::str_format("{} words, longest {!r} ({})", words.size(), best, longest));
}

int main(int argc, char** argv) {
    std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "--cases") {
        cases();
        py::flush_stdout();
        return 0;
    }
    if (mode == "--unicode") {
        unicode_blocks();
        py::flush_stdout();
        return 0;
    }
    if (mode == "--run" && argc > 2) {
        std::string name = argv[2];
        void (*body)() = name == "mix"      ? scenario_mix
                         : name == "prompt" ? scenario_prompt
                         : name == "lines"  ? scenario_lines
                         : name == "read"   ? scenario_read
                         : name == "echo"   ? scenario_echo
                         : name == "argv"   ? scenario_argv
                         : name == "words"  ? scenario_words
                                            : nullptr;
        if (!body) {
            std::fprintf(stderr, "strings_test: unknown scenario %s\n", name.c_str());
            return 2;
        }
        return py::run_main(argc - 2, argv + 2, "prog.py", body);
    }
    unit_checks();
    std::printf("strings_test: %d passed, %d failed\n", g_pass, g_fail);
    return g_fail ? 1 : 0;
}
