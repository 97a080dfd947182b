//! Python's str methods, `%` formatting and `str.format`, byte-for-byte as CPython 3.11.
//!
//! Every function is a free function in namespace py taking the receiver as `std::string_view`
//! (UTF-8; indices and lengths count code points, like Python). Errors are CPython's.
//!
//!   List<Str> str_split(s)                          s.split()  (Unicode whitespace, like CPython)
//!   List<Str> str_split_ws(s, maxsplit)             s.split(None, maxsplit)
//!   List<Str> str_split(s, sep[, maxsplit])         s.split(sep[, maxsplit])   ValueError "empty separator"
//!   List<Str> str_rsplit(s) / str_rsplit_ws(s, maxsplit) / str_rsplit(s, sep[, maxsplit])
//!   List<Str> str_splitlines(s, keepends = false)
//!   Str  str_join(sep, const List<Str>&) / str_join(sep, iterable)   (any range or cursor of strings)
//!        / str_join(sep, s) for a str s (its code points)
//!   Str  str_strip/str_lstrip/str_rstrip(s[, chars])
//!   Str  str_replace(s, old, new_[, count])
//!   int64_t str_find/str_rfind/str_index/str_rindex/str_count(s, sub[, start[, end]])
//!        (start/end: std::optional<int64_t> or int64_t; nullopt = None)  ValueError "substring not found"
//!   bool str_startswith/str_endswith(s, prefix[, start[, end]]); prefix may also be a
//!        std::initializer_list<std::string_view> or a const std::vector<Str>& (a tuple of prefixes)
//!   Str  str_upper/str_lower/str_capitalize/str_title/str_swapcase/str_casefold(s)
//!   bool str_isdigit/isalpha/isalnum/isspace/isupper/islower/isdecimal/isnumeric/istitle/
//!        isidentifier/isascii/isprintable(s)        (str_ prefix on each)
//!   Str  str_center/str_ljust/str_rjust(s, width[, fillchar]), str_zfill(s, width)
//!   std::tuple<Str, Str, Str> str_partition/str_rpartition(s, sep)
//!   Str  str_expandtabs(s, tabsize = 8), str_removeprefix(s, p), str_removesuffix(s, p)
//!   StrIter str_iter(s)      range-for over the code points of s, each as a one-character Str
//!   List<Str> str_chars(s)   list(s)
//!   Str  percent_format(fmt, args...)     fmt % (args...) and fmt % x (a std::tuple argument is unpacked)
//!   Str  str_format(fmt, args...)         fmt.format(args...)
//!   Str  str_format_kw(fmt, {"name", ...}, args...)   fmt.format(positional..., name=value...):
//!        the last N args are the values of the N named keywords
//!   Str  str_ascii(s)        ascii() of a str (repr with non-ASCII escaped)
//!   int64_t str_int(s[, base]) / double str_float(s)   int(s) / float(s) (numfmt.hpp's parsers;
//!        int() beyond 64 bits stops with pyport's LimitError until big ints land)
//!   int64_t str_ord(c) / Str str_chr(i)   ord() / chr() (aliases of py::ord / py::chr in str.hpp)
//!
//! Arguments of percent_format/str_format may be any runtime value (int, float, bool, Num, str,
//! None, std::optional, lists, tuples, classes with py_str/py_repr/py_format). Not supported:
//! `%(name)s` (raises CPython's TypeError "format requires a mapping", right for non-dict
//! operands) and `{0[1]}` / `{0.attr}` fields (pyport LimitError naming the field).
//!
//! Unicode data (character properties, full case mappings) comes from unicode_case.hpp, generated
//! from python3 itself by runtime_tests/strings_gen_unicode.py.
#pragma once
#include "prebuilt.hpp"
#include <variant>
#include <array>
#include <cmath>
#include <vector>

#include "iter.hpp"
#include "text.hpp"
#include "unicode_case.hpp"

namespace py {

// =============================================================================== unicode data
namespace detail {

/// Direct lookup of the property flags, built from kCharRuns on first use: one entry per page
/// of 128 code points, either the page's flags (tagged uniform: every code point alike) or
/// the offset of its 128 flags in `mixed`. About 1/4 MB; the generated header stays runs.
struct FlagPages {
    static constexpr size_t kPages = 0x110000 >> 7;
    static constexpr uint32_t kUniform = 0x80000000u;
    uint32_t page[kPages];
    std::vector<uint16_t> mixed;
    FlagPages() {
        size_t r = 0;
        for (size_t p = 0; p < kPages; ++p) {
            const uint32_t lo = static_cast<uint32_t>(p << 7), hi = lo + 127;
            while (r + 1 < kCharRunCount && kCharRuns[r + 1].first <= lo) ++r;
            if (r + 1 >= kCharRunCount || kCharRuns[r + 1].first > hi) {
                page[p] = kUniform | kCharRuns[r].flags;
                continue;
            }
            page[p] = static_cast<uint32_t>(mixed.size());
            size_t q = r;
            for (uint32_t c = lo; c <= hi; ++c) {
                while (q + 1 < kCharRunCount && kCharRuns[q + 1].first <= c) ++q;
                mixed.push_back(kCharRuns[q].flags);
            }
        }
    }
};

/// Property flags (kU_*) of code point c.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN uint16_t uflags_nonascii(uint32_t c) {
    static const FlagPages pages;
    if (c >= 0x110000) [[unlikely]]
        return 0;
    uint32_t e = pages.page[c >> 7];
    if (e & FlagPages::kUniform) return static_cast<uint16_t>(e);
    return pages.mixed[e + (c & 127)];
}
#else
uint16_t uflags_nonascii(uint32_t c);
#endif

struct AsciiFlags {
    uint16_t f[128];
    constexpr AsciiFlags() : f{} {
        // The ASCII part of kCharRuns, expanded once at compile time.
        size_t r = 0;
        for (uint32_t c = 0; c < 128; ++c) {
            while (r + 1 < kCharRunCount && kCharRuns[r + 1].first <= c) ++r;
            f[c] = kCharRuns[r].flags;
        }
    }
};
inline constexpr AsciiFlags kAsciiFlags{};

inline uint16_t uflags(uint32_t c) { return c < 128 ? kAsciiFlags.f[c] : uflags_nonascii(c); }

inline bool u_space(uint32_t c) { return (uflags(c) & kU_SPACE) != 0; }

/// One-to-one case mapping from a run table (identity when c is not in it).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN uint32_t case_run_map(const CaseRun* t, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid].hi < c) lo = mid + 1;
        else hi = mid;
    }
    if (lo < n && t[lo].lo <= c && (c - t[lo].lo) % t[lo].step == 0)
        return static_cast<uint32_t>(static_cast<int64_t>(c) + t[lo].delta);
    return c;
}
#else
uint32_t case_run_map(const CaseRun* t, size_t n, uint32_t c);
#endif

enum CaseKind : uint8_t { kCaseUpper = 0, kCaseLower = 1, kCaseTitle = 2, kCaseFold = 3 };

#if PYPORT_LIB_BODIES
PYPORT_LIBFN const char* special_case(uint32_t c, uint8_t kind) {
    size_t lo = 0, hi = kSpecialCaseCount;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const auto& e = kSpecialCase[mid];
        if (e.cp < c || (e.cp == c && e.kind < kind)) lo = mid + 1;
        else hi = mid;
    }
    if (lo < kSpecialCaseCount && kSpecialCase[lo].cp == c && kSpecialCase[lo].kind == kind)
        return kSpecialCase[lo].utf8;
    return nullptr;
}

/// Append the full case mapping of kind `kind` of c (bytes p[0:len] are c's own encoding).
PYPORT_LIBFN void append_case(std::string& out, uint32_t c, const char* p, size_t len, uint8_t kind) {
    if (c < 128) {
        char ch = static_cast<char>(c);
        if (kind == kCaseUpper || kind == kCaseTitle) {
            if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
        } else if (ch >= 'A' && ch <= 'Z') {
            ch = static_cast<char>(ch + 32);
        }
        out.push_back(ch);
        return;
    }
    if (!(uflags(c) & kU_CASED)) {  // strings_gen_unicode.py checks: only cased code points map
        out.append(p, len);
        return;
    }
    if (const char* sp = special_case(c, kind)) {
        out += sp;
        return;
    }
    const CaseRun* t = kind == kCaseUpper ? kUpper : kind == kCaseLower ? kLower : kind == kCaseTitle ? kTitle : kFold;
    size_t n = kind == kCaseUpper ? kUpperCount
               : kind == kCaseLower ? kLowerCount
               : kind == kCaseTitle ? kTitleCount
                                    : kFoldCount;
    uint32_t m = case_run_map(t, n, c);
    if (m == c) out.append(p, len);  // unchanged: keep the original bytes (also malformed ones)
    else encode_cp(out, m);
}
#else
const char* special_case(uint32_t c, uint8_t kind);
void append_case(std::string& out, uint32_t c, const char* p, size_t len, uint8_t kind);
#endif

/// A decoded code point and where its bytes are.
struct CpAt {
    uint32_t cp;
    uint32_t off, len;
};

#if PYPORT_LIB_BODIES
PYPORT_LIBFN std::vector<CpAt> decode_all(std::string_view s) {
    std::vector<CpAt> v;
    v.reserve(s.size());
    for (size_t off = 0; off < s.size();) {
        size_t len = cp_bytes(s.data(), s.size(), off);
        v.push_back({decode_cp(s.data() + off, len), static_cast<uint32_t>(off), static_cast<uint32_t>(len)});
        off += len;
    }
    return v;
}

/// Decode the code point at s[off], advancing off.
PYPORT_LIBFN uint32_t next_cp(std::string_view s, size_t& off) {
    auto b = static_cast<unsigned char>(s[off]);
    if (b < 0x80) {
        ++off;
        return b;
    }
    size_t len = cp_bytes(s.data(), s.size(), off);
    uint32_t c = decode_cp(s.data() + off, len);
    off += len;
    return c;
}
#else
std::vector<CpAt> decode_all(std::string_view s);
uint32_t next_cp(std::string_view s, size_t& off);
#endif

/// Decode the code point ending at s[end-1]; returns its start through `start`.
inline uint32_t prev_cp(std::string_view s, size_t end, size_t& start) {
    size_t b = end - 1;
    while (b > 0 && is_cont(static_cast<unsigned char>(s[b]))) --b;
    start = b;
    return decode_cp(s.data() + b, end - b);
}

/// CPython's final-sigma rule for U+03A3 at index i of cps.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN bool final_sigma(const std::vector<CpAt>& cps, size_t i) {
    size_t j = i;
    uint32_t c = 0;
    bool found = false;
    while (j > 0) {
        c = cps[--j].cp;
        if (!(uflags(c) & kU_CASE_IGNORABLE)) {
            found = true;
            break;
        }
    }
    if (!found || !(uflags(c) & kU_CASED)) return false;
    for (j = i + 1; j < cps.size(); ++j) {
        c = cps[j].cp;
        if (!(uflags(c) & kU_CASE_IGNORABLE)) return !(uflags(c) & kU_CASED);
    }
    return true;
}

/// lower_ucs4: lowercase with the final-sigma rule.
PYPORT_LIBFN void append_lower_at(std::string& out, std::string_view s, const std::vector<CpAt>& cps, size_t i) {
    const CpAt& a = cps[i];
    if (a.cp == 0x3A3) {
        out += final_sigma(cps, i) ? "\xcf\x82" : "\xcf\x83";  // ς or σ
        return;
    }
    append_case(out, a.cp, s.data() + a.off, a.len, kCaseLower);
}
#else
bool final_sigma(const std::vector<CpAt>& cps, size_t i);
void append_lower_at(std::string& out, std::string_view s, const std::vector<CpAt>& cps, size_t i);
#endif

/// Code-point index -> byte offset, with Python's slice clamping of start/end.
struct CpWindow {
    int64_t start, end;      // clamped code-point indices (start may exceed end)
    size_t bstart, bend;     // byte offsets of start/end (valid when start <= end)
    int64_t ncp;             // len(s)
};

#if PYPORT_LIB_BODIES
PYPORT_LIBFN void adjust_indices(int64_t& start, int64_t& end, int64_t len) {
    if (end > len) end = len;
    else if (end < 0) {
        end += len;
        if (end < 0) end = 0;
    }
    if (start < 0) {
        start += len;
        if (start < 0) start = 0;
    }
}

PYPORT_LIBFN CpWindow cp_window(std::string_view s, const std::optional<int64_t>& ostart, const std::optional<int64_t>& oend) {
    bool ascii = all_ascii(s.data(), s.size());
    int64_t ncp = ascii ? static_cast<int64_t>(s.size()) : count_code_points(s.data(), s.size());
    int64_t start = ostart ? *ostart : 0, end = oend ? *oend : INT64_MAX;
    adjust_indices(start, end, ncp);
    CpWindow w{start, end, 0, 0, ncp};
    if (start > end || start > ncp) return w;
    if (ascii) {
        w.bstart = static_cast<size_t>(start);
        w.bend = static_cast<size_t>(end);
        return w;
    }
    size_t off = 0;
    int64_t k = 0;
    while (k < start) off += cp_bytes(s.data(), s.size(), off), ++k;
    w.bstart = off;
    while (k < end) off += cp_bytes(s.data(), s.size(), off), ++k;
    w.bend = off;
    return w;
}
#else
void adjust_indices(int64_t& start, int64_t& end, int64_t len);
CpWindow cp_window(std::string_view s, const std::optional<int64_t>& ostart, const std::optional<int64_t>& oend);
#endif

[[noreturn, PYPORT_COLD]] inline void empty_separator() { raise_lit<ValueError>("empty separator"); }
[[noreturn, PYPORT_COLD]] inline void substring_not_found() { raise_lit<ValueError>("substring not found"); }

/// A result of `n` code points of up to `unit` bytes each: MemoryError (as CPython) when it
/// cannot be allocated, instead of std::length_error.
inline void check_result_size(int64_t n, size_t unit) {
    size_t total;
    if (n < 0 || __builtin_mul_overflow(static_cast<uint64_t>(n), unit, &total) || total > (size_t{1} << 62))
        throw std::bad_alloc();
}

inline bool is_linebreak(uint32_t c) {
    return c == '\n' || c == '\r' || (c >= 0x0B && c <= 0x0C) || (c >= 0x1C && c <= 0x1E) || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

/// The code points of a `chars` argument (strip family); ASCII ones in a bitmap.
struct CharSet {
    uint64_t ascii[2] = {0, 0};
    std::vector<uint32_t> other;
    explicit CharSet(std::string_view chars) {
        for (size_t off = 0; off < chars.size();) {
            uint32_t c = next_cp(chars, off);
            if (c < 128) ascii[c >> 6] |= uint64_t{1} << (c & 63);
            else other.push_back(c);
        }
    }
    bool has(uint32_t c) const {
        if (c < 128) return (ascii[c >> 6] >> (c & 63)) & 1;
        for (uint32_t o : other)
            if (o == c) return true;
        return false;
    }
};

}  // namespace detail

// ================================================================================ split / join

/// `s.split(None, maxsplit)` (maxsplit < 0: no limit).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN List<Str> str_split_ws(std::string_view s, int64_t maxsplit) {
    List<Str> out;
    auto& v = out.vec();
    v.reserve(12);  // as CPython's MAX_PREALLOC
    size_t i = 0, n = s.size();
    if (maxsplit < 0) maxsplit = INT64_MAX;
    // Is there whitespace at i? (its length in bytes goes to len)
    auto space_at = [&](size_t at, size_t& len) {
        auto b = static_cast<unsigned char>(s[at]);
        if (b < 0x80) {
            len = 1;
            return (detail::kAsciiFlags.f[b] & detail::kU_SPACE) != 0;
        }
        size_t j = at;
        bool sp = detail::u_space(detail::next_cp(s, j));
        len = j - at;
        return sp;
    };
    size_t len = 0;
    while (true) {
        while (i < n && space_at(i, len)) i += len;
        if (i >= n) break;
        if (maxsplit-- == 0) {
            // The rest, with trailing whitespace kept (CPython strips only the left side here).
            v.emplace_back(s.substr(i));
            break;
        }
        size_t b = i;
        while (i < n && !space_at(i, len)) i += len;
        v.emplace_back(s.substr(b, i - b));
    }
    return out;
}
#else
List<Str> str_split_ws(std::string_view s, int64_t maxsplit);
#endif

/// `s.split()`.
inline List<Str> str_split(std::string_view s) { return str_split_ws(s, -1); }

/// `s.split(sep, maxsplit)`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN List<Str> str_split(std::string_view s, std::string_view sep, int64_t maxsplit = -1) {
    if (sep.empty()) detail::empty_separator();
    List<Str> out;
    auto& v = out.vec();
    v.reserve(12);
    if (maxsplit < 0) maxsplit = INT64_MAX;
    size_t b = 0;
    while (maxsplit-- > 0) {
        size_t f = s.find(sep, b);
        if (f == std::string_view::npos) break;
        v.emplace_back(s.substr(b, f - b));
        b = f + sep.size();
    }
    v.emplace_back(s.substr(b));
    return out;
}

/// `s.rsplit(None, maxsplit)`.
PYPORT_LIBFN List<Str> str_rsplit_ws(std::string_view s, int64_t maxsplit) {
    List<Str> out;
    auto& v = out.vec();
    size_t e = s.size();
    if (maxsplit < 0) maxsplit = INT64_MAX;
    auto skip_space = [&] {
        while (e > 0) {
            size_t b;
            if (!detail::u_space(detail::prev_cp(s, e, b))) break;
            e = b;
        }
    };
    while (true) {
        skip_space();
        if (e == 0) break;
        if (maxsplit-- == 0) {
            v.emplace_back(s.substr(0, e));
            break;
        }
        size_t end = e;
        while (e > 0) {
            size_t b;
            if (detail::u_space(detail::prev_cp(s, e, b))) break;
            e = b;
        }
        v.emplace_back(s.substr(e, end - e));
    }
    std::reverse(v.begin(), v.end());
    return out;
}
#else
List<Str> str_split(std::string_view s, std::string_view sep, int64_t maxsplit = -1);
List<Str> str_rsplit_ws(std::string_view s, int64_t maxsplit);
#endif

/// `s.rsplit()`.
inline List<Str> str_rsplit(std::string_view s) { return str_rsplit_ws(s, -1); }

/// `s.rsplit(sep, maxsplit)`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN List<Str> str_rsplit(std::string_view s, std::string_view sep, int64_t maxsplit = -1) {
    if (sep.empty()) detail::empty_separator();
    List<Str> out;
    auto& v = out.vec();
    if (maxsplit < 0) maxsplit = INT64_MAX;
    size_t e = s.size();
    while (maxsplit-- > 0 && e >= sep.size()) {
        size_t f = s.substr(0, e).rfind(sep);
        if (f == std::string_view::npos) break;
        v.emplace_back(s.substr(f + sep.size(), e - f - sep.size()));
        e = f;
    }
    v.emplace_back(s.substr(0, e));
    std::reverse(v.begin(), v.end());
    return out;
}

/// `s.splitlines(keepends)`.
PYPORT_LIBFN List<Str> str_splitlines(std::string_view s, bool keepends = false) {
    List<Str> out;
    auto& v = out.vec();
    size_t i = 0, n = s.size();
    while (i < n) {
        size_t b = i;
        size_t brk = n, after = n;
        while (i < n) {
            size_t j = i;
            uint32_t c = detail::next_cp(s, j);
            if (detail::is_linebreak(c)) {
                brk = i;
                after = j;
                if (c == '\r' && j < n && s[j] == '\n') after = j + 1;
                break;
            }
            i = j;
        }
        v.emplace_back(s.substr(b, (keepends ? after : brk) - b));
        i = after;
    }
    return out;
}

/// `sep.join(xs)` for a list of str.
PYPORT_LIBFN Str str_join(std::string_view sep, const List<Str>& xs) {
    const auto& v = xs.vec();
    if (v.empty()) return Str();
    size_t total = sep.size() * (v.size() - 1);
    for (const auto& x : v) total += x.size();
    Str out;
    out.reserve(total);
    out += v[0];
    for (size_t i = 1; i < v.size(); ++i) {
        out += sep;
        out += v[i];
    }
    return out;
}

/// `sep.join(s)` for a str: its code points joined.
PYPORT_LIBFN Str str_join(std::string_view sep, std::string_view s) {
    Str out;
    out.reserve(s.size() + sep.size() * s.size());
    for (size_t off = 0; off < s.size();) {
        if (off) out += sep;
        size_t len = detail::cp_bytes(s.data(), s.size(), off);
        out.append(s.data() + off, len);
        off += len;
    }
    return out;
}
#else
List<Str> str_rsplit(std::string_view s, std::string_view sep, int64_t maxsplit = -1);
List<Str> str_splitlines(std::string_view s, bool keepends = false);
Str str_join(std::string_view sep, const List<Str>& xs);
Str str_join(std::string_view sep, std::string_view s);
#endif

/// `sep.join(iterable)` for any range (begin/end) of strings: vectors, cursors, generators.
template <class It>
    requires(!std::is_same_v<std::remove_cvref_t<It>, List<Str>> && !is_strlike_v<std::remove_cvref_t<It>> &&
             requires(It&& x) { std::begin(x); std::end(x); })
inline Str str_join(std::string_view sep, It&& xs) {
    Str out;
    bool first = true;
    size_t i = 0;
    for (auto&& x : xs) {
        if (!first) out += sep;
        first = false;
        if constexpr (requires { x.has_value(); }) {
            // Items that may be None (`list[str | None]`): CPython's TypeError for a None.
            if (!x.has_value()) [[unlikely]]
                raise<TypeError>("sequence item " + std::to_string(i) + ": expected str instance, NoneType found");
            out += std::string_view(*x);
        } else if constexpr (requires { x.py_is_union; }) {
            // Items of several types (`list[int | str]`): CPython's TypeError for a non-str.
            auto* s = std::get_if<Str>(&x.v);
            if (!s) [[unlikely]]
                raise<TypeError>("sequence item " + std::to_string(i) + ": expected str instance, " + type_name_of(x) + " found");
            out += std::string_view(*s);
        } else {
            out += std::string_view(x);
        }
        ++i;
    }
    return out;
}

// ================================================================================= strip

namespace detail {
template <class Pred>
inline std::string_view strip_impl(std::string_view s, bool left, bool right, Pred&& strip_it) {
    size_t b = 0, e = s.size();
    if (left) {
        while (b < e) {
            size_t j = b;
            if (!strip_it(next_cp(s, j))) break;
            b = j;
        }
    }
    if (right) {
        while (e > b) {
            size_t st;
            if (!strip_it(prev_cp(s, e, st))) break;
            e = st;
        }
    }
    return s.substr(b, e - b);
}
inline std::string_view strip_ws(std::string_view s, bool l, bool r) {
    return strip_impl(s, l, r, [](uint32_t c) { return u_space(c); });
}
inline std::string_view strip_chars(std::string_view s, std::string_view chars, bool l, bool r) {
    CharSet set(chars);
    return strip_impl(s, l, r, [&](uint32_t c) { return set.has(c); });
}
}  // namespace detail

inline Str str_strip(std::string_view s) { return Str(detail::strip_ws(s, true, true)); }
inline Str str_lstrip(std::string_view s) { return Str(detail::strip_ws(s, true, false)); }
inline Str str_rstrip(std::string_view s) { return Str(detail::strip_ws(s, false, true)); }
inline Str str_strip(std::string_view s, std::string_view chars) { return Str(detail::strip_chars(s, chars, true, true)); }
inline Str str_lstrip(std::string_view s, std::string_view chars) { return Str(detail::strip_chars(s, chars, true, false)); }
inline Str str_rstrip(std::string_view s, std::string_view chars) { return Str(detail::strip_chars(s, chars, false, true)); }

// =============================================================================== replace

/// `s.replace(old, new_, count)` (count < 0: all).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Str str_replace(std::string_view s, std::string_view old, std::string_view new_, int64_t count = -1) {
    if (count < 0) count = INT64_MAX;
    Str out;
    if (old.empty()) {
        // Insert new_ before every code point and at the end, count times at most.
        out.reserve(s.size() + new_.size() * (s.size() + 1));
        size_t i = 0;
        while (count > 0) {
            out += new_;
            --count;
            if (i >= s.size()) break;
            size_t len = detail::cp_bytes(s.data(), s.size(), i);
            out.append(s.data() + i, len);
            i += len;
        }
        out.append(s.substr(std::min(i, s.size())));
        return out;
    }
    size_t b = 0;
    out.reserve(s.size());
    while (count > 0) {
        size_t f = s.find(old, b);
        if (f == std::string_view::npos) break;
        out.append(s.data() + b, f - b);
        out += new_;
        b = f + old.size();
        --count;
    }
    out.append(s.substr(b));
    return out;
}
#else
Str str_replace(std::string_view s, std::string_view old, std::string_view new_, int64_t count = -1);
#endif

// ========================================================================= find and friends

namespace detail {
inline int64_t cp_index_of(std::string_view s, size_t byte_off, const CpWindow& w) {
    // Code points from the window start to byte_off, plus the window's start index.
    return w.start + count_code_points(s.data() + w.bstart, byte_off - w.bstart);
}
#if PYPORT_LIB_BODIES
PYPORT_LIBFN int64_t find_impl(std::string_view s, std::string_view sub, const std::optional<int64_t>& start,
                         const std::optional<int64_t>& end, bool reverse) {
    CpWindow w = cp_window(s, start, end);
    if (w.start > w.end || w.start > w.ncp) return -1;
    std::string_view hay = s.substr(w.bstart, w.bend - w.bstart);
    if (sub.empty()) return reverse ? w.end : w.start;
    size_t f = reverse ? hay.rfind(sub) : hay.find(sub);
    if (f == std::string_view::npos) return -1;
    return cp_index_of(s, w.bstart + f, w);
}
#else
int64_t find_impl(std::string_view s, std::string_view sub, const std::optional<int64_t>& start,
                         const std::optional<int64_t>& end, bool reverse);
#endif
}  // namespace detail

/// `s.find(sub, start, end)` (nullopt = None).
inline int64_t str_find(std::string_view s, std::string_view sub, std::optional<int64_t> start = std::nullopt,
                        std::optional<int64_t> end = std::nullopt) {
    return detail::find_impl(s, sub, start, end, false);
}
inline int64_t str_rfind(std::string_view s, std::string_view sub, std::optional<int64_t> start = std::nullopt,
                         std::optional<int64_t> end = std::nullopt) {
    return detail::find_impl(s, sub, start, end, true);
}
inline int64_t str_index(std::string_view s, std::string_view sub, std::optional<int64_t> start = std::nullopt,
                         std::optional<int64_t> end = std::nullopt) {
    int64_t r = detail::find_impl(s, sub, start, end, false);
    if (r < 0) detail::substring_not_found();
    return r;
}
inline int64_t str_rindex(std::string_view s, std::string_view sub, std::optional<int64_t> start = std::nullopt,
                          std::optional<int64_t> end = std::nullopt) {
    int64_t r = detail::find_impl(s, sub, start, end, true);
    if (r < 0) detail::substring_not_found();
    return r;
}

// ---- find and index on a `Str`: its cached length and sparse index place the window without
// scanning the whole string first.
namespace detail {
#if PYPORT_LIB_BODIES
PYPORT_LIBFN CpWindow cp_window_str(const Str& s, const std::optional<int64_t>& ostart, const std::optional<int64_t>& oend) {
    int64_t ncp = s.cp_count();
    int64_t start = ostart ? *ostart : 0, end = oend ? *oend : INT64_MAX;
    adjust_indices(start, end, ncp);
    CpWindow w{start, end, 0, 0, ncp};
    if (start > end || start > ncp) return w;
    if (ncp == static_cast<int64_t>(s.size())) {
        w.bstart = static_cast<size_t>(start);
        w.bend = static_cast<size_t>(end);
    } else {
        w.bstart = cp_offset(s, start);
        w.bend = cp_offset(s, end);
    }
    return w;
}
PYPORT_LIBFN int64_t find_impl_str(const Str& s, std::string_view sub, const std::optional<int64_t>& start,
                             const std::optional<int64_t>& end, bool reverse) {
    CpWindow w = cp_window_str(s, start, end);
    if (w.start > w.end || w.start > w.ncp) return -1;
    std::string_view hay = std::string_view(s).substr(w.bstart, w.bend - w.bstart);
    if (sub.empty()) return reverse ? w.end : w.start;
    size_t f = reverse ? hay.rfind(sub) : hay.find(sub);
    if (f == std::string_view::npos) return -1;
    if (w.ncp == static_cast<int64_t>(s.size())) return static_cast<int64_t>(w.bstart + f);
    return cp_index_of(s, w.bstart + f, w);
}
#else
CpWindow cp_window_str(const Str& s, const std::optional<int64_t>& ostart, const std::optional<int64_t>& oend);
int64_t find_impl_str(const Str& s, std::string_view sub, const std::optional<int64_t>& start,
                             const std::optional<int64_t>& end, bool reverse);
#endif
}  // namespace detail

template <exact_str S>
inline int64_t str_find(const S& s, std::string_view sub, std::optional<int64_t> start = std::nullopt,
                        std::optional<int64_t> end = std::nullopt) {
    return detail::find_impl_str(s, sub, start, end, false);
}
template <exact_str S>
inline int64_t str_rfind(const S& s, std::string_view sub, std::optional<int64_t> start = std::nullopt,
                         std::optional<int64_t> end = std::nullopt) {
    return detail::find_impl_str(s, sub, start, end, true);
}
template <exact_str S>
inline int64_t str_index(const S& s, std::string_view sub, std::optional<int64_t> start = std::nullopt,
                         std::optional<int64_t> end = std::nullopt) {
    int64_t r = detail::find_impl_str(s, sub, start, end, false);
    if (r < 0) detail::substring_not_found();
    return r;
}
template <exact_str S>
inline int64_t str_rindex(const S& s, std::string_view sub, std::optional<int64_t> start = std::nullopt,
                          std::optional<int64_t> end = std::nullopt) {
    int64_t r = detail::find_impl_str(s, sub, start, end, true);
    if (r < 0) detail::substring_not_found();
    return r;
}

/// `s.count(sub, start, end)`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN int64_t str_count(std::string_view s, std::string_view sub, std::optional<int64_t> start = std::nullopt,
                         std::optional<int64_t> end = std::nullopt) {
    detail::CpWindow w = detail::cp_window(s, start, end);
    if (w.start > w.end || w.start > w.ncp) return 0;
    if (sub.empty()) return w.end - w.start + 1;
    std::string_view hay = s.substr(w.bstart, w.bend - w.bstart);
    int64_t c = 0;
    for (size_t f = hay.find(sub); f != std::string_view::npos; f = hay.find(sub, f + sub.size())) ++c;
    return c;
}
#else
int64_t str_count(std::string_view s, std::string_view sub, std::optional<int64_t> start = std::nullopt,
                         std::optional<int64_t> end = std::nullopt);
#endif

namespace detail {
#if PYPORT_LIB_BODIES
PYPORT_LIBFN bool tailmatch(std::string_view s, std::string_view sub, const std::optional<int64_t>& start,
                      const std::optional<int64_t>& end, bool at_end) {
    CpWindow w = cp_window(s, start, end);
    int64_t sublen = str_len(sub);
    if (w.end - sublen < w.start) return false;
    if (sub.empty()) return true;
    std::string_view hay = s.substr(w.bstart, w.bend - w.bstart);
    if (hay.size() < sub.size()) return false;
    return at_end ? hay.substr(hay.size() - sub.size()) == sub : hay.substr(0, sub.size()) == sub;
}
#else
bool tailmatch(std::string_view s, std::string_view sub, const std::optional<int64_t>& start,
                      const std::optional<int64_t>& end, bool at_end);
#endif
}  // namespace detail

/// `s.startswith(prefix, start, end)`.
inline bool str_startswith(std::string_view s, std::string_view prefix, std::optional<int64_t> start = std::nullopt,
                           std::optional<int64_t> end = std::nullopt) {
    return detail::tailmatch(s, prefix, start, end, false);
}
/// `s.endswith(suffix, start, end)`.
inline bool str_endswith(std::string_view s, std::string_view suffix, std::optional<int64_t> start = std::nullopt,
                         std::optional<int64_t> end = std::nullopt) {
    return detail::tailmatch(s, suffix, start, end, true);
}
/// `s.startswith((p1, p2, ...), start, end)`.
inline bool str_startswith(std::string_view s, std::initializer_list<std::string_view> prefixes,
                           std::optional<int64_t> start = std::nullopt, std::optional<int64_t> end = std::nullopt) {
    for (auto p : prefixes)
        if (detail::tailmatch(s, p, start, end, false)) return true;
    return false;
}
inline bool str_startswith(std::string_view s, const std::vector<Str>& prefixes,
                           std::optional<int64_t> start = std::nullopt, std::optional<int64_t> end = std::nullopt) {
    for (const auto& p : prefixes)
        if (detail::tailmatch(s, p, start, end, false)) return true;
    return false;
}
inline bool str_endswith(std::string_view s, std::initializer_list<std::string_view> suffixes,
                         std::optional<int64_t> start = std::nullopt, std::optional<int64_t> end = std::nullopt) {
    for (auto p : suffixes)
        if (detail::tailmatch(s, p, start, end, true)) return true;
    return false;
}
inline bool str_endswith(std::string_view s, const std::vector<Str>& suffixes,
                         std::optional<int64_t> start = std::nullopt, std::optional<int64_t> end = std::nullopt) {
    for (const auto& p : suffixes)
        if (detail::tailmatch(s, p, start, end, true)) return true;
    return false;
}

// ================================================================================ case

/// `s.upper()` (full mapping: 'ß' -> 'SS').
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Str str_upper(std::string_view s) {
    Str out;
    out.reserve(s.size());
    for (size_t off = 0; off < s.size();) {
        size_t b = off;
        uint32_t c = detail::next_cp(s, off);
        detail::append_case(out, c, s.data() + b, off - b, detail::kCaseUpper);
    }
    return out;
}

/// `s.lower()` (with the final-sigma rule).
PYPORT_LIBFN Str str_lower(std::string_view s) {
    Str out;
    out.reserve(s.size());
    if (detail::all_ascii(s.data(), s.size())) {
        for (char ch : s) out.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch);
        return out;
    }
    if (s.find("\xce\xa3") == std::string_view::npos) {  // no 'Σ': no context needed
        for (size_t off = 0; off < s.size();) {
            size_t b = off;
            uint32_t c = detail::next_cp(s, off);
            detail::append_case(out, c, s.data() + b, off - b, detail::kCaseLower);
        }
        return out;
    }
    auto cps = detail::decode_all(s);
    for (size_t i = 0; i < cps.size(); ++i) detail::append_lower_at(out, s, cps, i);
    return out;
}

/// `s.casefold()`.
PYPORT_LIBFN Str str_casefold(std::string_view s) {
    Str out;
    out.reserve(s.size());
    for (size_t off = 0; off < s.size();) {
        size_t b = off;
        uint32_t c = detail::next_cp(s, off);
        detail::append_case(out, c, s.data() + b, off - b, detail::kCaseFold);
    }
    return out;
}

/// `s.capitalize()`: first code point titlecased, the rest lowercased.
PYPORT_LIBFN Str str_capitalize(std::string_view s) {
    Str out;
    out.reserve(s.size());
    auto cps = detail::decode_all(s);
    for (size_t i = 0; i < cps.size(); ++i) {
        if (i == 0) detail::append_case(out, cps[0].cp, s.data() + cps[0].off, cps[0].len, detail::kCaseTitle);
        else detail::append_lower_at(out, s, cps, i);
    }
    return out;
}

/// `s.title()`.
PYPORT_LIBFN Str str_title(std::string_view s) {
    Str out;
    out.reserve(s.size());
    auto cps = detail::decode_all(s);
    bool prev_cased = false;
    for (size_t i = 0; i < cps.size(); ++i) {
        const auto& a = cps[i];
        if (prev_cased) detail::append_lower_at(out, s, cps, i);
        else detail::append_case(out, a.cp, s.data() + a.off, a.len, detail::kCaseTitle);
        prev_cased = (detail::uflags(a.cp) & detail::kU_CASED) != 0;
    }
    return out;
}

/// `s.swapcase()`.
PYPORT_LIBFN Str str_swapcase(std::string_view s) {
    Str out;
    out.reserve(s.size());
    auto cps = detail::decode_all(s);
    for (size_t i = 0; i < cps.size(); ++i) {
        const auto& a = cps[i];
        uint16_t f = detail::uflags(a.cp);
        if (f & detail::kU_UPPER) detail::append_lower_at(out, s, cps, i);
        else if (f & detail::kU_LOWER) detail::append_case(out, a.cp, s.data() + a.off, a.len, detail::kCaseUpper);
        else out.append(s.data() + a.off, a.len);
    }
    return out;
}
#else
Str str_upper(std::string_view s);
Str str_lower(std::string_view s);
Str str_casefold(std::string_view s);
Str str_capitalize(std::string_view s);
Str str_title(std::string_view s);
Str str_swapcase(std::string_view s);
#endif

// =========================================================================== predicates

namespace detail {
template <class Pred>
inline bool all_cps(std::string_view s, Pred&& p) {
    if (s.empty()) return false;
    for (size_t off = 0; off < s.size();)
        if (!p(next_cp(s, off))) return false;
    return true;
}
template <uint16_t Mask>
inline bool all_flag(std::string_view s) {
    return all_cps(s, [](uint32_t c) { return (uflags(c) & Mask) != 0; });
}
}  // namespace detail

inline bool str_isalpha(std::string_view s) { return detail::all_flag<detail::kU_ALPHA>(s); }
inline bool str_isdecimal(std::string_view s) { return detail::all_flag<detail::kU_DECIMAL>(s); }
inline bool str_isdigit(std::string_view s) { return detail::all_flag<detail::kU_DIGIT>(s); }
inline bool str_isnumeric(std::string_view s) { return detail::all_flag<detail::kU_NUMERIC>(s); }
inline bool str_isspace(std::string_view s) { return detail::all_flag<detail::kU_SPACE>(s); }
inline bool str_isalnum(std::string_view s) {
    return detail::all_flag<detail::kU_ALPHA | detail::kU_DECIMAL | detail::kU_DIGIT | detail::kU_NUMERIC>(s);
}
inline bool str_isascii(std::string_view s) { return detail::all_ascii(s.data(), s.size()); }

#if PYPORT_LIB_BODIES
PYPORT_LIBFN bool str_isprintable(std::string_view s) {
    for (size_t off = 0; off < s.size();) {
        size_t b = off;
        uint32_t c = detail::next_cp(s, off);
        if (c < 128) {
            if (c < 0x20 || c == 0x7F) return false;
        } else {
            if (c >= 0xDC00 && c <= 0xDCFF && off - b > 1) return false;  // malformed bytes
            if (!detail::is_printable_nonascii(c)) return false;
        }
    }
    return true;
}

PYPORT_LIBFN bool str_isupper(std::string_view s) {
    bool cased = false;
    for (size_t off = 0; off < s.size();) {
        uint16_t f = detail::uflags(detail::next_cp(s, off));
        if (f & (detail::kU_LOWER | detail::kU_TITLE)) return false;
        if (f & detail::kU_UPPER) cased = true;
    }
    return cased;
}

PYPORT_LIBFN bool str_islower(std::string_view s) {
    bool cased = false;
    for (size_t off = 0; off < s.size();) {
        uint16_t f = detail::uflags(detail::next_cp(s, off));
        if (f & (detail::kU_UPPER | detail::kU_TITLE)) return false;
        if (f & detail::kU_LOWER) cased = true;
    }
    return cased;
}

PYPORT_LIBFN bool str_istitle(std::string_view s) {
    bool cased = false, prev_cased = false;
    for (size_t off = 0; off < s.size();) {
        uint16_t f = detail::uflags(detail::next_cp(s, off));
        if (f & (detail::kU_UPPER | detail::kU_TITLE)) {
            if (prev_cased) return false;
            prev_cased = cased = true;
        } else if (f & detail::kU_LOWER) {
            if (!prev_cased) return false;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return cased;
}

PYPORT_LIBFN bool str_isidentifier(std::string_view s) {
    if (s.empty()) return false;
    size_t off = 0;
    if (!(detail::uflags(detail::next_cp(s, off)) & detail::kU_ID_START)) return false;
    while (off < s.size())
        if (!(detail::uflags(detail::next_cp(s, off)) & detail::kU_ID_CONTINUE)) return false;
    return true;
}
#else
bool str_isprintable(std::string_view s);
bool str_isupper(std::string_view s);
bool str_islower(std::string_view s);
bool str_istitle(std::string_view s);
bool str_isidentifier(std::string_view s);
#endif

// ========================================================================= padding and parts

namespace detail {
inline void check_fill(std::string_view fill) {
    if (fill.empty() || cp_bytes(fill.data(), fill.size(), 0) != fill.size())
        raise_lit<TypeError>("The fill character must be exactly one character long");
}
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Str pad(std::string_view s, int64_t left, int64_t right, std::string_view fill) {
    check_result_size(left, fill.size());
    check_result_size(right, fill.size());
    Str out;
    out.reserve(s.size() + static_cast<size_t>(left + right) * fill.size());
    for (int64_t i = 0; i < left; ++i) out += fill;
    out += s;
    for (int64_t i = 0; i < right; ++i) out += fill;
    return out;
}
#else
Str pad(std::string_view s, int64_t left, int64_t right, std::string_view fill);
#endif
}  // namespace detail

/// `s.center(width, fillchar)`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Str str_center(std::string_view s, int64_t width, std::string_view fillchar = " ") {
    detail::check_fill(fillchar);
    int64_t n = str_len(s);
    if (n >= width) return Str(s);
    int64_t marg = width - n;
    int64_t left = marg / 2 + (marg & width & 1);
    return detail::pad(s, left, marg - left, fillchar);
}
#else
Str str_center(std::string_view s, int64_t width, std::string_view fillchar = " ");
#endif
inline Str str_ljust(std::string_view s, int64_t width, std::string_view fillchar = " ") {
    detail::check_fill(fillchar);
    int64_t n = str_len(s);
    if (n >= width) return Str(s);
    return detail::pad(s, 0, width - n, fillchar);
}
inline Str str_rjust(std::string_view s, int64_t width, std::string_view fillchar = " ") {
    detail::check_fill(fillchar);
    int64_t n = str_len(s);
    if (n >= width) return Str(s);
    return detail::pad(s, width - n, 0, fillchar);
}

/// `s.zfill(width)`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Str str_zfill(std::string_view s, int64_t width) {
    int64_t n = str_len(s);
    if (n >= width) return Str(s);
    Str out = detail::pad(s, width - n, 0, "0");
    size_t fill = static_cast<size_t>(width - n);
    if (out[fill] == '+' || out[fill] == '-') {
        out[0] = out[fill];
        out[fill] = '0';
    }
    return out;
}
#else
Str str_zfill(std::string_view s, int64_t width);
#endif

/// `s.partition(sep)`.
inline std::tuple<Str, Str, Str> str_partition(std::string_view s, std::string_view sep) {
    if (sep.empty()) detail::empty_separator();
    size_t f = s.find(sep);
    if (f == std::string_view::npos) return {Str(s), Str(), Str()};
    return {Str(s.substr(0, f)), Str(sep), Str(s.substr(f + sep.size()))};
}
/// `s.rpartition(sep)`.
inline std::tuple<Str, Str, Str> str_rpartition(std::string_view s, std::string_view sep) {
    if (sep.empty()) detail::empty_separator();
    size_t f = s.rfind(sep);
    if (f == std::string_view::npos) return {Str(), Str(), Str(s)};
    return {Str(s.substr(0, f)), Str(sep), Str(s.substr(f + sep.size()))};
}

/// `s.expandtabs(tabsize)`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Str str_expandtabs(std::string_view s, int64_t tabsize = 8) {
    Str out;
    out.reserve(s.size());
    int64_t col = 0;
    for (size_t off = 0; off < s.size();) {
        size_t b = off;
        uint32_t c = detail::next_cp(s, off);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - (col % tabsize);
                detail::check_result_size(incr, 1);
                col += incr;
                out.append(static_cast<size_t>(incr), ' ');
            }
        } else {
            out.append(s.data() + b, off - b);
            ++col;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return out;
}
#else
Str str_expandtabs(std::string_view s, int64_t tabsize = 8);
#endif

inline Str str_removeprefix(std::string_view s, std::string_view prefix) {
    if (s.substr(0, prefix.size()) == prefix) return Str(s.substr(prefix.size()));
    return Str(s);
}
inline Str str_removesuffix(std::string_view s, std::string_view suffix) {
    if (!suffix.empty() && s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix)
        return Str(s.substr(0, s.size() - suffix.size()));
    return Str(s);
}

// =============================================================================== iteration

/// Range over the code points of a str, each as a one-character `Str` (owns a copy of the str,
/// so iterating a temporary is safe).
class StrIter {
    Str s_;

public:
    explicit StrIter(Str s) : s_(std::move(s)) {}
    class iterator {
        const Str* s_;
        size_t off_, len_;
        Str cur_;
        void load() {
            if (off_ >= s_->size()) return;
            auto b = static_cast<unsigned char>((*s_)[off_]);
            len_ = b < 0x80 ? 1 : detail::cp_bytes(s_->data(), s_->size(), off_);
            cur_.assign(s_->data() + off_, len_);
        }

    public:
        using value_type = Str;
        using difference_type = std::ptrdiff_t;
        iterator(const Str* s, size_t off) : s_(s), off_(off), len_(0) { load(); }
        const Str& operator*() const { return cur_; }
        iterator& operator++() {
            off_ += len_;
            load();
            return *this;
        }
        void operator++(int) { ++*this; }
        bool operator==(const iterator& o) const { return off_ >= s_->size() ? o.off_ >= s_->size() : off_ == o.off_; }
    };
    iterator begin() const { return iterator(&s_, 0); }
    iterator end() const { return iterator(&s_, s_.size()); }
    /// A cursor, so `max(s)`, `set(s)`, `enumerate(s)` and `sorted(s)` take a str like any iterable.
    StrCursor iter() const { return StrCursor(s_); }
};

/// `for c in s`.
template <class S>
    requires is_strlike_v<S>
inline StrIter str_iter(S&& s) {
    if constexpr (std::is_same_v<std::remove_cvref_t<S>, Str>) return StrIter(Str(std::forward<S>(s)));
    else return StrIter(Str(std::string_view(s)));
}

/// `list(s)`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN List<Str> str_chars(std::string_view s) {
    List<Str> out;
    auto& v = out.vec();
    v.reserve(s.size());
    for (size_t off = 0; off < s.size();) {
        size_t len = detail::cp_bytes(s.data(), s.size(), off);
        v.emplace_back(s.data() + off, len);
        off += len;
    }
    return out;
}
#else
List<Str> str_chars(std::string_view s);
#endif

// ============================================================================== conversions

/// `int(s)` / `int(s, base)`.
inline int64_t str_int(std::string_view s, int64_t base = 10) {
    if (base != 0 && (base < 2 || base > 36)) raise_lit<ValueError>("int() base must be >= 2 and <= 36, or 0");
    return parse_int(s, static_cast<int>(base));
}
/// `float(s)`.
inline double str_float(std::string_view s) { return parse_float(s); }

/// `ord(c)` (same as py::ord in str.hpp).
inline int64_t str_ord(std::string_view c) { return ord(c); }
/// `chr(i)` (same as py::chr in str.hpp).
inline Str str_chr(int64_t i) { return chr(i); }

namespace detail {
/// ascii(): a repr with every non-ASCII code point escaped (\xNN, \uNNNN, \UNNNNNNNN).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Str str_ascii_of_repr(const Str& r) {
    static constexpr char hex[] = "0123456789abcdef";
    Str out;
    out.reserve(r.size());
    for (size_t off = 0; off < r.size();) {
        auto b = static_cast<unsigned char>(r[off]);
        if (b < 0x80) {
            out.push_back(static_cast<char>(b));
            ++off;
            continue;
        }
        size_t len = cp_bytes(r.data(), r.size(), off);
        uint32_t c = decode_cp(r.data() + off, len);
        if (c >= 0xDC00 && c <= 0xDCFF && len > 1) len = 1, c = 0xDC00u + b;
        off += len;
        if (c <= 0xFF) {
            out += "\\x";
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        } else if (c <= 0xFFFF) {
            out += "\\u";
            for (int sh = 12; sh >= 0; sh -= 4) out.push_back(hex[(c >> sh) & 15]);
        } else {
            out += "\\U";
            for (int sh = 28; sh >= 0; sh -= 4) out.push_back(hex[(c >> sh) & 15]);
        }
    }
    return out;
}
#else
Str str_ascii_of_repr(const Str& r);
#endif
}  // namespace detail

/// `ascii(x)` and `!a`: the repr with every non-ASCII code point escaped.
template <class X>
inline Str ascii(const X& x) {
    return detail::str_ascii_of_repr(py::repr(x));
}

/// `ascii(s)` for a str.
inline Str str_ascii(std::string_view s) {
    Str r;
    str_repr_to(r, s);
    return detail::str_ascii_of_repr(r);
}

// ==================================================================== type-erased arguments

namespace detail {

/// One argument of `%` formatting or str.format, with what both need of it.
/// The exact decimal digits of a finite float with |x| >= 2**63 (an integer: `'%d' % 1e30`).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN std::string pct_float_int_digits(double x) {
    int e = 0;
    double m = std::frexp(std::fabs(x), &e);  // |x| = m * 2**e, m in [0.5, 1)
    uint64_t mant = static_cast<uint64_t>(std::ldexp(m, 53));
    e -= 53;  // |x| = mant * 2**e, e >= 11 here
    std::vector<uint32_t> limbs;  // base 1e9, least significant first
    while (mant) {
        limbs.push_back(static_cast<uint32_t>(mant % 1000000000u));
        mant /= 1000000000u;
    }
    while (e > 0) {
        int k = e < 29 ? e : 29;
        e -= k;
        uint64_t carry = 0;
        for (auto& l : limbs) {
            uint64_t v = (static_cast<uint64_t>(l) << k) + carry;
            l = static_cast<uint32_t>(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
            carry /= 1000000000u;
        }
    }
    std::string out = std::to_string(limbs.back());
    for (size_t i = limbs.size() - 1; i-- > 0;) {
        std::string d = std::to_string(limbs[i]);
        out.append(9 - d.size(), '0');
        out += d;
    }
    return out;
}
#else
std::string pct_float_int_digits(double x);
#endif

struct FmtArg {
    enum Kind : uint8_t { kInt, kFloat, kStr, kNone, kOther } kind = kOther;
    bool is_bool = false;
    /// A bytes or bytearray (`s` views its bytes): what `b"%s" % x` takes.
    bool is_bytes = false;
    int64_t i = 0;
    double f = 0;
    std::string_view s;
    const char* type_name = "object";
    const void* p = nullptr;
    Str (*to_str)(const void*) = nullptr;
    Str (*to_repr)(const void*) = nullptr;
    Str (*to_format)(const void*, std::string_view) = nullptr;
    /// An int beyond int64 (py::Int): `i` is unused, these give its sign, digits and float value.
    bool is_big = false;
    bool big_neg = false;
    std::string (*big_digits)(const void*, char conv) = nullptr;
    double (*big_float)(const void*) = nullptr;
};

/// py::Int (bigint.hpp), recognised by its members so this header need not include it.
template <class D>
inline constexpr bool is_exact_int_v = requires(const D& x) {
    { x.is_small() } -> std::convertible_to<bool>;
    x.big();
    x.to_bigint();
};

template <class X>
constexpr const char* py_type_name() {
    using D = std::remove_cvref_t<X>;
    if constexpr (is_bool_v<D>) return "bool";
    else if constexpr (is_int_v<D> || is_exact_int_v<D>) return "int";
    else if constexpr (is_float_v<D>) return "float";
    else if constexpr (is_strlike_v<D>) return "str";
    else if constexpr (is_none_v<D>) return "NoneType";
    else if constexpr (is_list_v<D>) return "list";
    else if constexpr (is_tuple_v<D>) return "tuple";
    else return "object";
}

template <class X>
inline FmtArg make_fmt_arg(const X& x) {
    using D = std::remove_cvref_t<X>;
    if constexpr (is_optional_v<D>) {
        if (x.has_value()) return make_fmt_arg(*x);
        return make_fmt_arg(None);
    } else if constexpr (requires { x.py_is_union; }) {
        // A value of several types (`py::Union`): the member it holds (which lives as long as x).
        return std::visit([](const auto& m) { return make_fmt_arg(m); }, x.v);
    } else {
        FmtArg a;
        a.p = &x;
        if constexpr (requires { D::py_bytes_like; }) {
            a.is_bytes = true;
            a.s = x.view();
        }
        a.to_str = [](const void* p) { return py::str(*static_cast<const D*>(p)); };
        a.to_repr = [](const void* p) { return py::repr(*static_cast<const D*>(p)); };
        a.to_format = [](const void* p, std::string_view spec) { return py::format(*static_cast<const D*>(p), spec); };
        a.type_name = py_type_name<D>();
        if constexpr (is_bool_v<D>) {
            a.kind = FmtArg::kInt;
            a.is_bool = true;
            a.i = static_cast<bool>(x);
        } else if constexpr (is_int_v<D>) {
            a.kind = FmtArg::kInt;
            a.i = static_cast<int64_t>(x);
        } else if constexpr (is_exact_int_v<D>) {
            a.kind = FmtArg::kInt;
            if (x.is_small()) {
                a.i = x.small();
            } else {
                a.is_big = true;
                a.big_neg = x.sign() < 0;
                a.big_digits = [](const void* p, char conv) {
                    const auto& v = *static_cast<const D*>(p);
                    const auto m = v.sign() < 0 ? -v.to_bigint() : v.to_bigint();
                    if (conv == 'x') return m.to_base(16, false);
                    if (conv == 'X') return m.to_base(16, true);
                    if (conv == 'o') return m.to_base(8, false);
                    return m.to_string();
                };
                a.big_float = [](const void* p) { return static_cast<const D*>(p)->to_double(); };
            }
        } else if constexpr (is_float_v<D>) {
            a.kind = FmtArg::kFloat;
            a.f = static_cast<double>(x);
        } else if constexpr (is_num_v<D>) {
            if (x.is_float) {
                a.kind = FmtArg::kFloat;
                a.f = x.f;
                a.type_name = "float";
            } else {
                return make_fmt_arg(x.i);  // points at x.i, which lives as long as x
            }
        } else if constexpr (is_strlike_v<D>) {
            a.kind = FmtArg::kStr;
            a.s = std::string_view(x);
        } else if constexpr (is_none_v<D>) {
            a.kind = FmtArg::kNone;
        }
        return a;
    }
}

// ------------------------------------------------------------------------- % formatting

inline Str pct_str(const FmtArg& a, char conv) {
    if (conv == 's') return a.kind == FmtArg::kStr ? Str(a.s) : a.to_str(a.p);
    Str r = a.kind == FmtArg::kStr ? [&] { Str o; str_repr_to(o, a.s); return o; }() : a.to_repr(a.p);
    if (conv == 'a') return str_ascii_of_repr(r);
    return r;
}

[[noreturn, PYPORT_COLD]] inline void pct_not_enough() {
    raise_lit<TypeError>("not enough arguments for format string");
}

/// Body of an integer conversion (no sign), with '#' prefix separate.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN void pct_int_digits(uint64_t mag, char conv, Str& digits) {
    int base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
    const char* dig = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char buf[70];
    int n = 0;
    do {
        buf[n++] = dig[mag % static_cast<uint64_t>(base)];
        mag /= static_cast<uint64_t>(base);
    } while (mag);
    digits.assign(buf, static_cast<size_t>(n));
    std::reverse(digits.begin(), digits.end());
}

/// `fmt % args`; with `bytes_mode`, `bytes % args` (PEP 461): `%s`/`%b` take bytes, `%c` makes one
/// byte, `%r`/`%a` give `ascii()`, widths count bytes.
PYPORT_LIBFN Str percent_format_impl(std::string_view fmt, const FmtArg* args, size_t nargs, bool bytes_mode) {
    Str out;
    out.reserve(fmt.size() + 16 * nargs);
    size_t argi = 0;
    auto next_arg = [&]() -> const FmtArg& {
        if (argi >= nargs) pct_not_enough();
        return args[argi++];
    };
    size_t i = 0, n = fmt.size();
    while (i < n) {
        size_t pct = fmt.find('%', i);
        if (pct == std::string_view::npos) {
            out.append(fmt.substr(i));
            break;
        }
        out.append(fmt.substr(i, pct - i));
        i = pct + 1;
        if (i >= n) raise_lit<ValueError>("incomplete format");
        if (fmt[i] == '(') raise_lit<TypeError>("format requires a mapping");
        bool ljust = false, sign = false, blank = false, alt = false, zero = false;
        for (; i < n; ++i) {
            char c = fmt[i];
            if (c == '-') ljust = true;
            else if (c == '+') sign = true;
            else if (c == ' ') blank = true;
            else if (c == '#') alt = true;
            else if (c == '0') zero = true;
            else break;
        }
        int64_t width = -1, prec = -1;
        auto read_num = [&](int64_t& v) {
            v = 0;
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                if (v > (INT64_MAX - 9) / 10) raise_lit<ValueError>("width too big");
                v = v * 10 + (fmt[i] - '0');
                ++i;
            }
        };
        if (i < n && fmt[i] == '*') {
            const FmtArg& a = next_arg();
            if (a.kind != FmtArg::kInt) raise_lit<TypeError>("* wants int");
            width = a.i;
            if (width < 0) {
                ljust = true;
                width = -width;
            }
            ++i;
        } else if (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
            read_num(width);
        }
        if (i < n && fmt[i] == '.') {
            ++i;
            if (i < n && fmt[i] == '*') {
                const FmtArg& a = next_arg();
                if (a.kind != FmtArg::kInt) raise_lit<TypeError>("* wants int");
                prec = a.i < 0 ? 0 : a.i;
                ++i;
            } else {
                read_num(prec);
            }
        }
        if (i >= n) raise_lit<ValueError>("incomplete format");
        // The conversion character, decoded (error messages show it).
        size_t cstart = i;
        uint32_t conv = next_cp(fmt, i);
        if (conv == '%') {
            out.push_back('%');
            continue;
        }
        const FmtArg& a = next_arg();
        Str body;
        Str signstr, prefix;
        bool numeric = false;
        if (bytes_mode && (conv == 's' || conv == 'b')) {
            if (!a.is_bytes)
                throw TypeError(std::string("%b requires a bytes-like object, or an object that implements __bytes__, not '") +
                                (a.kind == FmtArg::kStr ? "str" : a.kind == FmtArg::kNone ? "NoneType" : a.type_name) + "'");
            body = Str(a.s);
            if (prec >= 0 && static_cast<size_t>(prec) < body.size()) body.resize(static_cast<size_t>(prec));
            conv = 0;
        } else if (bytes_mode && (conv == 'r' || conv == 'a')) {
            body = pct_str(a, 'a');
            if (prec >= 0 && static_cast<size_t>(prec) < body.size()) body.resize(static_cast<size_t>(prec));
            conv = 0;
        } else if (bytes_mode && conv == 'c') {
            if (a.kind == FmtArg::kInt) {
                if (a.is_big || a.i < 0 || a.i >= 256) raise_lit<OverflowError>("%c arg not in range(256)");
                body.push_back(static_cast<char>(a.i));
            } else if (a.is_bytes && a.s.size() == 1) {
                body = Str(a.s);
            } else {
                raise_lit<TypeError>("%c requires an integer in range(256) or a single byte");
            }
            conv = 0;
        }
        switch (conv) {
            case 0:
                break;
            case 's':
            case 'r':
            case 'a': {
                body = pct_str(a, static_cast<char>(conv));
                if (prec >= 0) body.resize(numfmt_detail::utf8_prefix_bytes(body, prec));
                break;
            }
            case 'c': {
                if (a.kind == FmtArg::kInt) {
                    if (a.is_big || a.i < 0 || a.i >= 0x110000) raise_lit<OverflowError>("%c arg not in range(0x110000)");
                    encode_cp(body, static_cast<uint32_t>(a.i));
                } else if (a.kind == FmtArg::kStr && !a.s.empty() &&
                           cp_bytes(a.s.data(), a.s.size(), 0) == a.s.size()) {
                    body = Str(a.s);
                } else {
                    raise_lit<TypeError>("%c requires int or char");
                }
                break;
            }
            case 'd':
            case 'i':
            case 'u':
            case 'x':
            case 'X':
            case 'o': {
                numeric = true;
                int64_t v;
                if (a.is_big) {
                    body = Str(a.big_digits(a.p, static_cast<char>(conv)));
                    if (prec > static_cast<int64_t>(body.size())) body.insert(0, static_cast<size_t>(prec) - body.size(), '0');
                    if (a.big_neg) signstr = "-";
                    else if (sign) signstr = "+";
                    else if (blank) signstr = " ";
                    if (alt && conv == 'x') prefix = "0x";
                    else if (alt && conv == 'X') prefix = "0X";
                    else if (alt && conv == 'o') prefix = "0o";
                    break;
                }
                if (a.kind == FmtArg::kInt) {
                    v = a.i;
                } else if (a.kind == FmtArg::kFloat && (conv == 'd' || conv == 'i' || conv == 'u') &&
                           std::isfinite(a.f) && std::fabs(a.f) >= 9223372036854775808.0) {
                    // A float this large is an integer: its exact decimal digits, as CPython.
                    body = Str(pct_float_int_digits(a.f));
                    if (prec > static_cast<int64_t>(body.size())) body.insert(0, static_cast<size_t>(prec) - body.size(), '0');
                    if (a.f < 0) signstr = "-";
                    else if (sign) signstr = "+";
                    else if (blank) signstr = " ";
                    break;
                } else if (a.kind == FmtArg::kFloat && (conv == 'd' || conv == 'i' || conv == 'u')) {
                    v = float_to_int(a.f);
                } else if (conv == 'd' || conv == 'i' || conv == 'u') {
                    throw TypeError(std::string("%") + static_cast<char>(conv) +
                                    " format: a real number is required, not " + a.type_name);
                } else {
                    throw TypeError(std::string("%") + static_cast<char>(conv) +
                                    " format: an integer is required, not " + a.type_name);
                }
                bool neg = v < 0;
                uint64_t mag = neg ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
                pct_int_digits(mag, static_cast<char>(conv), body);
                if (prec > static_cast<int64_t>(body.size())) body.insert(0, static_cast<size_t>(prec) - body.size(), '0');
                if (neg) signstr = "-";
                else if (sign) signstr = "+";
                else if (blank) signstr = " ";
                if (alt && conv == 'x') prefix = "0x";
                else if (alt && conv == 'X') prefix = "0X";
                else if (alt && conv == 'o') prefix = "0o";
                break;
            }
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G': {
                numeric = true;
                double v;
                if (a.kind == FmtArg::kFloat) v = a.f;
                else if (a.is_big) v = a.big_float(a.p);
                else if (a.kind == FmtArg::kInt) v = static_cast<double>(a.i);
                else throw TypeError(std::string("must be real number, not ") + a.type_name);
                Str spec;
                if (alt) spec += '#';
                spec += '.';
                spec += std::to_string(prec < 0 ? 6 : prec);
                spec += static_cast<char>(conv);
                body = format_float(v, spec);
                if (!body.empty() && body[0] == '-') {
                    signstr = "-";
                    body.erase(0, 1);
                } else if (sign) {
                    signstr = "+";
                } else if (blank) {
                    signstr = " ";
                }
                break;
            }
            default: {
                char buf[64];
                uint32_t shown = conv;
                std::string ch;
                if (conv >= 32 && conv < 127) ch = std::string(1, static_cast<char>(conv));
                else ch = std::string(fmt.substr(cstart, i - cstart));
                std::snprintf(buf, sizeof buf, "' (0x%x) at index ", shown);
                throw ValueError("unsupported format character '" + ch + buf +
                                 std::to_string(str_len(fmt.substr(0, cstart))));
            }
        }
        int64_t len = (bytes_mode ? static_cast<int64_t>(body.size()) : str_len(body)) + static_cast<int64_t>(signstr.size() + prefix.size());
        int64_t padn = width > len ? width - len : 0;
        check_result_size(padn, 1);
        if (ljust) {
            out += signstr;
            out += prefix;
            out += body;
            out.append(static_cast<size_t>(padn), ' ');
        } else if (zero && numeric) {
            out += signstr;
            out += prefix;
            out.append(static_cast<size_t>(padn), '0');
            out += body;
        } else {
            out.append(static_cast<size_t>(padn), ' ');
            out += signstr;
            out += prefix;
            out += body;
        }
    }
    if (argi < nargs)
        raise_lit<TypeError>(bytes_mode ? "not all arguments converted during bytes formatting"
                                        : "not all arguments converted during string formatting");
    return out;
}
#else
void pct_int_digits(uint64_t mag, char conv, Str& digits);
Str percent_format_impl(std::string_view fmt, const FmtArg* args, size_t nargs, bool bytes_mode);
#endif

}  // namespace detail

namespace detail {
/// An optional fixed or variable-length tuple (`fmt % t` where `t` may be None).
template <class T> struct optional_tuple : std::false_type {};
template <class T>
struct optional_tuple<std::optional<T>> : std::bool_constant<is_tuple_v<T> || requires { typename T::py_is_vtuple; }> {};
}  // namespace detail

/// `fmt % (args...)` with the arguments already unpacked (`Bytes`: `bytes % ...`, PEP 461).
template <bool Bytes = false, class... A>
inline Str percent_format_args(std::string_view fmt, const A&... args) {
    if constexpr (sizeof...(A) == 0) {
        return detail::percent_format_impl(fmt, nullptr, 0, Bytes);
    } else {
        const detail::FmtArg arr[] = {detail::make_fmt_arg(args)...};
        return detail::percent_format_impl(fmt, arr, sizeof...(A), Bytes);
    }
}

/// `fmt % (args...)`, or `fmt % x` for one non-tuple x; a single std::tuple argument is unpacked
/// once, so `"%s" % ((1, 2),)` formats the inner tuple as one value.
template <bool Bytes = false, class... A>
inline Str percent_format(std::string_view fmt, const A&... args) {
    if constexpr (sizeof...(A) == 1 && (is_tuple_v<A> && ...)) {
        return std::apply([&](const auto&... xs) { return percent_format_args<Bytes>(fmt, xs...); }, args...);
    } else if constexpr (sizeof...(A) == 1 && (detail::optional_tuple<A>::value && ...)) {
        // A tuple that may be None: its items, or None as the one argument.
        return [&](const auto& o) -> Str { return o ? percent_format<Bytes>(fmt, *o) : percent_format_args<Bytes>(fmt, None); }(args...);
    } else if constexpr (sizeof...(A) == 1 && (requires { typename A::py_is_vtuple; } && ...)) {
        // A tuple whose length is known at run time: its items are the arguments.
        return [&](const auto& t) {
            std::vector<detail::FmtArg> arr;
            arr.reserve(t.vec().size());
            for (const auto& x : t.vec()) arr.push_back(detail::make_fmt_arg(x));
            return detail::percent_format_impl(fmt, arr.data(), arr.size(), Bytes);
        }(args...);
    } else {
        return percent_format_args<Bytes>(fmt, args...);
    }
}

// ============================================================================= str.format

namespace detail {

struct FormatCtx {
    const FmtArg* args;
    size_t npos;  // positional args come first
    const std::string_view* names;
    size_t nnames;  // keyword args follow the positional ones, in the order of names
    int auto_state = 0;  // 0 unset, 1 automatic, 2 manual
    size_t auto_next = 0;
};

PYPORT_LIBFN void format_render(Str& out, std::string_view fmt, FormatCtx& ctx, int depth);

#if PYPORT_LIB_BODIES
PYPORT_LIBFN const FmtArg& format_lookup(std::string_view name, FormatCtx& ctx) {
    // Only a bare name or index: "0", "name"; attribute and item access are not supported.
    size_t cut = name.find_first_of(".[");
    std::string_view first = name.substr(0, cut);
    bool numeric = !first.empty();
    for (char c : first) numeric = numeric && c >= '0' && c <= '9';
    if (cut != std::string_view::npos)
        raise<PyportLimit>("str.format field '" + Str(name) +
                           "' uses attribute or item access, which pyport does not support yet");
    if (first.empty()) {
        if (ctx.auto_state == 2)
            raise_lit<ValueError>("cannot switch from manual field specification to automatic field numbering");
        ctx.auto_state = 1;
        size_t k = ctx.auto_next++;
        if (k >= ctx.npos)
            raise<IndexError>("Replacement index " + std::to_string(k) + " out of range for positional args tuple");
        return ctx.args[k];
    }
    if (numeric) {
        if (ctx.auto_state == 1)
            raise_lit<ValueError>("cannot switch from automatic field numbering to manual field specification");
        ctx.auto_state = 2;
        size_t k = 0;
        bool big = first.size() > 18;
        if (!big)
            for (char c : first) k = k * 10 + static_cast<size_t>(c - '0');
        if (big) raise_lit<ValueError>("Too many decimal digits in format string");
        if (k >= ctx.npos)
            raise<IndexError>("Replacement index " + std::to_string(k) + " out of range for positional args tuple");
        return ctx.args[k];
    }
    for (size_t j = 0; j < ctx.nnames; ++j)
        if (ctx.names[j] == first) return ctx.args[ctx.npos + j];
    Str m;
    str_repr_to(m, first);
    throw KeyError(std::move(m));
}

PYPORT_LIBFN void format_field(Str& out, std::string_view name, uint32_t conv, std::string_view spec, FormatCtx& ctx,
                         int depth) {
    const FmtArg& a = format_lookup(name, ctx);
    if (conv != 0 && conv != 'r' && conv != 's' && conv != 'a') {
        if (conv >= 32 && conv < 127) throw ValueError("Unknown conversion specifier " + Str(1, static_cast<char>(conv)));
        char buf[32];
        std::snprintf(buf, sizeof buf, "\\x%x", conv);
        throw ValueError(std::string("Unknown conversion specifier ") + buf);
    }
    Str spec_buf;
    if (spec.find('{') != std::string_view::npos || spec.find('}') != std::string_view::npos) {
        format_render(spec_buf, spec, ctx, depth - 1);
        spec = spec_buf;
    }
    if (conv == 0) {
        out += a.to_format(a.p, spec);
        return;
    }
    Str conv_text = conv == 's' ? (a.kind == FmtArg::kStr ? Str(a.s) : a.to_str(a.p)) : a.to_repr(a.p);
    if (conv == 'a') conv_text = str_ascii_of_repr(conv_text);
    out += format_str(conv_text, spec);
}

/// MarkupIterator + render_field: literal text, {{ }}, and replacement fields.
PYPORT_LIBFN void format_render(Str& out, std::string_view fmt, FormatCtx& ctx, int depth) {
    if (depth <= 0) raise_lit<ValueError>("Max string recursion exceeded");
    size_t i = 0, n = fmt.size();
    while (i < n) {
        size_t j = fmt.find_first_of("{}", i);
        if (j == std::string_view::npos) {
            out.append(fmt.substr(i));
            return;
        }
        out.append(fmt.substr(i, j - i));
        char c = fmt[j];
        i = j + 1;
        if (c == '}') {
            if (i < n && fmt[i] == '}') {
                out.push_back('}');
                ++i;
                continue;
            }
            raise_lit<ValueError>("Single '}' encountered in format string");
        }
        if (i < n && fmt[i] == '{') {
            out.push_back('{');
            ++i;
            continue;
        }
        if (i >= n) raise_lit<ValueError>("Single '{' encountered in format string");
        // parse_field: the name (brackets hide '!', ':' and '}'), then "!c", then ":spec".
        size_t k = i;
        while (k < n && fmt[k] != '}' && fmt[k] != '!' && fmt[k] != ':') {
            if (fmt[k] == '{') raise_lit<ValueError>("unexpected '{' in field name");
            if (fmt[k] == '[') {
                while (k < n && fmt[k] != ']') ++k;
                if (k >= n) break;
            }
            ++k;
        }
        if (k >= n) raise_lit<ValueError>("expected '}' before end of string");
        std::string_view name = fmt.substr(i, k - i);
        uint32_t conv = 0;
        char delim = fmt[k++];
        if (delim == '!') {
            if (k >= n) raise_lit<ValueError>("end of string while looking for conversion specifier");
            conv = next_cp(fmt, k);
            if (k >= n) raise_lit<ValueError>("unmatched '{' in format spec");
            delim = fmt[k++];
            if (delim != ':' && delim != '}') raise_lit<ValueError>("expected ':' after conversion specifier");
        }
        std::string_view spec;
        if (delim == ':') {
            size_t sb = k;
            int level = 1;
            for (; k < n; ++k) {
                if (fmt[k] == '{') ++level;
                else if (fmt[k] == '}' && --level == 0) break;
            }
            if (k >= n) raise_lit<ValueError>("unmatched '{' in format spec");
            spec = fmt.substr(sb, k - sb);
            ++k;
        }
        format_field(out, name, conv, spec, ctx, depth);
        i = k;
    }
}
#else
const FmtArg& format_lookup(std::string_view name, FormatCtx& ctx);
void format_field(Str& out, std::string_view name, uint32_t conv, std::string_view spec, FormatCtx& ctx,
                         int depth);
void format_render(Str& out, std::string_view fmt, FormatCtx& ctx, int depth);
#endif

}  // namespace detail

/// `fmt.format(args...)`.
template <class... A>
inline Str str_format(std::string_view fmt, const A&... args) {
    Str out;
    if constexpr (sizeof...(A) == 0) {
        detail::FormatCtx ctx{nullptr, 0, nullptr, 0};
        detail::format_render(out, fmt, ctx, 2);
    } else {
        const detail::FmtArg arr[] = {detail::make_fmt_arg(args)...};
        detail::FormatCtx ctx{arr, sizeof...(A), nullptr, 0};
        detail::format_render(out, fmt, ctx, 2);
    }
    return out;
}

/// `fmt.format(p1, ..., name1=v1, ...)`: the last `names.size()` args are the keyword values.
template <class... A>
inline Str str_format_kw(std::string_view fmt, std::initializer_list<std::string_view> names, const A&... args) {
    if (names.size() > sizeof...(A)) internal_error("str_format_kw: more keyword names than arguments");
    Str out;
    if constexpr (sizeof...(A) == 0) {
        detail::FormatCtx ctx{nullptr, 0, nullptr, 0};
        detail::format_render(out, fmt, ctx, 2);
    } else {
        const detail::FmtArg arr[] = {detail::make_fmt_arg(args)...};
        detail::FormatCtx ctx{arr, sizeof...(A) - names.size(), names.begin(), names.size()};
        detail::format_render(out, fmt, ctx, 2);
    }
    return out;
}

}  // namespace py
