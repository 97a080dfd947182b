//! Python str operations on UTF-8 `py::Str` by code point: len, indexing, slicing, repetition, `in`, chr/ord, and CPython's str repr.
#pragma once
#include "prebuilt.hpp"
#include <new>

#include "slice.hpp"
#include "unicode_printable.hpp"

namespace py {

namespace detail {

constexpr bool is_cont(unsigned char b) { return (b & 0xC0) == 0x80; }

/// True when none of the n bytes at p has the high bit set.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN bool all_ascii(const char* p, size_t n) {
    uint64_t acc = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        acc |= w;
    }
    for (; i < n; ++i) acc |= static_cast<unsigned char>(p[i]);
    return (acc & 0x8080808080808080ULL) == 0;
}
#else
bool all_ascii(const char* p, size_t n);
#endif

/// Number of code points in n bytes (bytes that do not continue a sequence).
inline int64_t count_code_points(const char* p, size_t n) {
    int64_t c = 0;
    for (size_t i = 0; i < n; ++i) c += !is_cont(static_cast<unsigned char>(p[i]));
    return static_cast<int64_t>(c);
}

/// Byte length of the code point starting at offset `off`.
inline size_t cp_bytes(const char* p, size_t n, size_t off) {
    size_t e = off + 1;
    while (e < n && is_cont(static_cast<unsigned char>(p[e]))) ++e;
    return e - off;
}

/// Decode one code point at p (len bytes, from cp_bytes); malformed bytes
/// decode as lone surrogates U+DC80..U+DCFF (surrogateescape).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN uint32_t decode_cp(const char* p, size_t len) {
    auto b0 = static_cast<unsigned char>(p[0]);
    if (b0 < 0x80) return b0;
    auto cont = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(p[k]) & 0x3F); };
    if (len == 2 && b0 >= 0xC2 && b0 <= 0xDF) return ((b0 & 0x1Fu) << 6) | cont(1);
    if (len == 3 && b0 >= 0xE0 && b0 <= 0xEF) {
        uint32_t c = ((b0 & 0x0Fu) << 12) | (cont(1) << 6) | cont(2);
        if (c >= 0x800) return c;
    }
    if (len == 4 && b0 >= 0xF0 && b0 <= 0xF4) {
        uint32_t c = ((b0 & 0x07u) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
        if (c >= 0x10000 && c <= 0x10FFFF) return c;
    }
    return 0xDC00u + b0;
}

PYPORT_LIBFN void encode_cp(std::string& out, uint32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

/// CPython's Py_UNICODE_ISPRINTABLE for code points >= 0x80.
PYPORT_LIBFN bool is_printable_nonascii(uint32_t c) {
    size_t lo = 0, hi = kNonPrintableCount;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (kNonPrintable[mid][1] < c) lo = mid + 1;
        else hi = mid;
    }
    return !(lo < kNonPrintableCount && kNonPrintable[lo][0] <= c);
}
#else
uint32_t decode_cp(const char* p, size_t len);
void encode_cp(std::string& out, uint32_t c);
bool is_printable_nonascii(uint32_t c);
#endif

[[noreturn, PYPORT_COLD]] inline void str_index_error() {
    throw IndexError("string index out of range");
}

/// Byte offsets of every code point start, plus the total size at the end.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN std::vector<size_t> cp_offsets(const char* p, size_t n) {
    std::vector<size_t> offs;
    offs.reserve(n + 1);
    for (size_t i = 0; i < n; ++i)
        if (!is_cont(static_cast<unsigned char>(p[i]))) offs.push_back(i);
    offs.push_back(n);
    return offs;
}
#else
std::vector<size_t> cp_offsets(const char* p, size_t n);
#endif

}  // namespace detail

/// `len(s)` in code points.
inline int64_t str_len(std::string_view s) { return detail::count_code_points(s.data(), s.size()); }

inline int64_t len(const Str& s) { return s.cp_count(); }

/// `s[i]` by code point, negative indices from the end.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Str str_getitem(std::string_view s, int64_t i) {
    const char* p = s.data();
    size_t n = s.size();
    if (i >= 0) {
        auto u = static_cast<uint64_t>(i);
        if (u < n && detail::all_ascii(p, u + 1)) [[likely]]
            return Str(1, p[u]);
        int64_t k = 0;
        for (size_t off = 0; off < n; ++k) {
            size_t len = detail::cp_bytes(p, n, off);
            if (k == i) return Str(p + off, len);
            off += len;
        }
        detail::str_index_error();
    }
    // Walk back -i code points from the end.
    size_t off = n;
    uint64_t want = 0 - static_cast<uint64_t>(i);
    uint64_t k = 0;
    size_t end = n;
    while (off > 0) {
        --off;
        if (!detail::is_cont(static_cast<unsigned char>(p[off]))) {
            if (++k == want) return Str(p + off, end - off);
            end = off;
        }
    }
    detail::str_index_error();
}

/// `s[lo:hi:step]` by code point.
PYPORT_LIBFN Str str_slice(std::string_view s, std::optional<int64_t> lo, std::optional<int64_t> hi,
                     std::optional<int64_t> step, int /*line*/) {
    const char* p = s.data();
    size_t n = s.size();
    int64_t st = step ? *step : 1;
    if (st == 1 && (!lo || *lo >= 0) && hi && *hi >= 0) {
        // Forward walk only as far as needed.
        int64_t a = lo ? *lo : 0, b = *hi;
        if (b <= a) return Str();
        size_t off = 0;
        int64_t k = 0;
        size_t begin = n;
        while (off < n) {
            if (k == a) begin = off;
            if (k == b) break;
            off += detail::cp_bytes(p, n, off);
            ++k;
        }
        if (begin >= off) return Str();
        return Str(p + begin, off - begin);
    }
    if (detail::all_ascii(p, n)) {
        SliceBounds b = slice_adjust(lo, hi, step, static_cast<int64_t>(n));
        if (b.step == 1) return Str(p + b.start, static_cast<size_t>(b.count));
        Str out;
        out.resize(static_cast<size_t>(b.count));
        int64_t j = b.start;
        for (int64_t k = 0; k < b.count; ++k, j += b.step) out[static_cast<size_t>(k)] = p[j];
        return out;
    }
    auto offs = detail::cp_offsets(p, n);
    int64_t ncp = static_cast<int64_t>(offs.size()) - 1;
    SliceBounds b = slice_adjust(lo, hi, step, ncp);
    if (b.count == 0) return Str();
    if (b.step == 1) {
        size_t from = offs[static_cast<size_t>(b.start)];
        size_t to = offs[static_cast<size_t>(b.start + b.count)];
        return Str(p + from, to - from);
    }
    Str out;
    int64_t j = b.start;
    for (int64_t k = 0; k < b.count; ++k, j += b.step) {
        size_t from = offs[static_cast<size_t>(j)], to = offs[static_cast<size_t>(j) + 1];
        out.append(p + from, to - from);
    }
    return out;
}
#else
Str str_getitem(std::string_view s, int64_t i);
Str str_slice(std::string_view s, std::optional<int64_t> lo, std::optional<int64_t> hi,
                     std::optional<int64_t> step, int /*line*/);
#endif

// ---- the same on a `Str`, through its cached code point count and sparse index. Templates
// constrained to Str, so a Str argument picks them over the string_view versions above while a
// std::string or literal still goes to those.
template <class S>
concept exact_str = std::same_as<std::remove_cvref_t<S>, Str>;

namespace detail {
/// Byte offset of code point k (0 <= k <= len) of a non-ASCII Str.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN size_t cp_offset(const Str& s, int64_t k) {
    const char* p = s.data();
    size_t n = s.size();
    if (k >= s.cp_count()) return n;
    const auto* idx = s.cp_index();
    size_t off = 0;
    int64_t rest = k;
    if (idx) {
        off = (*idx)[static_cast<size_t>(k >> 6)];
        rest = k & 63;
    }
    for (; rest > 0; --rest) off += cp_bytes(p, n, off);
    return off;
}
#else
size_t cp_offset(const Str& s, int64_t k);
#endif
}  // namespace detail

template <exact_str S>
inline int64_t str_len(const S& s) {
    return s.cp_count();
}

template <exact_str S>
inline Str str_getitem(const S& s, int64_t i) {
    int64_t n = s.cp_count();
    if (i < 0) i += n;
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) [[unlikely]]
        detail::str_index_error();
    const char* p = s.data();
    if (n == static_cast<int64_t>(s.size())) [[likely]]
        return Str(1, p[i]);
    size_t off = detail::cp_offset(s, i);
    return Str(p + off, detail::cp_bytes(p, s.size(), off));
}

template <exact_str S>
inline Str str_slice(const S& s, std::optional<int64_t> lo, std::optional<int64_t> hi, std::optional<int64_t> step,
                     int line) {
    int64_t n = s.cp_count();
    const char* p = s.data();
    SliceBounds b = slice_adjust(lo, hi, step, n);
    if (b.count <= 0) return Str();
    if (n == static_cast<int64_t>(s.size())) {
        Str out;
        if (b.step == 1) {
            out.assign(p + b.start, static_cast<size_t>(b.count));
        } else {
            out.resize(static_cast<size_t>(b.count));
            int64_t j = b.start;
            for (int64_t k = 0; k < b.count; ++k, j += b.step) out[static_cast<size_t>(k)] = p[j];
        }
        out.set_cp_count(b.count);
        return out;
    }
    if (b.step == 1) {
        size_t from = detail::cp_offset(s, b.start);
        size_t to = detail::cp_offset(s, b.start + b.count);
        Str out(p + from, to - from);
        out.set_cp_count(b.count);
        return out;
    }
    Str out = str_slice(std::string_view(s), lo, hi, step, line);
    out.set_cp_count(b.count);
    return out;
}

/// `s * n` (n <= 0 gives "").
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Str str_repeat(std::string_view s, int64_t n) {
    if (n <= 0 || s.empty()) return Str();
    size_t total;
    if (__builtin_mul_overflow(s.size(), static_cast<uint64_t>(n), &total) || total > (size_t{1} << 62))
        throw std::bad_alloc();
    Str out;
    if (s.size() == 1) {
        out.assign(total, s[0]);
        return out;
    }
    out.reserve(total);
    out.append(s);
    while (out.size() * 2 <= total) out.append(out.data(), out.size());
    out.append(out.data(), total - out.size());
    return out;
}
#else
Str str_repeat(std::string_view s, int64_t n);
#endif

/// `needle in hay`.
inline bool str_contains(std::string_view hay, std::string_view needle) {
    return hay.find(needle) != std::string_view::npos;
}

/// `chr(i)`.
inline Str chr(int64_t i) {
    if (i < 0 || i >= 0x110000) [[unlikely]]
        raise_lit<ValueError>("chr() arg not in range(0x110000)");
    Str out;
    detail::encode_cp(out, static_cast<uint32_t>(i));
    return out;
}

/// `ord(s)`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN int64_t ord(std::string_view s) {
    if (!s.empty()) {
        size_t len = detail::cp_bytes(s.data(), s.size(), 0);
        if (len == s.size()) return detail::decode_cp(s.data(), len);
    }
    throw TypeError("ord() expected a character, but string of length " + std::to_string(str_len(s)) +
                    " found");
}

/// Append CPython's `repr(s)` to out.
PYPORT_LIBFN void str_repr_to(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    bool has_sq = s.find('\'') != std::string_view::npos;
    bool has_dq = s.find('"') != std::string_view::npos;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    out.reserve(out.size() + s.size() + 2);
    out.push_back(quote);
    const char* p = s.data();
    size_t n = s.size();
    for (size_t i = 0; i < n;) {
        auto b = static_cast<unsigned char>(p[i]);
        if (b < 0x80) {
            ++i;
            if (b == static_cast<unsigned char>(quote) || b == '\\') {
                out.push_back('\\');
                out.push_back(static_cast<char>(b));
            } else if (b == '\t') {
                out += "\\t";
            } else if (b == '\n') {
                out += "\\n";
            } else if (b == '\r') {
                out += "\\r";
            } else if (b < ' ' || b == 0x7F) {
                out += "\\x";
                out.push_back(hex[b >> 4]);
                out.push_back(hex[b & 15]);
            } else {
                out.push_back(static_cast<char>(b));
            }
            continue;
        }
        size_t len = detail::cp_bytes(p, n, i);
        uint32_t c = detail::decode_cp(p + i, len);
        if (c >= 0xDC00 && c <= 0xDCFF && len > 1 && !(len == 3 && static_cast<unsigned char>(p[i]) == 0xED)) {
            // Malformed multi-byte run: escape its first byte, continue after it.
            len = 1;
        }
        if (detail::is_printable_nonascii(c)) {
            out.append(p + i, len);
        } else if (c <= 0xFF) {
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
        i += len;
    }
    out.push_back(quote);
}
#else
int64_t ord(std::string_view s);
void str_repr_to(std::string& out, std::string_view s);
#endif

}  // namespace py
