//! Python's `re` module for str patterns: a backtracking matcher over code points that follows
//! CPython's sre (3.11) — leftmost match, greedy/lazy repeats tried in sre's order (with its
//! zero-width-iteration rule), alternatives left to right, Unicode `\d \w \s \b` (the same property
//! tables as str.isdecimal/isalnum/isspace), `$` before a final newline, the 3.7+ empty-match rules
//! of findall/finditer/sub/split.
//!
//!   Regex  py::re_compile(pattern, flags)     (a shared compiled pattern; `py::Regex` handle)
//!   std::optional<Match> re_match/re_search/re_fullmatch(re, s)
//!   List<Str> re_findall_str(re, s)           0 or 1 group; List<std::tuple<Str...>> re_findall_tuple<N>
//!   List<Match> re_finditer(re, s)
//!   Str re_sub(re, repl, s, count) / re_sub_fn(re, f, s, count); std::tuple<Str, I> re_subn*
//!   List<Str> / List<std::optional<Str>> re_split(re, s, maxsplit)
//!   Str re_escape(s)
//!
//! Supported syntax: literals and escapes, `.`, classes, `\d\w\s\D\W\S\b\B\A\Z`, `^ $`, groups
//! (capturing, `(?:)`, `(?P<name>)`, `(?P=name)`, `\N` backreferences), alternation, greedy and lazy
//! quantifiers, lookahead, fixed-width lookbehind, flags I M S X (and inline). Anything else raises
//! pyport's LimitError naming the construct (the compiler refuses literal patterns beforehand).
#pragma once
#include "prebuilt.hpp"
#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "dict.hpp"
#include "list.hpp"
#include "strmethods.hpp"

namespace py {

namespace re_detail {

constexpr int kFlagI = 2, kFlagM = 8, kFlagS = 16, kFlagU = 32, kFlagX = 64;
constexpr int kInf = -1;

[[noreturn, gnu::cold]] inline void unsupported(const std::string& what) {
    throw PyportLimit("pyport does not support " + what + " in regular expressions");
}
[[noreturn, gnu::cold]] inline void bad(const std::string& msg, size_t pos) {
    throw PyportLimit("invalid regular expression (CPython raises re.error): " + msg + " at position " +
                      std::to_string(pos));
}

inline uint32_t lower(uint32_t c) {
    if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (!(detail::uflags(c) & detail::kU_CASED)) return c;
    return detail::case_run_map(detail::kLower, detail::kLowerCount, c);
}
inline uint32_t upper(uint32_t c) {
    if (c < 128) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    if (!(detail::uflags(c) & detail::kU_CASED)) return c;
    return detail::case_run_map(detail::kUpper, detail::kUpperCount, c);
}
inline bool is_digit(uint32_t c) { return c < 128 ? (c >= '0' && c <= '9') : (detail::uflags(c) & detail::kU_DECIMAL) != 0; }
inline bool is_space(uint32_t c) { return (detail::uflags(c) & detail::kU_SPACE) != 0; }
inline bool is_word(uint32_t c) {
    if (c < 128) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return (detail::uflags(c) & (detail::kU_ALPHA | detail::kU_DECIMAL | detail::kU_DIGIT | detail::kU_NUMERIC)) != 0;
}

enum Cat : uint8_t { CAT_DIGIT = 1, CAT_NOT_DIGIT = 2, CAT_SPACE = 4, CAT_NOT_SPACE = 8, CAT_WORD = 16, CAT_NOT_WORD = 32 };

#if PYPORT_LIB_BODIES
PYPORT_LIBFN bool in_cats(uint8_t cats, uint32_t c) {
    if ((cats & CAT_DIGIT) && is_digit(c)) return true;
    if ((cats & CAT_NOT_DIGIT) && !is_digit(c)) return true;
    if ((cats & CAT_SPACE) && is_space(c)) return true;
    if ((cats & CAT_NOT_SPACE) && !is_space(c)) return true;
    if ((cats & CAT_WORD) && is_word(c)) return true;
    if ((cats & CAT_NOT_WORD) && !is_word(c)) return true;
    return false;
}
#else
bool in_cats(uint8_t cats, uint32_t c);
#endif

struct CharClass {
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
    /// Under IGNORECASE: the lowercase of every code point of `ranges`, merged (sre's charmap of
    /// lowered members), and the ranges too big to enumerate (tested by lower/upper, as sre does).
    std::vector<std::pair<uint32_t, uint32_t>> lowered, big;
    uint8_t cats = 0;
    bool negate = false;
    bool icase = false;
    bool ascii_map[128] = {};  // precomputed result for ASCII code points
    bool raw(uint32_t c) const {
        for (auto& r : ranges)
            if (c >= r.first && c <= r.second) return true;
        return in_cats(cats, c);
    }
    static bool in(const std::vector<std::pair<uint32_t, uint32_t>>& v, uint32_t c) {
        size_t lo = 0, hi = v.size();
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (v[mid].second < c) lo = mid + 1;
            else hi = mid;
        }
        return lo < v.size() && v[lo].first <= c;
    }
    bool test_slow(uint32_t c) const {
        bool hit;
        if (!icase) {
            hit = raw(c);
        } else {
            uint32_t l = lower(c), u = upper(c);
            hit = in(lowered, l) || in(lowered, lower(u)) || in_cats(cats, c);
            for (auto& r : big)
                if ((c >= r.first && c <= r.second) || (l >= r.first && l <= r.second) || (u >= r.first && u <= r.second)) hit = true;
        }
        return hit != negate;
    }
    void finish() {
        if (icase) {
            std::vector<uint32_t> cps;
            for (auto& r : ranges) {
                if (r.second - r.first > 0x20000) {
                    big.push_back(r);
                    continue;
                }
                for (uint32_t x = r.first;; ++x) {
                    cps.push_back(lower(x));
                    if (x == r.second) break;
                }
            }
            std::sort(cps.begin(), cps.end());
            for (uint32_t x : cps) {
                if (!lowered.empty() && x <= lowered.back().second + 1) lowered.back().second = std::max(lowered.back().second, x);
                else lowered.push_back({x, x});
            }
        }
        for (uint32_t c = 0; c < 128; ++c) ascii_map[c] = test_slow(c);
    }
    bool test(uint32_t c) const { return c < 128 ? ascii_map[c] : test_slow(c); }
};

enum Op : uint8_t {
    LIT,        // c (icase: compare lowered)
    ANY,        // . without DOTALL
    ANY_ALL,    // . with DOTALL
    CLASS,      // cls
    AT_BEG,     // ^ (no M) / \A
    AT_BEG_LINE,
    AT_END,     // $ (no M)
    AT_END_LINE,
    AT_END_STR,  // \Z
    AT_BOUND,
    AT_NOT_BOUND,
    GROUP,      // capturing group `group` around body
    NCGROUP,    // body only
    ALT,        // branches
    REPEAT,     // body{min,max}, lazy
    BACKREF,    // group
    LOOK,       // lookahead/behind: neg, behind, width
};

struct Node;
using Seq = std::vector<Node>;

struct Node {
    explicit Node(Op o) : op(o) {}
    Op op;
    bool icase = false;
    bool lazy = false;
    bool neg = false;
    bool behind = false;
    uint32_t c = 0;
    int group = 0;
    int min = 0, max = 0;
    int width = 0;
    Shared<CharClass> cls;
    std::vector<Seq> kids;  // GROUP/NCGROUP/REPEAT/LOOK: kids[0]; ALT: branches
    bool single() const { return op == LIT || op == ANY || op == ANY_ALL || op == CLASS; }
};

#if PYPORT_LIB_BODIES
PYPORT_LIBFN bool single_match(const Node& n, uint32_t ch) {
    switch (n.op) {
        case LIT: return n.icase ? (lower(ch) == n.c || upper(ch) == upper(n.c)) : ch == n.c;
        case ANY: return ch != '\n';
        case ANY_ALL: return true;
        case CLASS: return n.cls->test(ch);
        default: return false;
    }
}
#else
bool single_match(const Node& n, uint32_t ch);
#endif

// ------------------------------------------------------------------------------------- parser

struct Parser {
    std::vector<uint32_t> p;
    size_t i = 0;
    int flags;
    int ngroups = 0;
    std::vector<std::pair<std::string, int>> names;
    std::vector<int> open;  // groups being parsed

    Parser(std::string_view pat, int fl) : flags(fl) {
        for (size_t off = 0; off < pat.size();) p.push_back(detail::next_cp(pat, off));
    }
    bool eof() const { return i >= p.size(); }
    uint32_t peek() const { return p[i]; }
    bool verbose() const { return (flags & kFlagX) != 0; }

    void skip_ws() {
        if (!verbose()) return;
        while (!eof()) {
            uint32_t c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') ++i;
            else if (c == '#') {
                while (!eof() && peek() != '\n') ++i;
            } else break;
        }
    }

    static bool is_flag_char(uint32_t c) { return c == 'i' || c == 'm' || c == 's' || c == 'x' || c == 'a' || c == 'L' || c == 'u'; }
    static int flag_of(uint32_t c) {
        switch (c) {
            case 'i': return kFlagI;
            case 'm': return kFlagM;
            case 's': return kFlagS;
            case 'x': return kFlagX;
            case 'u': return kFlagU;
            default: unsupported(std::string("the inline flag `") + static_cast<char>(c) + "`");
        }
    }

    /// Leading global flags `(?imsx)`: CPython 3.11 applies them to the whole pattern (and rejects
    /// them elsewhere); a verbose flag changes how the whole pattern is read, so scan first.
    void global_flags() {
        size_t j = 0;
        while (j + 2 < p.size() && p[j] == '(' && p[j + 1] == '?' && is_flag_char(p[j + 2])) {
            size_t k = j + 2;
            int f = 0;
            while (k < p.size() && is_flag_char(p[k])) f |= flag_of(p[k++]);
            if (k < p.size() && p[k] == ')') {
                flags |= f;
                j = k + 1;
            } else break;
        }
    }

    Seq parse_alt() {
        std::vector<Seq> branches;
        branches.push_back(parse_seq());
        while (!eof() && peek() == '|') {
            ++i;
            branches.push_back(parse_seq());
        }
        if (branches.size() == 1) return std::move(branches[0]);
        Node n{ALT};
        n.kids = std::move(branches);
        Seq s;
        s.push_back(std::move(n));
        return s;
    }

    uint32_t hex(int digits, size_t start) {
        uint32_t v = 0;
        for (int k = 0; k < digits; ++k) {
            if (eof()) bad("incomplete escape", start);
            uint32_t c = p[i++];
            int d = (c >= '0' && c <= '9') ? int(c - '0') : (c >= 'a' && c <= 'f') ? int(c - 'a' + 10) : (c >= 'A' && c <= 'F') ? int(c - 'A' + 10) : -1;
            if (d < 0) bad("incomplete escape", start);
            v = v * 16 + uint32_t(d);
        }
        if (v > 0x10FFFF) bad("bad escape", start);
        return v;
    }

    /// An escape that stands for one code point (shared by classes and the pattern); false if it is
    /// not one (a category, assertion or backreference, handled by the caller).
    bool char_escape(uint32_t c, size_t start, uint32_t& out) {
        switch (c) {
            case 'a': out = 7; return true;
            case 'f': out = 12; return true;
            case 'n': out = 10; return true;
            case 'r': out = 13; return true;
            case 't': out = 9; return true;
            case 'v': out = 11; return true;
            case '\\': out = '\\'; return true;
            case 'x': out = hex(2, start); return true;
            case 'u': out = hex(4, start); return true;
            case 'U': out = hex(8, start); return true;
            case 'N': unsupported("`\\N{...}` escapes");
            default: break;
        }
        if (c == '0') {
            uint32_t v = 0;
            for (int k = 0; k < 2 && !eof() && peek() >= '0' && peek() <= '7'; ++k) v = v * 8 + (p[i++] - '0');
            out = v;
            return true;
        }
        if (c < 128 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
        out = c;
        return true;
    }

    Shared<CharClass> parse_class(size_t start) {
        auto cls = py::make_shared<CharClass>();
        cls->icase = (flags & kFlagI) != 0;
        if (!eof() && peek() == '^') {
            cls->negate = true;
            ++i;
        }
        bool first = true;
        for (;;) {
            if (eof()) bad("unterminated character set", start);
            uint32_t c = p[i];
            if (c == ']' && !first) {
                ++i;
                break;
            }
            first = false;
            size_t at = i++;
            uint32_t lo;
            bool is_char = true;
            if (c == '\\') {
                if (eof()) bad("bad escape (end of pattern)", at);
                uint32_t e = p[i++];
                if (e == 'd') cls->cats |= CAT_DIGIT, is_char = false;
                else if (e == 'D') cls->cats |= CAT_NOT_DIGIT, is_char = false;
                else if (e == 's') cls->cats |= CAT_SPACE, is_char = false;
                else if (e == 'S') cls->cats |= CAT_NOT_SPACE, is_char = false;
                else if (e == 'w') cls->cats |= CAT_WORD, is_char = false;
                else if (e == 'W') cls->cats |= CAT_NOT_WORD, is_char = false;
                else if (e == 'b') lo = 8;
                else if (e >= '0' && e <= '7') {
                    uint32_t v = e - '0';
                    for (int k = 0; k < 2 && !eof() && peek() >= '0' && peek() <= '7'; ++k) v = v * 8 + (p[i++] - '0');
                    if (v > 0377) bad("octal escape value out of range", at);
                    lo = v;
                } else if (!char_escape(e, at, lo)) {
                    bad(std::string("bad escape \\") + char(e), at);
                }
            } else {
                lo = c;
            }
            if (!is_char) continue;
            uint32_t hi = lo;
            if (i + 1 < p.size() && p[i] == '-' && p[i + 1] != ']') {
                ++i;
                size_t at2 = i;
                uint32_t c2 = p[i++];
                if (c2 == '\\') {
                    if (eof()) bad("bad escape (end of pattern)", at2);
                    uint32_t e = p[i++];
                    if (e == 'b') hi = 8;
                    else if (!char_escape(e, at2, hi)) bad(std::string("bad character range"), at);
                } else {
                    hi = c2;
                }
                if (hi < lo) bad("bad character range", at);
            }
            cls->ranges.push_back({lo, hi});
        }
        cls->finish();
        return cls;
    }

    bool parse_int(int& v) {
        size_t s = i;
        long long x = 0;
        while (!eof() && peek() >= '0' && peek() <= '9') {
            x = x * 10 + (p[i++] - '0');
            if (x > 1000000000) x = 1000000000;
        }
        v = int(x);
        return i > s;
    }

    /// `{m,n}` at i (after the `{`): false (and i unchanged) when it is a literal brace.
    bool parse_braces(int& mn, int& mx) {
        size_t save = i;
        int a = 0, b = 0;
        bool has_a = parse_int(a);
        if (!eof() && peek() == '}') {
            if (!has_a) {
                i = save;
                return false;
            }
            ++i;
            mn = mx = a;
            return true;
        }
        if (eof() || peek() != ',') {
            i = save;
            return false;
        }
        ++i;
        bool has_b = parse_int(b);
        if (eof() || peek() != '}') {
            i = save;
            return false;
        }
        ++i;
        mn = has_a ? a : 0;
        mx = has_b ? b : kInf;
        return true;
    }

    std::string parse_name(uint32_t end, size_t start) {
        std::string name;
        while (!eof() && peek() != end) detail::encode_cp(name, p[i++]);
        if (eof()) bad("missing group name terminator", start);
        ++i;
        if (name.empty()) bad("missing group name", start);
        return name;
    }

    int group_index(const std::string& name, size_t at) {
        for (auto& nm : names)
            if (nm.first == name) return nm.second;
        bad("unknown group name '" + name + "'", at);
    }

    bool is_open(int g) const {
        for (int o : open)
            if (o == g) return true;
        return false;
    }

    Seq parse_seq() {
        Seq seq;
        for (;;) {
            skip_ws();
            if (eof()) break;
            uint32_t c = peek();
            if (c == '|' || c == ')') break;
            size_t at = i++;
            Node n{LIT};
            n.icase = (flags & kFlagI) != 0;
            bool repeatable = true;
            if (c == '.') {
                n.op = (flags & kFlagS) ? ANY_ALL : ANY;
            } else if (c == '^') {
                n.op = (flags & kFlagM) ? AT_BEG_LINE : AT_BEG;
                repeatable = false;
            } else if (c == '$') {
                n.op = (flags & kFlagM) ? AT_END_LINE : AT_END;
                repeatable = false;
            } else if (c == '[') {
                n.op = CLASS;
                n.cls = parse_class(at);
            } else if (c == '(') {
                n = parse_group(at, repeatable);
                if (n.op == NCGROUP && n.kids.empty()) continue;  // (?i) / (?#...)
            } else if (c == '*' || c == '+' || c == '?') {
                bad("nothing to repeat", at);
            } else if (c == '{') {
                int a, b;
                size_t save = i;
                if (parse_braces(a, b)) bad("nothing to repeat", at);
                i = save;
                n.c = '{';
                if (n.icase) n.c = lower(n.c);
            } else if (c == '\\') {
                if (eof()) bad("bad escape (end of pattern)", at);
                uint32_t e = p[i++];
                if (e == 'A') n.op = AT_BEG, repeatable = false;
                else if (e == 'Z') n.op = AT_END_STR, repeatable = false;
                else if (e == 'b') n.op = AT_BOUND, repeatable = false;
                else if (e == 'B') n.op = AT_NOT_BOUND, repeatable = false;
                else if (e == 'd' || e == 'D' || e == 's' || e == 'S' || e == 'w' || e == 'W') {
                    n.op = CLASS;
                    n.cls = py::make_shared<CharClass>();
                    n.cls->cats = e == 'd' ? CAT_DIGIT : e == 'D' ? CAT_NOT_DIGIT : e == 's' ? CAT_SPACE : e == 'S' ? CAT_NOT_SPACE : e == 'w' ? CAT_WORD : CAT_NOT_WORD;
                    n.cls->finish();
                } else if (e >= '1' && e <= '9') {
                    // a backreference, or an octal escape of three digits
                    if (i + 1 < p.size() && e <= '7' && p[i] >= '0' && p[i] <= '7' && p[i + 1] >= '0' && p[i + 1] <= '7') {
                        uint32_t v = (e - '0') * 64 + (p[i] - '0') * 8 + (p[i + 1] - '0');
                        i += 2;
                        if (v > 0377) bad("octal escape value out of range", at);
                        n.c = n.icase ? lower(v) : v;
                    } else {
                        int g = int(e - '0');
                        if (!eof() && peek() >= '0' && peek() <= '9') g = g * 10 + int(p[i++] - '0');
                        if (g > ngroups) bad("invalid group reference " + std::to_string(g), at + 1);
                        if (is_open(g)) bad("cannot refer to an open group", at);
                        n.op = BACKREF;
                        n.group = g;
                    }
                } else {
                    uint32_t v;
                    if (!char_escape(e, at, v)) bad(std::string("bad escape \\") + char(e), at);
                    n.c = n.icase ? lower(v) : v;
                }
            } else {
                n.c = n.icase ? lower(c) : c;
            }
            // quantifier
            skip_ws();
            if (!eof()) {
                uint32_t q = peek();
                int mn = -2, mx = 0;
                size_t qat = i;
                if (q == '*') mn = 0, mx = kInf, ++i;
                else if (q == '+') mn = 1, mx = kInf, ++i;
                else if (q == '?') mn = 0, mx = 1, ++i;
                else if (q == '{') {
                    ++i;
                    if (!parse_braces(mn, mx)) {
                        i = qat;
                        mn = -2;
                    } else if (mx != kInf && mx < mn) {
                        bad("min repeat greater than max repeat", qat + 1);
                    }
                }
                if (mn != -2) {
                    if (!repeatable) bad("nothing to repeat", qat);
                    Node r{REPEAT};
                    r.min = mn;
                    r.max = mx;
                    if (!eof() && peek() == '?') r.lazy = true, ++i;
                    else if (!eof() && peek() == '+') unsupported("possessive quantifiers");
                    skip_ws();
                    if (!eof() && (peek() == '*' || peek() == '+' || peek() == '?')) bad("multiple repeat", i);
                    if (!eof() && peek() == '{') {
                        int a, b;
                        size_t save = i++;
                        bool multi = parse_braces(a, b);
                        i = save;
                        if (multi) bad("multiple repeat", i);
                    }
                    r.kids.push_back(Seq{std::move(n)});
                    seq.push_back(std::move(r));
                    continue;
                }
            }
            seq.push_back(std::move(n));
        }
        return seq;
    }

    Node parse_group(size_t at, bool& repeatable) {
        Node n{NCGROUP};
        int saved_flags = flags;
        bool capture = true;
        int g = 0;
        if (!eof() && peek() == '?') {
            ++i;
            if (eof()) bad("unexpected end of pattern", i);
            uint32_t c = p[i++];
            capture = false;
            if (c == ':') {
            } else if (c == 'P') {
                if (eof()) bad("unexpected end of pattern", i);
                uint32_t d = p[i++];
                if (d == '<') {
                    std::string name = parse_name('>', i);
                    capture = true;
                    for (auto& nm : names)
                        if (nm.first == name) bad("redefinition of group name '" + name + "'", at + 4);
                    names.push_back({name, ngroups + 1});
                } else if (d == '=') {
                    std::string name = parse_name(')', i);
                    int gi = group_index(name, at + 4);
                    if (is_open(gi)) bad("cannot refer to an open group", at + 4);
                    Node b{BACKREF};
                    b.icase = (flags & kFlagI) != 0;
                    b.group = gi;
                    return b;
                } else {
                    bad("unknown extension ?P" + std::string(1, char(d)), at + 1);
                }
            } else if (c == '=' || c == '!') {
                n.op = LOOK;
                n.neg = c == '!';
            } else if (c == '<' && !eof() && (peek() == '=' || peek() == '!')) {
                n.op = LOOK;
                n.behind = true;
                n.neg = p[i++] == '!';
            } else if (c == '#') {
                while (!eof() && peek() != ')') ++i;
                if (eof()) bad("missing ), unterminated comment", at);
                ++i;
                return Node{NCGROUP};
            } else if (is_flag_char(c) || c == '-') {
                int on = 0, off = 0;
                --i;
                while (!eof() && is_flag_char(peek())) on |= flag_of(p[i++]);
                if (!eof() && peek() == '-') {
                    ++i;
                    while (!eof() && is_flag_char(peek())) off |= flag_of(p[i++]);
                }
                if (eof()) bad("missing -, : or )", i);
                if (peek() == ')') {
                    ++i;
                    if (at != 0 && !global_prefix(at)) bad("global flags not at the start of the expression", at);
                    return Node{NCGROUP};  // applied by global_flags()
                }
                if (peek() != ':') bad("missing -, : or )", i);
                ++i;
                if ((on | off) & kFlagX) unsupported("a scoped verbose flag");
                flags = (flags | on) & ~off;
            } else if (c == '>') {
                unsupported("atomic groups `(?>...)`");
            } else if (c == '(') {
                unsupported("conditional groups `(?(...)...)`");
            } else {
                bad("unknown extension ?" + std::string(1, char(c)), at + 1);
            }
        }
        if (capture) {
            n.op = GROUP;
            g = ++ngroups;
            n.group = g;
            open.push_back(g);
        }
        n.kids.push_back(parse_alt());
        if (eof() || peek() != ')') bad("missing ), unterminated subpattern", at);
        ++i;
        if (capture) open.pop_back();
        flags = saved_flags;
        if (n.op == LOOK && n.behind) {
            int w = width(n.kids[0]);
            if (w < 0) bad("look-behind requires fixed-width pattern", at);
            n.width = w;
        }
        (void)repeatable;
        return n;
    }

    /// Whether pattern[0:at] is only global flag groups (CPython accepts those at the start).
    bool global_prefix(size_t at) const {
        size_t j = 0;
        while (j < at) {
            if (!(j + 2 < p.size() && p[j] == '(' && p[j + 1] == '?')) return false;
            size_t k = j + 2;
            while (k < p.size() && (is_flag_char(p[k]) || p[k] == '-')) ++k;
            if (k >= p.size() || p[k] != ')') return false;
            j = k + 1;
        }
        return j == at;
    }

    /// Fixed width of a sequence (-1 when variable).
    static int width(const Seq& s) {
        int w = 0;
        for (auto& n : s) {
            int x = 0;
            switch (n.op) {
                case LIT: case ANY: case ANY_ALL: case CLASS: x = 1; break;
                case GROUP: case NCGROUP: x = width(n.kids[0]); break;
                case ALT: {
                    x = width(n.kids[0]);
                    for (auto& b : n.kids)
                        if (width(b) != x) return -1;
                    break;
                }
                case REPEAT: {
                    if (n.min != n.max) return -1;
                    int b = width(n.kids[0]);
                    if (b < 0) return -1;
                    x = b * n.min;
                    break;
                }
                case BACKREF: return -1;
                default: x = 0;
            }
            if (x < 0) return -1;
            w += x;
        }
        return w;
    }
};

// ------------------------------------------------------------------------------------- matcher

struct Cont {
    virtual bool run(int64_t pos) const = 0;
};

struct Matcher {
    const uint32_t* t;
    int64_t n;
    std::vector<int64_t> caps;  // 2 per group (group 0 included), -1 unset
    int64_t search_start = 0;
    bool must_advance = false;
    bool match_all = false;
    int64_t end_pos = -1;

    bool word_at(int64_t i) const { return i >= 0 && i < n && is_word(t[i]); }

    bool seq(const Seq& s, size_t idx, int64_t pos, const Cont& k);
    bool look(const Node& nd, const Seq& s, size_t idx, int64_t pos, const Cont& k);
};

struct SeqCont : Cont {
    Matcher& m;
    const Seq& s;
    size_t idx;
    const Cont& k;
    SeqCont(Matcher& m_, const Seq& s_, size_t i_, const Cont& k_) : m(m_), s(s_), idx(i_), k(k_) {}
    bool run(int64_t pos) const override { return m.seq(s, idx, pos, k); }
};

struct GroupCont : Cont {
    Matcher& m;
    const Seq& s;
    size_t idx;
    const Cont& k;
    int g;
    int64_t start;
    GroupCont(Matcher& m_, const Seq& s_, size_t i_, const Cont& k_, int g_, int64_t st) : m(m_), s(s_), idx(i_), k(k_), g(g_), start(st) {}
    bool run(int64_t pos) const override {
        int64_t os = m.caps[2 * g], oe = m.caps[2 * g + 1];
        m.caps[2 * g] = start;
        m.caps[2 * g + 1] = pos;
        if (m.seq(s, idx, pos, k)) return true;
        m.caps[2 * g] = os;
        m.caps[2 * g + 1] = oe;
        return false;
    }
};

struct RepState {
    int64_t count = -1;
    int64_t last_ptr = -1;
};

/// sre's MAX_UNTIL / MIN_UNTIL: reached at the start and after each iteration of the body.
struct UntilCont : Cont {
    Matcher& m;
    const Node& node;
    RepState& rep;
    const Seq& s;
    size_t idx;
    const Cont& k;
    UntilCont(Matcher& m_, const Node& n_, RepState& r_, const Seq& s_, size_t i_, const Cont& k_) : m(m_), node(n_), rep(r_), s(s_), idx(i_), k(k_) {}
    bool run(int64_t pos) const override {
        int64_t count = rep.count + 1;
        const Seq& body = node.kids[0];
        if (count < node.min) {
            rep.count = count;
            if (m.seq(body, 0, pos, *this)) return true;
            rep.count = count - 1;
            return false;
        }
        // One more iteration of the body (sre refuses one that would match empty again).
        auto one_more = [&]() -> bool {
            if ((node.max != kInf && count >= node.max) || pos == rep.last_ptr) return false;
            rep.count = count;
            int64_t last = rep.last_ptr;
            rep.last_ptr = pos;
            if (m.seq(body, 0, pos, *this)) return true;
            rep.last_ptr = last;
            rep.count = count - 1;
            return false;
        };
        if (!node.lazy) return one_more() || m.seq(s, idx + 1, pos, k);
        return m.seq(s, idx + 1, pos, k) || one_more();
    }
};

struct AcceptCont : Cont {
    bool run(int64_t) const override { return true; }
};

struct EndAtCont : Cont {
    int64_t want;
    explicit EndAtCont(int64_t w) : want(w) {}
    bool run(int64_t pos) const override { return pos == want; }
};

struct FinalCont : Cont {
    Matcher& m;
    explicit FinalCont(Matcher& m_) : m(m_) {}
    bool run(int64_t pos) const override {
        if (m.match_all && pos != m.n) return false;
        if (m.must_advance && pos == m.search_start) return false;
        m.end_pos = pos;
        return true;
    }
};

/// A lookaround (kept out of `seq` so its frame stays small: `seq` recurses once per repeat).
[[gnu::noinline]] inline bool Matcher::look(const Node& nd, const Seq& s, size_t idx, int64_t pos, const Cont& k) {
                std::vector<int64_t> saved = caps;
                bool ok;
                if (nd.behind) {
                    if (pos < nd.width) ok = false;
                    else {
                        EndAtCont ec(pos);
                        ok = seq(nd.kids[0], 0, pos - nd.width, ec);
                    }
                } else {
                    AcceptCont ac;
                    ok = seq(nd.kids[0], 0, pos, ac);
                }
                if (nd.neg) {
                    caps = saved;
                    if (ok) return false;
                    return seq(s, idx + 1, pos, k);
                }
                if (!ok) {
                    caps = saved;
                    return false;
                }
                if (seq(s, idx + 1, pos, k)) return true;
                caps = saved;
                return false;
            }

#if PYPORT_LIB_BODIES
PYPORT_LIBFN bool Matcher::seq(const Seq& s, size_t idx, int64_t pos, const Cont& k) {
    for (; idx < s.size(); ++idx) {
        const Node& nd = s[idx];
        switch (nd.op) {
            case LIT: case ANY: case ANY_ALL: case CLASS:
                if (pos >= n || !single_match(nd, t[pos])) return false;
                ++pos;
                continue;
            case AT_BEG:
                if (pos != 0) return false;
                continue;
            case AT_BEG_LINE:
                if (pos != 0 && t[pos - 1] != '\n') return false;
                continue;
            case AT_END:
                if (!(pos == n || (pos + 1 == n && t[pos] == '\n'))) return false;
                continue;
            case AT_END_LINE:
                if (!(pos == n || t[pos] == '\n')) return false;
                continue;
            case AT_END_STR:
                if (pos != n) return false;
                continue;
            case AT_BOUND:
                if (n == 0 || word_at(pos - 1) == word_at(pos)) return false;
                continue;
            case AT_NOT_BOUND:
                if (n == 0 || word_at(pos - 1) != word_at(pos)) return false;
                continue;
            case BACKREF: {
                int64_t gs = caps[2 * nd.group], ge = caps[2 * nd.group + 1];
                if (gs < 0 || ge < 0) return false;
                int64_t len = ge - gs;
                if (pos + len > n) return false;
                for (int64_t j = 0; j < len; ++j) {
                    uint32_t a = t[gs + j], b = t[pos + j];
                    if (nd.icase ? lower(a) != lower(b) : a != b) return false;
                }
                pos += len;
                continue;
            }
            case GROUP: {
                GroupCont gc(*this, s, idx + 1, k, nd.group, pos);
                return seq(nd.kids[0], 0, pos, gc);
            }
            case NCGROUP: {
                SeqCont sc(*this, s, idx + 1, k);
                return seq(nd.kids[0], 0, pos, sc);
            }
            case ALT: {
                SeqCont sc(*this, s, idx + 1, k);
                for (auto& b : nd.kids)
                    if (seq(b, 0, pos, sc)) return true;
                return false;
            }
            case LOOK:
                return look(nd, s, idx, pos, k);
            case REPEAT: {
                const Seq& body = nd.kids[0];
                if (body.size() == 1 && body[0].single()) {
                    const Node& b = body[0];
                    int64_t mx = nd.max == kInf ? n - pos : std::min<int64_t>(nd.max, n - pos);
                    if (nd.min > mx) return false;
                    if (!nd.lazy) {
                        int64_t c = 0;
                        while (c < mx && single_match(b, t[pos + c])) ++c;
                        if (c < nd.min) return false;
                        for (;; --c) {
                            if (seq(s, idx + 1, pos + c, k)) return true;
                            if (c == nd.min) return false;
                        }
                    }
                    int64_t c = 0;
                    while (c < nd.min) {
                        if (!single_match(b, t[pos + c])) return false;
                        ++c;
                    }
                    for (;;) {
                        if (seq(s, idx + 1, pos + c, k)) return true;
                        if (c >= mx || !single_match(b, t[pos + c])) return false;
                        ++c;
                    }
                }
                RepState rep;
                UntilCont uc(*this, nd, rep, s, idx, k);
                return uc.run(pos);
            }
        }
    }
    return k.run(pos);
}
#endif

}  // namespace re_detail

/// A compiled pattern (shared, immutable).
struct RegexData {
    std::string pattern;
    int flags = 0;
    int groups = 0;
    std::vector<std::pair<std::string, int>> names;
    re_detail::Seq prog;
    // first-character filter: when the pattern must start with this exact code point
    bool has_first = false;
    uint32_t first = 0;
};

struct Regex {
    Shared<const RegexData> d;
    int64_t groups_count() const { return d->groups; }
    bool py_eq(const Regex& o) const { return d->pattern == o.d->pattern && d->flags == o.d->flags; }
};

#if PYPORT_LIB_BODIES
PYPORT_LIBFN Regex re_compile(std::string_view pattern, int64_t flags = 0) {
    auto d = py::make_shared<RegexData>();
    d->pattern = std::string(pattern);
    if (flags & 4) re_detail::unsupported("the flag re.LOCALE");
    if (flags & 256) re_detail::unsupported("the flag re.ASCII");
    re_detail::Parser ps(pattern, static_cast<int>(flags));
    ps.global_flags();
    d->prog = ps.parse_alt();
    if (!ps.eof()) {
        if (ps.peek() == ')') re_detail::bad("unbalanced parenthesis", ps.i);
        re_detail::bad("unexpected character", ps.i);
    }
    d->flags = ps.flags | re_detail::kFlagU;
    d->groups = ps.ngroups;
    d->names = ps.names;
    if (!d->prog.empty() && d->prog[0].op == re_detail::LIT && !d->prog[0].icase) {
        d->has_first = true;
        d->first = d->prog[0].c;
    }
    return Regex{std::move(d)};
}
#else
Regex re_compile(std::string_view pattern, int64_t flags = 0);
#endif

/// The subject of a match: the str, its code points and (for non-ASCII text) their byte offsets.
struct ReSubject {
    Str s;
    std::vector<uint32_t> cps;
    std::vector<uint32_t> boff;  // empty when s is ASCII
    explicit ReSubject(const Str& str) : s(str) {
        cps.reserve(s.size());
        bool ascii = true;
        for (size_t off = 0; off < s.size();) {
            size_t b = off;
            uint32_t c = detail::next_cp(s, off);
            if (c >= 128 && ascii) {
                ascii = false;
                boff.reserve(s.size() + 1);
                for (size_t j = 0; j < cps.size(); ++j) boff.push_back(static_cast<uint32_t>(j));
            }
            if (!ascii) boff.push_back(static_cast<uint32_t>(b));
            cps.push_back(c);
        }
        if (!ascii) boff.push_back(static_cast<uint32_t>(s.size()));
    }
    size_t byte(int64_t i) const { return boff.empty() ? static_cast<size_t>(i) : boff[static_cast<size_t>(i)]; }
    Str slice(int64_t a, int64_t b) const {
        size_t x = byte(a), y = byte(b);
        return Str(s.data() + x, y - x);
    }
    int64_t size() const { return static_cast<int64_t>(cps.size()); }
};

/// `re.Match`.
struct Match {
    Shared<const ReSubject> subj;
    Shared<const RegexData> re;
    std::vector<int64_t> caps;

    int index_of(int64_t g) const {
        if (g < 0 || g > re->groups) raise<IndexError>("no such group");
        return static_cast<int>(g);
    }
    int index_of(std::string_view name) const {
        for (auto& nm : re->names)
            if (nm.first == name) return nm.second;
        raise<IndexError>("no such group");
    }
    bool has(int g) const { return caps[2 * g] >= 0 && caps[2 * g + 1] >= 0; }
    Str str_of(int g) const { return has(g) ? subj->slice(caps[2 * g], caps[2 * g + 1]) : Str(); }
    std::optional<Str> opt_of(int g) const {
        if (!has(g)) return std::nullopt;
        return subj->slice(caps[2 * g], caps[2 * g + 1]);
    }
    /// `m.group(g)` of a group that always takes part in a match.
    template <class G>
    Str group(const G& g) const {
        int i = index_key(g);
        if (!has(i)) throw PyportLimit("pyport: a group that did not take part in the match read as a str");
        return str_of(i);
    }
    template <class G>
    std::optional<Str> group_opt(const G& g) const { return opt_of(index_key(g)); }
    Str group() const { return str_of(0); }
    template <class G>
    int index_key(const G& g) const {
        if constexpr (std::is_convertible_v<const G&, std::string_view>) return index_of(std::string_view(g));
        else return index_of(static_cast<int64_t>(g));
    }
    template <class G>
    int64_t start(const G& g) const { return caps[2 * index_key(g)]; }
    template <class G>
    int64_t end(const G& g) const { return caps[2 * index_key(g) + 1]; }
    int64_t start() const { return caps[0]; }
    int64_t end() const { return caps[1]; }
    template <class I, class G>
    std::tuple<I, I> span(const G& g) const {
        int i = index_key(g);
        return {I(caps[2 * i]), I(caps[2 * i + 1])};
    }
    void py_repr(std::string& out) const {
        out += "<re.Match object; span=(";
        out += std::to_string(caps[0]);
        out += ", ";
        out += std::to_string(caps[1]);
        out += "), match=";
        out += py::repr(str_of(0));
        out += ">";
    }
};

namespace re_detail {

/// Run the pattern at `start` (anchored) or searching forward from it.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN bool run(const RegexData& re, const ReSubject& subj, int64_t start, bool search, bool match_all, bool must_advance,
                std::vector<int64_t>& caps_out) {
    Matcher m;
    m.t = subj.cps.data();
    m.n = subj.size();
    m.match_all = match_all;
    FinalCont fin(m);
    for (int64_t pos = start; pos <= m.n; ++pos) {
        if (search && re.has_first) {
            while (pos < m.n && m.t[pos] != re.first) ++pos;
            if (pos >= m.n) return false;
        }
        m.caps.assign(2 * (re.groups + 1), -1);
        m.search_start = start;
        m.must_advance = must_advance && pos == start;
        if (m.seq(re.prog, 0, pos, fin)) {
            m.caps[0] = pos;
            m.caps[1] = m.end_pos;
            caps_out = std::move(m.caps);
            return true;
        }
        if (!search) return false;
    }
    return false;
}
#else
bool run(const RegexData& re, const ReSubject& subj, int64_t start, bool search, bool match_all, bool must_advance,
                std::vector<int64_t>& caps_out);
#endif

template <class F>
inline void each_match(const Regex& r, const Shared<const ReSubject>& subj, int64_t limit, F&& f) {
    int64_t pos = 0, count = 0;
    bool must_advance = false;
    std::vector<int64_t> caps;
    while (limit <= 0 || count < limit) {
        if (pos > subj->size()) break;
        if (!run(*r.d, *subj, pos, true, false, must_advance, caps)) break;
        Match m{subj, r.d, caps};
        f(m);
        ++count;
        must_advance = caps[1] == caps[0];
        pos = caps[1];
    }
}

}  // namespace re_detail

inline std::optional<Match> re_exec(const Regex& r, const Str& s, bool search, bool all) {
    auto subj = py::make_shared<const ReSubject>(s);
    std::vector<int64_t> caps;
    if (!re_detail::run(*r.d, *subj, 0, search, all, false, caps)) return std::nullopt;
    return Match{std::move(subj), r.d, std::move(caps)};
}
inline std::optional<Match> re_match(const Regex& r, const Str& s) { return re_exec(r, s, false, false); }
inline std::optional<Match> re_search(const Regex& r, const Str& s) { return re_exec(r, s, true, false); }
inline std::optional<Match> re_fullmatch(const Regex& r, const Str& s) { return re_exec(r, s, false, true); }

/// `findall` of a pattern with 0 or 1 groups.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN List<Str> re_findall_str(const Regex& r, const Str& s) {
    if (r.d->groups > 1) throw PyportLimit("pyport: findall of a pattern with several groups needs a pattern known when compiling");
    auto subj = py::make_shared<const ReSubject>(s);
    List<Str> out;
    int g = r.d->groups == 1 ? 1 : 0;
    re_detail::each_match(r, subj, 0, [&](const Match& m) { out.append(m.str_of(g)); });
    return out;
}
#else
List<Str> re_findall_str(const Regex& r, const Str& s);
#endif

template <size_t N, size_t... I>
inline auto re_groups_tuple(const Match& m, std::index_sequence<I...>) {
    return std::make_tuple(m.str_of(static_cast<int>(I) + 1)...);
}

/// `findall` of a pattern with N >= 2 groups: a tuple of every group ('' when it did not match).
template <size_t N>
inline auto re_findall_tuple(const Regex& r, const Str& s) {
    using T = decltype(re_groups_tuple<N>(std::declval<const Match&>(), std::make_index_sequence<N>{}));
    if (r.d->groups != static_cast<int>(N)) throw PyportLimit("pyport: findall group count changed");
    auto subj = py::make_shared<const ReSubject>(s);
    List<T> out;
    re_detail::each_match(r, subj, 0, [&](const Match& m) { out.append(re_groups_tuple<N>(m, std::make_index_sequence<N>{})); });
    return out;
}

inline List<Match> re_finditer(const Regex& r, const Str& s) {
    auto subj = py::make_shared<const ReSubject>(s);
    List<Match> out;
    re_detail::each_match(r, subj, 0, [&](const Match& m) { out.append(m); });
    return out;
}

/// `m.groups()` with every group always taking part / possibly missing.
template <size_t N>
inline auto re_groups(const Match& m) { return re_groups_tuple<N>(m, std::make_index_sequence<N>{}); }

namespace re_detail {
/// A parsed `sub` template: literal pieces and group numbers (-1: literal).
struct Template {
    std::vector<std::pair<int, std::string>> parts;
};

#if PYPORT_LIB_BODIES
PYPORT_LIBFN Template parse_template(std::string_view repl, const RegexData& re) {
    Template t;
    std::string lit;
    std::vector<uint32_t> p;
    for (size_t off = 0; off < repl.size();) p.push_back(detail::next_cp(repl, off));
    auto flush = [&] {
        if (!lit.empty()) t.parts.push_back({-1, std::move(lit)});
        lit.clear();
    };
    auto badt = [&](const std::string& msg, size_t pos) { bad(msg, pos); };
    for (size_t i = 0; i < p.size(); ++i) {
        uint32_t c = p[i];
        if (c != '\\') {
            detail::encode_cp(lit, c);
            continue;
        }
        size_t at = i;
        if (++i >= p.size()) badt("bad escape (end of pattern)", at);
        uint32_t e = p[i];
        int g = -1;
        if (e == 'g') {
            if (i + 1 >= p.size() || p[i + 1] != '<') badt("missing <", i + 1);
            size_t j = i + 2;
            std::string name;
            while (j < p.size() && p[j] != '>') detail::encode_cp(name, p[j++]);
            if (j >= p.size()) badt("missing group name", i + 2);
            if (name.empty()) badt("missing group name", i + 2);
            bool digits = true;
            for (char ch : name)
                if (ch < '0' || ch > '9') digits = false;
            if (digits) {
                g = std::stoi(name.size() > 9 ? std::string("999999999") : name);
                if (g > re.groups) badt("invalid group reference " + name, i + 2);
            } else {
                bool found = false;
                for (auto& nm : re.names)
                    if (nm.first == name) g = nm.second, found = true;
                if (!found) throw IndexError("unknown group name '" + name + "'");
            }
            i = j;
        } else if (e == '0') {
            uint32_t v = 0;
            for (int k = 0; k < 2 && i + 1 < p.size() && p[i + 1] >= '0' && p[i + 1] <= '7'; ++k) v = v * 8 + (p[++i] - '0');
            detail::encode_cp(lit, v);
            continue;
        } else if (e >= '1' && e <= '9') {
            g = int(e - '0');
            if (i + 1 < p.size() && p[i + 1] >= '0' && p[i + 1] <= '9') {
                if (e <= '7' && p[i + 1] <= '7' && i + 2 < p.size() && p[i + 2] >= '0' && p[i + 2] <= '7') {
                    uint32_t v = (e - '0') * 64 + (p[i + 1] - '0') * 8 + (p[i + 2] - '0');
                    if (v > 0377) badt("octal escape value out of range", at);
                    detail::encode_cp(lit, v);
                    i += 2;
                    continue;
                }
                g = g * 10 + int(p[++i] - '0');
            }
            if (g > re.groups) badt("invalid group reference " + std::to_string(g), at + 1);
        } else {
            uint32_t v;
            switch (e) {
                case 'a': v = 7; break;
                case 'b': v = 8; break;
                case 'f': v = 12; break;
                case 'n': v = 10; break;
                case 'r': v = 13; break;
                case 't': v = 9; break;
                case 'v': v = 11; break;
                case '\\': v = '\\'; break;
                default:
                    if (e < 128 && ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z'))) badt(std::string("bad escape \\") + char(e), at);
                    lit += '\\';
                    v = e;
            }
            detail::encode_cp(lit, v);
            continue;
        }
        flush();
        t.parts.push_back({g, std::string()});
    }
    flush();
    return t;
}
#else
Template parse_template(std::string_view repl, const RegexData& re);
#endif

template <class F>
inline std::pair<Str, int64_t> subx(const Regex& r, const Str& s, int64_t count, F&& piece) {
    auto subj = py::make_shared<const ReSubject>(s);
    Str out;
    int64_t last = 0, n = 0;
    each_match(r, subj, count, [&](const Match& m) {
        out += subj->slice(last, m.caps[0]);
        piece(out, m);
        last = m.caps[1];
        ++n;
    });
    out += subj->slice(last, subj->size());
    return {std::move(out), n};
}
}  // namespace re_detail

#if PYPORT_LIB_BODIES
PYPORT_LIBFN std::pair<Str, int64_t> re_sub_pair(const Regex& r, std::string_view repl, const Str& s, int64_t count) {
    if (count < 0) count = -1;
    bool plain = repl.find('\\') == std::string_view::npos;
    re_detail::Template t;
    if (!plain) t = re_detail::parse_template(repl, *r.d);
    if (count < 0) return {s, 0};
    return re_detail::subx(r, s, count, [&](Str& out, const Match& m) {
        if (plain) {
            out += repl;
            return;
        }
        for (auto& part : t.parts) {
            if (part.first < 0) out += part.second;
            else if (m.has(part.first)) out += m.str_of(part.first);
        }
    });
}
#else
std::pair<Str, int64_t> re_sub_pair(const Regex& r, std::string_view repl, const Str& s, int64_t count);
#endif

template <class F>
inline std::pair<Str, int64_t> re_sub_fn_pair(const Regex& r, F&& f, const Str& s, int64_t count) {
    if (count < 0) return {s, 0};
    return re_detail::subx(r, s, count, [&](Str& out, const Match& m) { out += f(m); });
}

inline Str re_sub(const Regex& r, std::string_view repl, const Str& s, int64_t count = 0) { return re_sub_pair(r, repl, s, count).first; }
template <class F>
inline Str re_sub_fn(const Regex& r, F&& f, const Str& s, int64_t count = 0) { return re_sub_fn_pair(r, std::forward<F>(f), s, count).first; }
template <class I>
inline std::tuple<Str, I> re_subn(const Regex& r, std::string_view repl, const Str& s, int64_t count = 0) {
    auto p = re_sub_pair(r, repl, s, count);
    return {std::move(p.first), I(p.second)};
}
template <class I, class F>
inline std::tuple<Str, I> re_subn_fn(const Regex& r, F&& f, const Str& s, int64_t count = 0) {
    auto p = re_sub_fn_pair(r, std::forward<F>(f), s, count);
    return {std::move(p.first), I(p.second)};
}

/// `re.split`: element type Str (groups always take part) or std::optional<Str>.
template <class E>
inline List<E> re_split(const Regex& r, const Str& s, int64_t maxsplit = 0) {
    List<E> out;
    if (maxsplit < 0) {
        out.append(E(s));
        return out;
    }
    auto subj = py::make_shared<const ReSubject>(s);
    int64_t last = 0;
    re_detail::each_match(r, subj, maxsplit, [&](const Match& m) {
        out.append(E(subj->slice(last, m.caps[0])));
        for (int g = 1; g <= r.d->groups; ++g) {
            if constexpr (is_optional_v<E>) out.append(m.opt_of(g));
            else {
                if (!m.has(g)) throw PyportLimit("pyport: a split group that did not take part in the match");
                out.append(m.str_of(g));
            }
        }
        last = m.caps[1];
    });
    out.append(E(subj->slice(last, subj->size())));
    return out;
}

/// `re.escape(s)`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Str re_escape(std::string_view s) {
    static const std::string special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    Str out;
    for (char ch : s) {
        if (special.find(ch) != std::string::npos) out += '\\';
        out += ch;
    }
    return out;
}
#else
Str re_escape(std::string_view s);
#endif

}  // namespace py

namespace py {

/// `re.compile(p, flags)` of a pattern known only at run time: like CPython, compiled patterns
/// are cached (by pattern and flags).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Regex re_compile_cached(std::string_view pattern, int64_t flags) {
    static std::map<std::pair<std::string, int64_t>, Regex> cache;
    auto key = std::make_pair(std::string(pattern), flags);
    auto it = cache.find(key);
    if (it != cache.end()) return it->second;
    if (cache.size() >= 512) cache.clear();
    Regex r = re_compile(pattern, flags);
    cache.emplace(std::move(key), r);
    return r;
}
#else
Regex re_compile_cached(std::string_view pattern, int64_t flags);
#endif

/// A method of a match result that may be None: CPython's AttributeError for None.
inline const Match& re_some(const std::optional<Match>& m, const char* attr) {
    if (!m) raise<AttributeError>(std::string("'NoneType' object has no attribute '") + attr + "'");
    return *m;
}
inline const Match& re_some_subscript(const std::optional<Match>& m) {
    if (!m) raise<TypeError>("'NoneType' object is not subscriptable");
    return *m;
}

namespace re_detail {
template <class E>
inline E group_as(const Match& m, int g) {
    if constexpr (is_optional_v<E>) return m.opt_of(g);
    else return m.group(static_cast<int64_t>(g));
}
template <class T, size_t... I>
inline T groups_as(const Match& m, std::index_sequence<I...>) {
    return T(group_as<std::tuple_element_t<I, T>>(m, static_cast<int>(I) + 1)...);
}
}  // namespace re_detail

/// `m.groups()` as the tuple type inference gave it (an optional element for a group that may not take part).
template <class T>
inline T re_groups_as(const Match& m) {
    return re_detail::groups_as<T>(m, std::make_index_sequence<std::tuple_size_v<T>>{});
}

/// `m.groupdict()`.
template <class V>
inline Dict<Str, V> re_groupdict(const Match& m) {
    Dict<Str, V> d;
    for (auto& nm : m.re->names) d.set(Str(nm.first), re_detail::group_as<V>(m, nm.second));
    return d;
}

}  // namespace py
