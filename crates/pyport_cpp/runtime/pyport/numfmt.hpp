//! Number formatting, parsing and float arithmetic corner cases, byte-for-byte as CPython 3.11.
//!
//! Covers repr/str/format() of float, int, bool and str (the whole format-spec mini-language),
//! round(), int()/float() of floats and strings, float //, %, ** and int / int, and exact
//! int-vs-float comparison. Each piece is a port of the matching CPython C code
//! (Objects/floatobject.c, Python/formatter_unicode.c, Python/pystrtod.c, Objects/longobject.c),
//! with David Gay's dtoa replaced by std::to_chars (shortest, or with a precision, which is
//! specified to equal printf's exact, ties-to-even rounding): the same digits Gay's code gives.
#pragma once
#include "prebuilt.hpp"
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

#include "except.hpp"

namespace py {

namespace numfmt_detail {
/// Keeps g++ from folding `pow` of constants at compile time (see py::detail::opaque in pymath.hpp).
inline double opaque_f(double x) {
    __asm__ volatile("" : "+m"(x));
    return x;
}


// ---------------------------------------------------------------------------------------------
// Unicode helpers. Python strings are code-point sequences; ours are UTF-8, so widths,
// precisions and fill characters need decoding.

/// Decodes one code point at s[i] and advances i. Malformed bytes decode as themselves (Latin-1)
/// so that nothing is ever dropped; valid UTF-8 (all a Python program can produce) round-trips.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN char32_t utf8_next(std::string_view s, size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    const int n = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : -1;
    if (n < 0 || i + static_cast<size_t>(n) >= s.size()) {
        ++i;
        return b0;
    }
    char32_t cp = b0 & (0x3F >> n);
    for (int k = 1; k <= n; ++k) {
        const auto b = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return b0;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += static_cast<size_t>(n) + 1;
    return cp;
}

PYPORT_LIBFN void utf8_append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}
#else
char32_t utf8_next(std::string_view s, size_t& i);
void utf8_append(std::string& out, char32_t cp);
#endif

/// Number of code points in a UTF-8 string (continuation bytes are not counted).
inline int64_t utf8_len(std::string_view s) {
    int64_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

/// Byte length of the first `ncp` code points of s.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN size_t utf8_prefix_bytes(std::string_view s, int64_t ncp) {
    size_t i = 0;
    while (ncp > 0 && i < s.size()) {
        utf8_next(s, i);
        --ncp;
    }
    return i;
}

/// Py_UNICODE_TODECIMAL: Unicode 14.0 (CPython 3.11's database) category-Nd digits come in
/// runs of ten starting at these code points (plus ASCII '0').
PYPORT_LIBFN int unicode_decimal(char32_t c) {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c < 0x660) return -1;
    static constexpr char32_t zeros[] = {
        0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
        0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,
        0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,
        0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
        0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
        0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
        0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};
    for (char32_t z : zeros)
        if (c >= z && c < z + 10) return static_cast<int>(c - z);
    return -1;
}
#else
size_t utf8_prefix_bytes(std::string_view s, int64_t ncp);
int unicode_decimal(char32_t c);
#endif

/// Py_UNICODE_ISSPACE for code points >= 128 (ASCII is handled by ascii_space).
inline bool unicode_space_nonascii(char32_t c) {
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/// Py_ISSPACE: the C-locale ASCII whitespace int() and float() strip.
inline bool ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/// !str.isprintable() for assigned code points >= 128 (Cc, Cf, Zs, Zl, Zp, Cs, Co). Unassigned
/// code points (category Cn) are treated as printable: repr() would escape them, we don't.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN bool nonprintable_nonascii(char32_t c) {
    static constexpr char32_t ranges[][2] = {
        {0x80, 0xa0},       {0xad, 0xad},       {0x600, 0x605},     {0x61c, 0x61c},
        {0x6dd, 0x6dd},     {0x70f, 0x70f},     {0x890, 0x891},     {0x8e2, 0x8e2},
        {0x1680, 0x1680},   {0x180e, 0x180e},   {0x2000, 0x200f},   {0x2028, 0x202f},
        {0x205f, 0x2064},   {0x2066, 0x206f},   {0x3000, 0x3000},   {0xd800, 0xf8ff},
        {0xfeff, 0xfeff},   {0xfff9, 0xfffb},   {0x110bd, 0x110bd}, {0x110cd, 0x110cd},
        {0x13430, 0x13438}, {0x1bca0, 0x1bca3}, {0x1d173, 0x1d17a}, {0xe0001, 0xe0001},
        {0xe0020, 0xe007f}, {0xf0000, 0xffffd}, {0x100000, 0x10fffd}};
    for (const auto& r : ranges)
        if (c >= r[0] && c <= r[1]) return true;
    return c > 0x10FFFF;
}

/// repr() of a str given as UTF-8, for error messages such as float('abc').
PYPORT_LIBFN std::string str_repr(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    const char quote = (has_single && !has_double) ? '"' : '\'';
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(s.size() + 2);
    out += quote;
    size_t i = 0;
    while (i < s.size()) {
        const char32_t c = utf8_next(s, i);
        if (c == static_cast<char32_t>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && nonprintable_nonascii(c))) {
            int ndig = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
            out += '\\';
            out += ndig == 2 ? 'x' : ndig == 4 ? 'u' : 'U';
            for (int k = ndig - 1; k >= 0; --k) out += hex[(c >> (4 * k)) & 0xF];
        } else {
            utf8_append(out, c);
        }
    }
    out += quote;
    return out;
}

/// _PyUnicode_TransformDecimalAndSpaceToASCII: int() and float() first map non-ASCII
/// whitespace to ' ' and Unicode decimal digits to ASCII; anything else non-ASCII becomes '?'
/// and ends the string (so parsing then fails). ASCII strings are used unchanged.
PYPORT_LIBFN std::string_view to_ascii_number(std::string_view s, std::string& tmp) {
    bool ascii = true;
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) return s;
    tmp.clear();
    size_t i = 0;
    while (i < s.size()) {
        const char32_t c = utf8_next(s, i);
        if (c < 127) {
            tmp += static_cast<char>(c);
        } else if (unicode_space_nonascii(c)) {
            tmp += ' ';
        } else {
            int d = unicode_decimal(c);
            if (d < 0) {
                tmp += '?';
                break;
            }
            tmp += static_cast<char>('0' + d);
        }
    }
    return tmp;
}
#else
bool nonprintable_nonascii(char32_t c);
std::string str_repr(std::string_view s);
std::string_view to_ascii_number(std::string_view s, std::string& tmp);
#endif

// ---------------------------------------------------------------------------------------------
// Format-spec parsing (parse_internal_render_format_spec).

// Grouping kinds (CPython's LocaleType). 'n' uses the C locale: no separators at all.
inline constexpr char G_NONE = 0, G_COMMA = ',', G_UNDER = '_', G_UNDER4 = '4', G_LOCALE = 'n';

struct Spec {
    char32_t fill = ' ';
    char32_t align = '>';
    bool alternate = false;
    bool no_neg_0 = false;
    char sign = 0;
    int64_t width = -1;
    char thousands = G_NONE;
    int64_t precision = -1;
    char32_t type = 0;
};

/// The spec decoded to code points; format specs are short, so a stack array nearly always
/// suffices and hot `format(x, ".2f")` calls do not allocate.
struct SpecChars {
    char32_t small[48];
    std::u32string big;
    const char32_t* p = small;
    int64_t n = 0;
    explicit SpecChars(std::string_view s) {
        if (s.size() > std::size(small)) {
            size_t i = 0;
            while (i < s.size()) big += utf8_next(s, i);
            p = big.data();
            n = static_cast<int64_t>(big.size());
        } else {
            size_t i = 0;
            while (i < s.size()) small[n++] = utf8_next(s, i);
        }
    }
    SpecChars(const SpecChars&) = delete;
    SpecChars& operator=(const SpecChars&) = delete;
};

inline std::string char_for_message(char32_t c) {
    // CPython prints the offending code as %c when printable ASCII, else as \x<hex>.
    if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(c));
    return buf;
}

[[noreturn]] inline void unknown_presentation_type(char32_t type, const char* type_name) {
    raise<ValueError>("Unknown format code '" + char_for_message(type) + "' for object of type '" +
                      type_name + "'");
}

inline bool is_alignment_token(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/// get_integer: parses a run of (Unicode) decimal digits; returns the number of digits consumed.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN int64_t spec_integer(const SpecChars& sc, int64_t& pos, int64_t& result) {
    int64_t acc = 0, nd = 0;
    for (; pos < sc.n; ++pos, ++nd) {
        int d = unicode_decimal(sc.p[pos]);
        if (d < 0) break;
        if (acc > (std::numeric_limits<int64_t>::max() - d) / 10)
            raise<ValueError>("Too many decimal digits in format string");
        acc = acc * 10 + d;
    }
    result = acc;
    return nd;
}

PYPORT_LIBFN Spec parse_spec(std::string_view spec, char32_t default_type, char32_t default_align,
                       const char* type_name) {
    SpecChars sc(spec);
    const char32_t* s = sc.p;
    const int64_t end = sc.n;
    int64_t pos = 0;
    Spec f;
    f.align = default_align;
    f.type = default_type;
    bool align_specified = false, fill_specified = false;

    if (end - pos >= 2 && is_alignment_token(s[pos + 1])) {
        f.align = s[pos + 1];
        f.fill = s[pos];
        fill_specified = align_specified = true;
        pos += 2;
    } else if (end - pos >= 1 && is_alignment_token(s[pos])) {
        f.align = s[pos];
        align_specified = true;
        ++pos;
    }
    if (end - pos >= 1 && (s[pos] == ' ' || s[pos] == '+' || s[pos] == '-')) {
        f.sign = static_cast<char>(s[pos]);
        ++pos;
    }
    if (end - pos >= 1 && s[pos] == 'z') {
        f.no_neg_0 = true;
        ++pos;
    }
    if (end - pos >= 1 && s[pos] == '#') {
        f.alternate = true;
        ++pos;
    }
    // The '0' flag is sugar for fill '0' with '=' alignment (only where '>' is the default).
    if (!fill_specified && end - pos >= 1 && s[pos] == '0') {
        f.fill = '0';
        if (!align_specified && default_align == '>') f.align = '=';
        ++pos;
    }
    if (spec_integer(sc, pos, f.width) == 0) f.width = -1;
    if (end - pos && s[pos] == ',') {
        f.thousands = G_COMMA;
        ++pos;
    }
    if (end - pos && s[pos] == '_') {
        if (f.thousands != G_NONE) raise<ValueError>("Cannot specify both ',' and '_'.");
        f.thousands = G_UNDER;
        ++pos;
    }
    if (end - pos && s[pos] == ',' && f.thousands == G_UNDER)
        raise<ValueError>("Cannot specify both ',' and '_'.");
    if (end - pos && s[pos] == '.') {
        ++pos;
        if (spec_integer(sc, pos, f.precision) == 0)
            raise<ValueError>("Format specifier missing precision");
    }
    if (end - pos > 1)
        raise<ValueError>("Invalid format specifier '" + std::string(spec) +
                          "' for object of type '" + type_name + "'");
    if (end - pos == 1) f.type = s[pos];

    if (f.thousands != G_NONE) {
        switch (f.type) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                break;
            case 'b': case 'o': case 'x': case 'X':
                // PEP 515: '_' groups bin/oct/hex digits by four.
                if (f.thousands == G_UNDER) {
                    f.thousands = G_UNDER4;
                    break;
                }
                [[fallthrough]];
            default:
                raise<ValueError>(std::string("Cannot specify '") + f.thousands + "' with '" +
                                  char_for_message(f.type) + "'.");
        }
    }
    if (f.width > 0x7FFFFFFF) raise<PyportLimit>("format width too large");
    return f;
}

// ---------------------------------------------------------------------------------------------
// Number layout (calc_number_widths + fill_number + _PyUnicode_InsertThousandsGrouping).

PYPORT_LIBFN void append_fill(std::string& out, const char* fill, size_t fill_len, int64_t n) {
    if (n <= 0) return;
    if (fill_len == 1) {
        out.append(static_cast<size_t>(n), fill[0]);
    } else {
        for (int64_t k = 0; k < n; ++k) out.append(fill, fill_len);
    }
}

/// Digits with thousands separators inserted, zero-extended to min_width when the spec asks for
/// '0' padding (the zeros get separators too: format(1, '07,') == '000,001').
PYPORT_LIBFN std::string group_digits(std::string_view digits, int64_t min_width, int group, char sep) {
    // Built right-to-left like CPython, then reversed.
    std::string rev;
    min_width = std::max<int64_t>(0, min_width);
    int64_t remaining = static_cast<int64_t>(digits.size());
    size_t dpos = digits.size();
    const int64_t sep_len = group > 0 ? 1 : 0;
    bool use_sep = false, broken = false;
    auto emit = [&](int64_t n_chars, int64_t n_zeros) {
        if (use_sep && sep_len) rev += sep;
        for (int64_t k = 0; k < n_chars; ++k) rev += digits[--dpos];
        rev.append(static_cast<size_t>(n_zeros), '0');
    };
    if (group > 0) {
        for (;;) {
            int64_t l = std::min<int64_t>(group, std::max<int64_t>(std::max(remaining, min_width), 1));
            int64_t n_zeros = std::max<int64_t>(0, l - remaining);
            int64_t n_chars = std::max<int64_t>(0, std::min(remaining, l));
            emit(n_chars, n_zeros);
            use_sep = true;
            remaining -= n_chars;
            min_width -= l;
            if (remaining <= 0 && min_width <= 0) {
                broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if (!broken) {
        int64_t l = std::max<int64_t>(std::max(remaining, min_width), 1);
        int64_t n_zeros = std::max<int64_t>(0, l - remaining);
        int64_t n_chars = std::max<int64_t>(0, std::min(remaining, l));
        emit(n_chars, n_zeros);
    }
    return std::string(rev.rbegin(), rev.rend());
}

/// Lays out  <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>.
/// `remainder` may hold non-ASCII (format code 'c'); widths are counted in code points.
PYPORT_LIBFN std::string fill_number(const Spec& f, bool negative, std::string_view prefix,
                               std::string_view digits, bool has_decimal, std::string_view remainder,
                               char grouping) {
    char sign = 0;
    if (f.sign == '+') sign = negative ? '-' : '+';
    else if (f.sign == ' ') sign = negative ? '-' : ' ';
    else if (negative) sign = '-';
    const int64_t n_sign = sign ? 1 : 0;
    const int64_t n_remainder = utf8_len(remainder);
    const int64_t n_non_digit = n_sign + static_cast<int64_t>(prefix.size()) + (has_decimal ? 1 : 0) + n_remainder;
    const int64_t min_width = (f.fill == '0' && f.align == '=') ? f.width - n_non_digit : 0;

    int group = 0;
    char sep = 0;
    if (grouping == G_COMMA) group = 3, sep = ',';
    else if (grouping == G_UNDER) group = 3, sep = '_';
    else if (grouping == G_UNDER4) group = 4, sep = '_';
    std::string grouped;
    if (!digits.empty()) grouped = group_digits(digits, min_width, group, sep);

    int64_t lpad = 0, spad = 0, rpad = 0;
    const int64_t n_padding = f.width - (n_non_digit + static_cast<int64_t>(grouped.size()));
    if (n_padding > 0) {
        switch (f.align) {
            case '<': rpad = n_padding; break;
            case '^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
            case '=': spad = n_padding; break;
            default: lpad = n_padding; break;
        }
    }
    std::string fill;
    utf8_append(fill, f.fill);
    std::string out;
    out.reserve(static_cast<size_t>(std::max<int64_t>(f.width, 0)) * fill.size() + grouped.size() +
                remainder.size() + prefix.size() + 2);
    append_fill(out, fill.data(), fill.size(), lpad);
    if (sign) out += sign;
    out += prefix;
    append_fill(out, fill.data(), fill.size(), spad);
    out += grouped;
    if (has_decimal) out += '.';
    out += remainder;
    append_fill(out, fill.data(), fill.size(), rpad);
    return out;
}
#else
int64_t spec_integer(const SpecChars& sc, int64_t& pos, int64_t& result);
Spec parse_spec(std::string_view spec, char32_t default_type, char32_t default_align,
                       const char* type_name);
void append_fill(std::string& out, const char* fill, size_t fill_len, int64_t n);
std::string group_digits(std::string_view digits, int64_t min_width, int group, char sep);
std::string fill_number(const Spec& f, bool negative, std::string_view prefix,
                               std::string_view digits, bool has_decimal, std::string_view remainder,
                               char grouping);
#endif

// ---------------------------------------------------------------------------------------------
// Float to digits (PyOS_double_to_string / format_float_short).

/// Scratch characters on the stack, spilling to the heap only for huge precisions.
struct CharBuf {
    char small[400];
    std::string big;
    char* p;
    size_t cap;
    explicit CharBuf(size_t need) {
        if (need <= sizeof small) {
            p = small;
            cap = sizeof small;
        } else {
            big.resize(need);
            p = big.data();
            cap = need;
        }
    }
    CharBuf(const CharBuf&) = delete;
    CharBuf& operator=(const CharBuf&) = delete;
};

/// What Gay's _Py_dg_dtoa returns: value = 0.DIGITS x 10**decpt, no trailing zeros; a zero
/// result is "0" with decpt 1 (Gay returns "" for values rounding to zero in mode 3, which
/// lays out identically).
struct Dtoa {
    const char* digits;
    int64_t len;
    int64_t decpt;
};

/// Parses "D.DDDe+XX" (or "De-XX") written in b..e, compacting the digits in place.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Dtoa parse_scientific(char* b, char* e) {
    char* ep = b;
    while (ep < e && *ep != 'e') ++ep;
    int64_t len = 1;
    if (ep - b > 1) {  // "D.DDD"
        std::memmove(b + 1, b + 2, static_cast<size_t>(ep - b - 2));
        len = ep - b - 1;
    }
    int64_t exp = 0;
    const char* q = ep + 1;
    bool eneg = *q == '-';
    if (*q == '-' || *q == '+') ++q;
    for (; q < e; ++q) exp = exp * 10 + (*q - '0');
    if (eneg) exp = -exp;
    while (len > 1 && b[len - 1] == '0') --len;
    if (b[0] == '0') return {b, 1, 1};
    return {b, len, exp + 1};
}

/// Emulates _Py_dg_dtoa for finite a >= 0. mode 0: shortest round-trip digits; mode 2: `nd`
/// significant digits; mode 3: `nd` digits after the decimal point. std::to_chars with a
/// precision is specified to match printf("%.*e"/"%.*f"), which is exact and rounds ties to
/// even like Gay's code, so the digits agree (and it is ~4x faster than glibc's printf).
PYPORT_LIBFN Dtoa dtoa(double a, int mode, int64_t nd, CharBuf& cb) {
    char* b = cb.p;
    if (mode == 0) {
        auto r = std::to_chars(b, b + cb.cap, a, std::chars_format::scientific);
        return parse_scientific(b, r.ptr);
    }
    if (mode == 2) {
        auto r = std::to_chars(b, b + cb.cap, a, std::chars_format::scientific, static_cast<int>(nd - 1));
        return parse_scientific(b, r.ptr);
    }
    const int64_t n = std::to_chars(b, b + cb.cap, a, std::chars_format::fixed, static_cast<int>(nd)).ptr - b;
    char* dot = static_cast<char*>(std::memchr(b, '.', static_cast<size_t>(n)));
    int64_t len = n, decpt = n;
    if (dot) {
        decpt = dot - b;
        std::memmove(dot, dot + 1, static_cast<size_t>(n - decpt - 1));
        len = n - 1;
    }
    int64_t lz = 0;
    while (lz < len && b[lz] == '0') ++lz;
    if (lz == len) return {b, 1, 1};  // b[0] is '0'
    b += lz;
    len -= lz;
    decpt -= lz;
    while (len > 1 && b[len - 1] == '0') --len;
    return {b, len, decpt};
}

/// Writes C's "%c%+.02d": the exponent letter, its sign, and at least two digits.
PYPORT_LIBFN char* write_exponent(char* p, char letter, int64_t exp) {
    *p++ = letter;
    *p++ = exp < 0 ? '-' : '+';
    uint64_t e = static_cast<uint64_t>(exp < 0 ? -exp : exp);
    if (e >= 100) *p++ = static_cast<char>('0' + e / 100);
    *p++ = static_cast<char>('0' + e / 10 % 10);
    *p++ = static_cast<char>('0' + e % 10);
    return p;
}

/// format_float_short: lays out the digits for code 'e', 'f', 'g' or 'r' (repr), appending to
/// `out`. `precision` is as passed to _Py_dg_dtoa (already incremented for 'e').
PYPORT_LIBFN void format_float_short(std::string& out, double d, char code, int64_t precision,
                               bool add_dot_0, bool alt, bool no_neg_0, bool upper) {
    if (std::isnan(d)) {  // the sign of a nan is never shown
        out += upper ? "NAN" : "nan";
        return;
    }
    bool neg = std::signbit(d);
    if (std::isinf(d)) {
        if (neg) out += '-';
        out += upper ? "INF" : "inf";
        return;
    }
    const int mode = code == 'r' ? 0 : code == 'f' ? 3 : 2;
    size_t need = mode == 0 ? 40 : mode == 2 ? static_cast<size_t>(precision) + 16
                                              : static_cast<size_t>(precision) + 330;
    CharBuf cb(need);
    const Dtoa dd = dtoa(std::fabs(d), mode, precision, cb);
    const char* digits = dd.digits;
    const int64_t digits_len = dd.len;
    int64_t decpt = dd.decpt;
    if (no_neg_0 && neg && digits_len == 1 && digits[0] == '0') neg = false;

    int64_t vdigits_end = digits_len;
    bool use_exp = false;
    int64_t exp = 0;
    switch (code) {
        case 'e':
            use_exp = true;
            vdigits_end = precision;
            break;
        case 'f':
            vdigits_end = decpt + precision;
            break;
        case 'g':
            if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
            if (alt) vdigits_end = precision;
            break;
        default:  // 'r': exponent from 1e16 on, like repr
            if (decpt <= -4 || decpt > 16) use_exp = true;
            break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    const int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vdigits_end = std::max(vdigits_end, decpt + 1);
    else
        vdigits_end = std::max(vdigits_end, decpt);

    if (neg) out += '-';
    if (decpt <= 0) {
        out.append(static_cast<size_t>(decpt - vdigits_start), '0');
        out += '.';
        out.append(static_cast<size_t>(-decpt), '0');
    } else {
        out.append(static_cast<size_t>(-vdigits_start), '0');
    }
    if (0 < decpt && decpt <= digits_len) {
        out.append(digits, static_cast<size_t>(decpt));
        out += '.';
        out.append(digits + decpt, static_cast<size_t>(digits_len - decpt));
    } else {
        out.append(digits, static_cast<size_t>(digits_len));
    }
    if (digits_len < decpt) {
        out.append(static_cast<size_t>(decpt - digits_len), '0');
        out += '.';
        out.append(static_cast<size_t>(vdigits_end - decpt), '0');
    } else {
        out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
    }
    if (out.back() == '.' && !alt) out.pop_back();
    if (use_exp) {
        char eb[8];
        out.append(eb, static_cast<size_t>(write_exponent(eb, upper ? 'E' : 'e', exp) - eb));
    }
}

/// format_float_internal: format(val, spec) for a float once the spec is parsed and its type
/// validated (also used for ints formatted with a float presentation type).
PYPORT_LIBFN std::string format_float_internal(double val, const Spec& f) {
    if (f.precision > std::numeric_limits<int>::max()) raise<ValueError>("precision too big");
    if (f.precision > 100000000) raise<PyportLimit>("format precision too large");
    int64_t precision = f.precision, default_precision = 6;
    char32_t type = f.type;
    bool add_dot_0 = false, add_pct = false;
    if (type == 0) {
        // No type: like repr, or like 'g' with at least one digit after the point.
        add_dot_0 = true;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';

    bool upper = false;
    char code = static_cast<char>(type);
    switch (type) {
        case 'E': upper = true; code = 'e'; [[fallthrough]];
        case 'e': ++precision; break;
        case 'F': upper = true; code = 'f'; break;
        case 'G': upper = true; code = 'g'; [[fallthrough]];
        case 'g': if (precision == 0) precision = 1; break;
        default: break;
    }
    std::string buf;
    format_float_short(buf, val, code, precision, add_dot_0, f.alternate, f.no_neg_0, upper);
    if (add_pct) buf += '%';

    if (f.sign != '+' && f.sign != ' ' && f.width == -1 && f.type != 'n' && f.thousands == G_NONE)
        return buf;  // CPython's fast path: the digits are the answer

    std::string_view v = buf;
    bool negative = false;
    if (!v.empty() && v[0] == '-') {
        negative = true;
        v.remove_prefix(1);
    }
    size_t nd = 0;
    while (nd < v.size() && v[nd] >= '0' && v[nd] <= '9') ++nd;
    const bool has_decimal = nd < v.size() && v[nd] == '.';
    std::string_view remainder = v.substr(nd + (has_decimal ? 1 : 0));
    return fill_number(f, negative, {}, v.substr(0, nd), has_decimal, remainder,
                       f.type == 'n' ? G_LOCALE : f.thousands);
}
#else
Dtoa parse_scientific(char* b, char* e);
Dtoa dtoa(double a, int mode, int64_t nd, CharBuf& cb);
char* write_exponent(char* p, char letter, int64_t exp);
void format_float_short(std::string& out, double d, char code, int64_t precision,
                               bool add_dot_0, bool alt, bool no_neg_0, bool upper);
std::string format_float_internal(double val, const Spec& f);
#endif

/// format(x, spec) for int (and bool, which differs only in the type name in messages).
PYPORT_LIBFN std::string format_int_impl(int64_t x, std::string_view spec, const char* type_name);

}  // namespace numfmt_detail

// =============================================================================================
// Public API

/// str(i) / repr(i).
inline std::string int_to_str(int64_t x) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, x);
    return std::string(buf, r.ptr);
}

/// repr(x) == str(x): shortest round-trip digits, exponent form below 1e-4 and from 1e16 on.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN std::string float_repr(double x) {
    if (std::isnan(x)) return "nan";
    if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
    char sci[32];
    auto r = std::to_chars(sci, sci + sizeof sci, std::fabs(x), std::chars_format::scientific);
    const numfmt_detail::Dtoa dd = numfmt_detail::parse_scientific(sci, r.ptr);
    const char* dg = dd.digits;
    const int64_t n = dd.len, decpt = dd.decpt;
    char out[48];
    char* p = out;
    if (std::signbit(x)) *p++ = '-';
    if (decpt <= -4 || decpt > 16) {
        *p++ = dg[0];
        if (n > 1) {
            *p++ = '.';
            std::memcpy(p, dg + 1, static_cast<size_t>(n - 1));
            p += n - 1;
        }
        p = numfmt_detail::write_exponent(p, 'e', decpt - 1);
    } else if (decpt <= 0) {
        *p++ = '0';
        *p++ = '.';
        for (int64_t k = 0; k < -decpt; ++k) *p++ = '0';
        std::memcpy(p, dg, static_cast<size_t>(n));
        p += n;
    } else if (decpt >= n) {
        std::memcpy(p, dg, static_cast<size_t>(n));
        p += n;
        for (int64_t k = n; k < decpt; ++k) *p++ = '0';
        *p++ = '.';
        *p++ = '0';
    } else {
        std::memcpy(p, dg, static_cast<size_t>(decpt));
        p += decpt;
        *p++ = '.';
        std::memcpy(p, dg + decpt, static_cast<size_t>(n - decpt));
        p += n - decpt;
    }
    return std::string(out, p);
}

/// format(x, spec) for a float.
PYPORT_LIBFN std::string format_float(double x, std::string_view spec) {
    if (spec.empty()) return float_repr(x);
    if (spec.size() <= 3) {
        // Hot path for the common "{:.Nf}" specs: nothing but a precision and 'f'.
        if (spec.size() == 3 && spec[0] == '.' && spec[1] >= '0' && spec[1] <= '9' && spec[2] == 'f' &&
            std::isfinite(x)) {
            char buf[400];
            auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, spec[1] - '0');
            return std::string(buf, r.ptr);
        }
    }
    numfmt_detail::Spec f = numfmt_detail::parse_spec(spec, 0, '>', "float");
    switch (f.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
            return numfmt_detail::format_float_internal(x, f);
        default:
            numfmt_detail::unknown_presentation_type(f.type, "float");
    }
}
#else
std::string float_repr(double x);
std::string format_float(double x, std::string_view spec);
#endif

/// format(x, spec) for an int.
inline std::string format_int(int64_t x, std::string_view spec) {
    return numfmt_detail::format_int_impl(x, spec, "int");
}

/// format(b, spec) for a bool: str() for an empty spec, otherwise formatted as the int 1 or 0.
inline std::string format_bool(bool b, std::string_view spec) {
    if (spec.empty()) return b ? "True" : "False";
    return numfmt_detail::format_int_impl(b ? 1 : 0, spec, "bool");
}

/// format(s, spec) for a str given as UTF-8; width and precision count code points.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN std::string format_str(std::string_view s, std::string_view spec) {
    using namespace numfmt_detail;
    if (spec.empty()) return std::string(s);
    Spec f = parse_spec(spec, 's', '<', "str");
    if (f.type != 's') unknown_presentation_type(f.type, "str");
    if (f.sign == ' ') raise<ValueError>("Space not allowed in string format specifier");
    if (f.sign) raise<ValueError>("Sign not allowed in string format specifier");
    if (f.no_neg_0)
        raise<ValueError>("Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate) raise<ValueError>("Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') raise<ValueError>("'=' alignment not allowed in string format specifier");
    int64_t len = utf8_len(s);
    if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len))
        return std::string(s);
    std::string_view body = s;
    if (f.precision >= 0 && len >= f.precision) {
        len = f.precision;
        body = s.substr(0, utf8_prefix_bytes(s, len));
    }
    const int64_t total = f.width >= 0 && f.width > len ? f.width : len;
    int64_t lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
    int64_t rpad = total - len - lpad;
    std::string fill;
    utf8_append(fill, f.fill);
    std::string out;
    out.reserve(body.size() + static_cast<size_t>(lpad + rpad) * fill.size());
    append_fill(out, fill.data(), fill.size(), lpad);
    out += body;
    append_fill(out, fill.data(), fill.size(), rpad);
    return out;
}
#else
std::string format_str(std::string_view s, std::string_view spec);
#endif

namespace numfmt_detail {

#if PYPORT_LIB_BODIES
PYPORT_LIBFN std::string format_int_impl(int64_t x, std::string_view spec, const char* type_name) {
    if (spec.empty()) return int_to_str(x);
    Spec f = parse_spec(spec, 'd', '>', type_name);
    switch (f.type) {
        case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
            // float(x) is correctly rounded for every int64.
            return format_float_internal(static_cast<double>(x), f);
        default:
            unknown_presentation_type(f.type, type_name);
    }
    if (f.precision != -1) raise<ValueError>("Precision not allowed in integer format specifier");
    if (f.no_neg_0)
        raise<ValueError>("Negative zero coercion (z) not allowed in integer format specifier");
    if (f.type == 'c') {
        if (f.sign) raise<ValueError>("Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            raise<ValueError>("Alternate form (#) not allowed with integer format specifier 'c'");
        if (x < 0 || x > 0x10FFFF) raise<OverflowError>("%c arg not in range(0x110000)");
        std::string ch;
        utf8_append(ch, static_cast<char32_t>(x));
        // CPython treats the character as "remainder": padded but never grouped.
        return fill_number(f, false, {}, {}, false, ch, G_NONE);
    }
    int base = 10;
    const char* prefix = "";
    switch (f.type) {
        case 'b': base = 2; prefix = "0b"; break;
        case 'o': base = 8; prefix = "0o"; break;
        case 'x': base = 16; prefix = "0x"; break;
        case 'X': base = 16; prefix = "0X"; break;
        default: break;
    }
    const bool neg = x < 0;
    uint64_t mag = neg ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    char digits[72];
    char* e = digits + sizeof digits;
    char* p = e;
    const char* alphabet = f.type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        *--p = alphabet[mag % static_cast<unsigned>(base)];
        mag /= static_cast<unsigned>(base);
    } while (mag);
    return fill_number(f, neg, f.alternate ? std::string_view(prefix) : std::string_view(),
                       std::string_view(p, static_cast<size_t>(e - p)), false, {},
                       f.type == 'n' ? G_LOCALE : f.thousands);
}
#else
std::string format_int_impl(int64_t x, std::string_view spec, const char* type_name);
#endif

/// Correctly rounded decimal string -> double (the input is validated already; no sign).
/// from_chars leaves the value untouched when out of range, so overflow/underflow is decided
/// by the decimal magnitude `mag` (value < 10**mag).
inline double decimal_to_double(const char* b, const char* e, bool overflows_if_out_of_range) {
    double v = 0.0;
    auto r = std::from_chars(b, e, v, std::chars_format::general);
    if (r.ec == std::errc::result_out_of_range)
        v = overflows_if_out_of_range ? std::numeric_limits<double>::infinity() : 0.0;
    return v;
}

/// PyLong_FromDouble's checks, then the 64-bit range check pyport needs.
inline int64_t double_to_int64(double r, const char* limit_msg) {
    if (std::isinf(r)) raise<OverflowError>("cannot convert float infinity to integer");
    if (std::isnan(r)) raise<ValueError>("cannot convert float NaN to integer");
    if (r >= 9223372036854775808.0 || r < -9223372036854775808.0) raise<PyportLimit>(limit_msg);
    return static_cast<int64_t>(r);
}

}  // namespace numfmt_detail

/// round(x, ndigits): correctly rounded to ndigits decimal places, ties to even (on the exact
/// binary value, so round(2.675, 2) == 2.67), like CPython's dtoa-based double_round.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN double round_ndigits(double x, int64_t ndigits) {
    if (!std::isfinite(x)) return x;
    // Beyond these bounds the answer is x itself, or a zero with x's sign (CPython's
    // NDIGITS_MAX / NDIGITS_MIN).
    if (ndigits > 323) return x;
    if (ndigits < -308) return 0.0 * x;
    char buf[720];
    if (ndigits >= 0) {
        // Exact decimal rounding (ties to even), then back: can never overflow.
        auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::fixed,
                               static_cast<int>(ndigits));
        double v = numfmt_detail::decimal_to_double(buf, r.ptr, false);
        return std::copysign(v, x);
    }
    // Negative ndigits: round the exact digits ourselves. Values >= 1 have at most ~330
    // significant digits, so %.400e is exact; smaller values round to zero anyway.
    const double a = std::fabs(x);
    auto r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific, 400);
    const numfmt_detail::Dtoa dd = numfmt_detail::parse_scientific(buf, r.ptr);
    const int64_t ilim = dd.decpt + ndigits;  // digits kept
    if (a == 0.0 || ilim < 0) return std::copysign(0.0, x);
    char* d = buf;  // parse_scientific compacted the digits to the start of buf
    int64_t len = dd.len;
    bool up;
    if (ilim == 0) {
        // Keep nothing: round up to 10**-ndigits only if strictly above half of it.
        up = d[0] > '5' || (d[0] == '5' && len > 1);
    } else {
        const char rd = ilim < len ? d[ilim] : '0';
        const bool sticky = ilim + 1 < len;
        up = rd > '5' || (rd == '5' && (sticky || ((d[ilim - 1] - '0') & 1)));
    }
    // Build "<kept digits>e<exp>" with the kept digits (possibly incremented) as an integer.
    char num[400];
    int64_t k = 0;
    num[k++] = '0';  // room for a carry
    for (int64_t i = 0; i < ilim; ++i) num[k++] = i < len ? d[i] : '0';
    if (up) {
        int64_t i = k - 1;
        if (ilim == 0) {
            num[k++] = '1';
        } else {
            while (num[i] == '9') num[i--] = '0';
            ++num[i];
        }
    }
    const int64_t exp10 = dd.decpt - ilim;
    num[k++] = 'e';
    k = std::to_chars(num + k, num + sizeof num, exp10).ptr - num;
    const double v = numfmt_detail::decimal_to_double(num, num + k, true);
    if (std::isinf(v)) raise<OverflowError>("rounded value too large to represent");
    return std::copysign(v, x);
}
#else
double round_ndigits(double x, int64_t ndigits);
#endif

/// round(x): nearest integer, ties to even.
inline int64_t round_to_int(double x) {
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
    return numfmt_detail::double_to_int64(
        rounded, "integer result of round() does not fit in 64 bits" PYPORT_INT64_LIMIT_NOTE);
}

/// int(x) for a float: truncation toward zero.
inline int64_t float_to_int(double x) {
    return numfmt_detail::double_to_int64(
        std::trunc(x), "int() of a float beyond 64 bits" PYPORT_INT64_LIMIT_NOTE);
}

/// a // b for floats (CPython's _float_div_mod: derived from fmod so that a == b*q + r holds
/// as closely as possible, with the quotient snapped to an integer).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN double float_floordiv(double vx, double wx) {
    if (wx == 0.0) raise<ZeroDivisionError>("float floor division by zero");
    double mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) div -= 1.0;
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);  // zero with the sign of the true quotient
    }
    return floordiv;
}

/// a % b for floats: the result takes the sign of the divisor (and a zero result is a zero
/// with the divisor's sign).
PYPORT_LIBFN double float_mod(double vx, double wx) {
    if (wx == 0.0) raise<ZeroDivisionError>("float modulo");
    double mod = std::fmod(vx, wx);
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) mod += wx;
    } else {
        mod = std::copysign(0.0, wx);
    }
    return mod;
}

/// a ** b for floats (CPython's float_pow: special cases first, then libm pow).
PYPORT_LIBFN double float_pow(double iv, double iw) {
    auto is_odd_integer = [](double v) { return std::fmod(std::fabs(v), 2.0) == 1.0; };
    if (iw == 0) return 1.0;  // v**0 is 1, even 0**0 and nan**0
    if (std::isnan(iv)) return iv;
    if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
    if (std::isinf(iw)) {
        iv = std::fabs(iv);
        if (iv == 1.0) return 1.0;
        if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);
        return 0.0;
    }
    if (std::isinf(iv)) {
        const bool odd = is_odd_integer(iw);
        if (iw > 0.0) return odd ? iv : std::fabs(iv);
        return odd ? std::copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        const bool odd = is_odd_integer(iw);
        if (iw < 0.0) raise<ZeroDivisionError>("0.0 cannot be raised to a negative power");
        return odd ? iv : 0.0;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw)) {
            // Python computes a complex power here (complex.__pow__'s _Py_c_pow). We cannot
            // return it, but it fails with OverflowError first when a part is infinite.
            const double len = std::pow(-iv, iw);
            const double phase = std::atan2(0.0, iv) * iw;
            if (std::isinf(len * std::cos(phase)) || std::isinf(len * std::sin(phase)))
                raise<OverflowError>("complex exponentiation");
            raise<PyportLimit>("complex result of ** is not supported");
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return negate ? -1.0 : 1.0;  // also (-1)**huge, which some libms got wrong
    double ix = std::pow(numfmt_detail::opaque_f(iv), numfmt_detail::opaque_f(iw));
    // Finite operands: an infinite result is a range error (underflow to 0 is silent).
    if (std::isinf(ix)) raise<OverflowError>("(34, 'Numerical result out of range')");
    return negate ? -ix : ix;
}

/// a / b for ints: the correctly rounded quotient, as CPython's long_true_divide.
PYPORT_LIBFN double int_truediv(int64_t a, int64_t b) {
    if (b == 0) raise<ZeroDivisionError>("division by zero");
    const bool neg = (a < 0) != (b < 0);
    const uint64_t A = a < 0 ? 0 - static_cast<uint64_t>(a) : static_cast<uint64_t>(a);
    const uint64_t B = b < 0 ? 0 - static_cast<uint64_t>(b) : static_cast<uint64_t>(b);
    constexpr uint64_t exact = uint64_t{1} << 53;
    double r;
    if ((A <= exact && B <= exact) || A == 0) {
        // Both exact as doubles: IEEE division is correctly rounded.
        r = static_cast<double>(A) / static_cast<double>(B);
    } else {
        // Scale A so the integer quotient has >= 56 bits, fold the remainder into a sticky
        // bit below the rounding position, and let the (correctly rounded) uint64 -> double
        // conversion do the rounding; the power-of-two rescale is exact.
        const int la = 64 - __builtin_clzll(A);
        const int lb = 64 - __builtin_clzll(B);
        const int s = std::max(0, 56 + lb - la);
        const unsigned __int128 num = static_cast<unsigned __int128>(A) << s;
        uint64_t q = static_cast<uint64_t>(num / B);
        const uint64_t rem = static_cast<uint64_t>(num % B);
        q |= rem != 0 ? 1 : 0;
        r = std::ldexp(static_cast<double>(q), -s);
    }
    return neg ? -r : r;
}

/// Exact comparison of an int with a float: -1, 0, 1, or 2 when d is nan (unordered).
PYPORT_LIBFN int compare_int_float(int64_t i, double d) {
    if (std::isnan(d)) return 2;
    if (std::isinf(d)) return d > 0 ? -1 : 1;
    constexpr int64_t exact = int64_t{1} << 53;
    if (i >= -exact && i <= exact) {
        const double di = static_cast<double>(i);
        return di < d ? -1 : di > d ? 1 : 0;
    }
    if (d >= 9223372036854775808.0) return -1;
    if (d < -9223372036854775808.0) return 1;
    const double t = std::trunc(d);
    const int64_t ti = static_cast<int64_t>(t);
    if (i != ti) return i < ti ? -1 : 1;
    const double frac = d - t;  // exact
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}
#else
double float_floordiv(double vx, double wx);
double float_mod(double vx, double wx);
double float_pow(double iv, double iw);
double int_truediv(int64_t a, int64_t b);
int compare_int_float(int64_t i, double d);
#endif

/// float(i): round-half-even conversion (exactly what the hardware conversion does).
inline double int_to_float(int64_t i) { return static_cast<double>(i); }

/// float(s) for a str: whitespace, '_' between digits, inf/infinity/nan in any case.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN double parse_float(std::string_view orig) {
    using namespace numfmt_detail;
    auto fail = [&]() -> double {
        raise<ValueError>("could not convert string to float: " + str_repr(orig));
    };
    std::string tmp, nounder;
    std::string_view s = to_ascii_number(orig, tmp);
    if (s.find('_') != std::string_view::npos) {
        // _Py_string_to_number_with_underscores: '_' only between two digits.
        char prev = 0;
        for (char c : s) {
            if (c == 0) return fail();
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) return fail();
            } else {
                nounder += c;
                if (prev == '_' && !(c >= '0' && c <= '9')) return fail();
            }
            prev = c;
        }
        if (prev == '_') return fail();
        s = nounder;
    }
    size_t b = 0, e = s.size();
    while (b < e && ascii_space(s[b])) ++b;
    if (b == e) return fail();
    while (e > b + 1 && ascii_space(s[e - 1])) --e;
    s = s.substr(b, e - b);

    // _Py_dg_strtod's grammar: [sign] digits [. digits] | . digits, then [e [sign] digits].
    size_t i = 0;
    bool neg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    const size_t body = i;
    auto isdig = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
    size_t int_digits = 0, frac_digits = 0;
    while (isdig(i)) ++i, ++int_digits;
    if (i < s.size() && s[i] == '.') {
        size_t j = i + 1;
        while (isdig(j)) ++j, ++frac_digits;
        if (int_digits || frac_digits) i = j;
    }
    if (int_digits == 0 && frac_digits == 0) {
        // Not a number: maybe inf, infinity or nan (case-insensitive).
        auto match = [&](size_t at, const char* word) {
            size_t n = std::strlen(word);
            if (at + n > s.size()) return false;
            for (size_t k = 0; k < n; ++k)
                if ((s[at + k] | 0x20) != word[k]) return false;
            return true;
        };
        size_t j = body;
        double v;
        if (match(j, "inf")) {
            j += 3;
            if (match(j, "inity")) j += 5;
            v = std::numeric_limits<double>::infinity();
        } else if (match(j, "nan")) {
            j += 3;
            v = std::numeric_limits<double>::quiet_NaN();
        } else {
            return fail();
        }
        if (j != s.size()) return fail();
        return neg ? -v : v;
    }
    // Decimal magnitude of the first significant digit (before the exponent is applied):
    // when from_chars reports out-of-range, its sign tells overflow from underflow.
    int64_t mag = 0;
    {
        size_t z = body;
        while (z < body + int_digits && s[z] == '0') ++z;
        mag = static_cast<int64_t>(body + int_digits - z);
        if (mag == 0 && frac_digits > 0) {
            size_t q = body + int_digits + 1;
            while (q < body + int_digits + 1 + frac_digits && s[q] == '0') ++q, --mag;
        }
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        bool eneg = false;
        if (j < s.size() && (s[j] == '+' || s[j] == '-')) eneg = s[j++] == '-';
        if (isdig(j)) {
            int64_t ev = 0;
            while (isdig(j)) {
                if (ev < 1000000000) ev = ev * 10 + (s[j] - '0');
                ++j;
            }
            mag += eneg ? -ev : ev;
            i = j;
        }
    }
    if (i != s.size()) return fail();
    const double v = decimal_to_double(s.data() + body, s.data() + i, mag > 0);
    return neg ? -v : v;
}

/// int(s, base) for a str, base 0 or 2..36.
PYPORT_LIBFN int64_t parse_int(std::string_view orig, int base) {
    using namespace numfmt_detail;
    if ((base != 0 && base < 2) || base > 36)
        raise<ValueError>("int() base must be >= 2 and <= 36, or 0");
    const int orig_base = base;
    auto fail = [&]() -> int64_t {
        // "%.200R": the repr, cut to 200 code points.
        std::string r = str_repr(orig);
        r.resize(utf8_prefix_bytes(r, 200));
        raise<ValueError>("invalid literal for int() with base " + std::to_string(orig_base) + ": " + r);
    };
    std::string tmp;
    const std::string_view s = to_ascii_number(orig, tmp);
    // CPython scans a NUL-terminated buffer: past the end reads as '\0'.
    auto at = [&](size_t k) -> char { return k < s.size() ? s[k] : '\0'; };
    auto digit_value = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return 37;
    };
    size_t p = 0;
    while (at(p) != '\0' && ascii_space(at(p))) ++p;
    bool neg = false;
    if (at(p) == '+') {
        ++p;
    } else if (at(p) == '-') {
        ++p;
        neg = true;
    }
    bool error_if_nonzero = false;
    if (base == 0) {
        const char c1 = at(p + 1);
        if (at(p) != '0') base = 10;
        else if (c1 == 'x' || c1 == 'X') base = 16;
        else if (c1 == 'o' || c1 == 'O') base = 8;
        else if (c1 == 'b' || c1 == 'B') base = 2;
        else {
            // "0777" style octal is invalid, but all-zero strings are fine.
            error_if_nonzero = true;
            base = 10;
        }
    }
    if (at(p) == '0') {
        const char c1 = at(p + 1);
        if ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) ||
            (base == 2 && (c1 == 'b' || c1 == 'B'))) {
            p += 2;
            if (at(p) == '_') ++p;  // one underscore allowed after the prefix
        }
    }
    if (at(p) == '_') return fail();
    const size_t start = p;
    // Scan digits and single underscores; accumulate the magnitude, noting overflow.
    const bool binary_base = (base & (base - 1)) == 0;
    unsigned __int128 mag = 0;
    bool overflow = false, nonzero = false;
    int64_t ndigits = 0;
    char prev = 0;
    for (;;) {
        const char c = at(p);
        const int dv = digit_value(c);
        if (!(dv < base || c == '_')) break;
        if (c == '_') {
            if (prev == '_') return fail();
        } else {
            ++ndigits;
            if (dv) nonzero = true;
            if (!overflow) {
                mag = mag * static_cast<unsigned>(base) + static_cast<unsigned>(dv);
                if (mag > (static_cast<unsigned __int128>(1) << 64)) overflow = true;
            }
        }
        prev = c;
        ++p;
    }
    if (prev == '_') return fail();
    if (!binary_base && ndigits > 4300)
        raise<ValueError>("Exceeds the limit (4300 digits) for integer string conversion: value has " +
                          std::to_string(ndigits) +
                          " digits; use sys.set_int_max_str_digits() to increase the limit");
    if (error_if_nonzero && nonzero) return fail();
    if (p == start) return fail();
    while (at(p) != '\0' && ascii_space(at(p))) ++p;
    if (p != s.size()) return fail();  // trailing junk, or an embedded NUL
    const unsigned __int128 limit = static_cast<unsigned __int128>(uint64_t{1} << 63) - (neg ? 0 : 1);
    if (overflow || mag > limit)
        raise<PyportLimit>("int() of a string beyond 64 bits" PYPORT_INT64_LIMIT_NOTE);
    const uint64_t m = static_cast<uint64_t>(mag);
    return neg ? static_cast<int64_t>(0 - m) : static_cast<int64_t>(m);
}
#else
double parse_float(std::string_view orig);
int64_t parse_int(std::string_view orig, int base);
#endif

}  // namespace py
