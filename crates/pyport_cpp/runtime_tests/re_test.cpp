//! Tests of pyport's `re` engine (re.hpp): unit checks (no args) and CPython-comparison cases
//! (`--cases`: every case of re_cases.txt through each operation; compare with re_cases.py).
#include <cstdio>
#include <fstream>
#include <sstream>

#define PYPORT_WITH_RE 1
#include "pyport/runtime.hpp"

using py::Str;

static std::string groups(const std::optional<py::Match>& m) {
    if (!m) return "None";
    std::string s = "[";
    for (int64_t i = 0; i <= m->re->groups; ++i) {
        if (i) s += ' ';
        s += std::to_string(m->start(i)) + ":" + std::to_string(m->end(i));
    }
    return s + "]";
}

static std::string replace_all(std::string s, const std::string& a, const std::string& b) {
    for (size_t at = 0; (at = s.find(a, at)) != std::string::npos; at += b.size()) s.replace(at, a.size(), b);
    return s;
}

static int cases() {
    std::string dir = __FILE__;
    dir = dir.substr(0, dir.find_last_of('/') + 1);
    std::ifstream in(dir + "re_cases.txt");
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
        int64_t flags = std::stoll(line.substr(0, t1));
        Str pat(line.substr(t1 + 1, t2 - t1 - 1));
        Str subject(replace_all(line.substr(t2 + 1), "\u23ce", "\n"));
        py::Regex p = py::re_compile(pat, flags);
        std::string out = "case " + std::to_string(n++) + " search " + groups(py::re_search(p, subject)) + " match " +
                          groups(py::re_match(p, subject)) + " full " + groups(py::re_fullmatch(p, subject)) + "\n  iter";
        auto it = py::re_finditer(p, subject);
        if (it.size() == 0) out += ' ';
        for (int64_t i = 0; i < it.size(); ++i) out += " " + groups(it.at(i));
        if (it.size()) out += "";
        out += "\n  sub " + py::repr(py::re_sub(p, "<\\g<0>>", subject)) + " " +
               py::repr(py::re_sub_fn(p, [](const py::Match& m) { return Str(std::to_string(m.end())); }, subject, 2));
        out += "\n  split " + py::repr(py::re_split<std::optional<Str>>(p, subject)) + " " +
               py::repr(py::re_split<std::optional<Str>>(p, subject, 1)) + "\n";
        std::fwrite(out.data(), 1, out.size(), stdout);
    }
    return n > 50 ? 0 : 1;
}

static int passed = 0, failed = 0;
static void check(bool ok, const char* what) {
    if (ok) ++passed;
    else {
        ++failed;
        std::printf("FAILED: %s\n", what);
    }
}

template <class F>
static std::string error_of(F f) {
    try {
        f();
        return "";
    } catch (const py::BaseException& e) {
        return std::string(e.type_name()) + ": " + e.msg;
    }
}

int main(int argc, char** argv) {
    if (argc >= 2 && std::string(argv[1]) == "--cases") return cases();
    check(error_of([] { py::re_compile("a*+"); }) == "pyport.LimitError: pyport does not support possessive quantifiers in regular expressions", "possessive refused");
    check(error_of([] { py::re_compile("(?>a)"); }).find("atomic groups") != std::string::npos, "atomic refused");
    check(error_of([] { py::re_compile("(a"); }) == "pyport.LimitError: invalid regular expression (CPython raises re.error): missing ), unterminated subpattern at position 0", "invalid pattern");
    check(error_of([] { py::re_compile("a**"); }).find("multiple repeat at position 2") != std::string::npos, "multiple repeat");
    check(error_of([] { py::re_compile("(?<=a+)b"); }).find("look-behind requires fixed-width") != std::string::npos, "variable lookbehind");
    check(error_of([] { py::re_sub(py::re_compile("(a)"), "\\2", Str("a")); }).find("invalid group reference 2") != std::string::npos, "bad template group");
    check(error_of([] { py::re_some(std::nullopt, "group"); }) == "AttributeError: 'NoneType' object has no attribute 'group'", "None.group()");
    // Cached run-time compiles share the compiled pattern.
    check(py::re_compile_cached("ab+", 0).d == py::re_compile_cached("ab+", 0).d, "compile cache");
    // Deep repeats of groups (one frame per iteration) and the exponential (a+)+b shape.
    Str long_ab;
    for (int i = 0; i < 5000; ++i) long_ab += "ab";
    check(py::re_fullmatch(py::re_compile("(?:ab)+"), long_ab).has_value(), "5000 group iterations");
    check(!py::re_match(py::re_compile("(a+)+b"), Str(std::string(18, 'a'))).has_value(), "(a+)+b backtracks to failure");
    // \d \w \s agree with str.isdecimal / isalnum / isspace on every code point below 0x3000.
    bool agree = true;
    for (uint32_t c = 0; c < 0x3000 && agree; ++c) {
        if (c >= 0xD800 && c < 0xE000) continue;
        std::string s;
        py::detail::encode_cp(s, c);
        Str ch(s);
        agree = py::re_detail::is_digit(c) == py::str_isdecimal(ch) &&
                py::re_detail::is_word(c) == (py::str_isalnum(ch) || c == '_') && py::re_detail::is_space(c) == py::str_isspace(ch);
    }
    check(agree, "classes agree with str predicates");
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
