//! Python `bytes` (`py::Bytes`, an immutable value) and `bytearray` (`py::ByteArray`, shared by
//! reference like a list): construction, indexing (ints), slicing, slice assignment, `+`/`*`,
//! comparisons, CPython's repr and hash, the codecs utf-8/ascii/latin-1 with CPython's
//! UnicodeDecodeError/UnicodeEncodeError messages, `hex`/`fromhex`, `int.from_bytes`/`int.to_bytes`
//! and the byte-string methods the compiler supports. Int-valued results are `py::int_t`.
#pragma once
#include "prebuilt.hpp"
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base.hpp"
#include "bigint.hpp"
#include "hash.hpp"
#include "iter.hpp"
#include "list.hpp"
#include "slice.hpp"
#include "str.hpp"
#include "text.hpp"

namespace py {

PYPORT_EXCEPTION(UnicodeDecodeError, UnicodeError)
PYPORT_EXCEPTION(UnicodeEncodeError, UnicodeError)

/// Iterates a byte string's bytes as Python ints.
struct ByteIter {
    const char* p;
    py::int_t operator*() const { return py::int_t(static_cast<int64_t>(static_cast<unsigned char>(*p))); }
    ByteIter& operator++() {
        ++p;
        return *this;
    }
    bool operator!=(const ByteIter& o) const { return p != o.p; }
    bool operator==(const ByteIter& o) const { return p == o.p; }
};

namespace bytes_detail {

/// CPython's bytes repr body: `'` quotes unless the bytes hold `'` and no `"`. A bytearray's repr
/// (bytearrayobject.c) escapes `'` whichever quote it uses; a bytes repr only escapes its quote.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN void repr_body(std::string& out, std::string_view s, bool escape_single = false) {
    bool sq = s.find('\'') != std::string_view::npos, dq = s.find('"') != std::string_view::npos;
    char q = (sq && !dq) ? '"' : '\'';
    static const char* hex = "0123456789abcdef";
    out.push_back('b');
    out.push_back(q);
    for (unsigned char c : s) {
        if (c == static_cast<unsigned char>(q) || c == '\\' || (escape_single && c == '\'')) {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7f) {
            out += "\\x";
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    out.push_back(q);
}
#else
void repr_body(std::string& out, std::string_view s, bool escape_single = false);
#endif

inline int cmp(std::string_view a, std::string_view b) { return a.compare(b); }

}  // namespace bytes_detail

struct ByteArray;

/// A cursor over a byte string's bytes as ints; for a bytearray it reads the shared bytes at each
/// step, so changes made while iterating are seen (as in CPython).
template <class B>
struct BytesCursor : CursorBase<BytesCursor<B>> {
    using value_type = py::int_t;
    B b;
    size_t off = 0;
    explicit BytesCursor(B x) : b(std::move(x)) {}
    bool next(py::int_t& out) {
        std::string_view s = b.view();
        if (off >= s.size()) return false;
        out = py::int_t(static_cast<int64_t>(static_cast<unsigned char>(s[off++])));
        return true;
    }
};

/// `bytes`: an immutable byte string.
struct Bytes {
    static constexpr bool py_bytes_like = true;
    std::string s;
    Bytes() = default;
    explicit Bytes(std::string v) : s(std::move(v)) {}
    Bytes(const char* p, size_t n) : s(p, n) {}
    size_t size() const { return s.size(); }
    std::string_view view() const { return s; }
    ByteIter begin() const { return {s.data()}; }
    ByteIter end() const { return {s.data() + s.size()}; }
    BytesCursor<Bytes> iter() const;
    void py_repr(std::string& out) const { bytes_detail::repr_body(out, s); }
    Str py_format(std::string_view spec) const {
        if (!spec.empty()) detail::bad_format_spec("bytes");
        return py::repr(*this);
    }
    int64_t py_hash() const { return detail::hash_bytes(reinterpret_cast<const unsigned char*>(s.data()), s.size()); }
    bool py_bool() const { return !s.empty(); }
    template <class B> bool py_eq(const B& o) const
        requires requires { o.view(); }
    { return view() == o.view(); }
    template <class B> bool py_lt(const B& o) const
        requires requires { o.view(); }
    { return view() < o.view(); }
};

/// `bytearray`: a mutable byte string shared by every reference (like a list).
struct ByteArray {
    static constexpr bool py_bytes_like = true;
    Shared<std::string> p = py::make_shared<std::string>();
    ByteArray() = default;
    explicit ByteArray(std::string v) : p(py::make_shared<std::string>(std::move(v))) {}
    std::string& str() const { return *p; }
    size_t size() const { return p->size(); }
    std::string_view view() const { return *p; }
    BytesCursor<ByteArray> iter() const;
    void py_repr(std::string& out) const {
        out += "bytearray(";
        bytes_detail::repr_body(out, *p, true);
        out.push_back(')');
    }
    bool py_bool() const { return !p->empty(); }
    Str py_format(std::string_view spec) const {
        if (!spec.empty()) detail::bad_format_spec("bytearray");
        return py::repr(*this);
    }
    template <class B> bool py_eq(const B& o) const
        requires requires { o.view(); }
    { return view() == o.view(); }
    template <class B> bool py_lt(const B& o) const
        requires requires { o.view(); }
    { return view() < o.view(); }
};

inline BytesCursor<Bytes> Bytes::iter() const { return BytesCursor<Bytes>(*this); }
inline BytesCursor<ByteArray> ByteArray::iter() const { return BytesCursor<ByteArray>(*this); }

template <class B> inline constexpr bool is_bytes_v = std::is_same_v<std::remove_cvref_t<B>, Bytes>;

/// Wraps raw bytes as the byte-string type B.
template <class B> inline B bytes_make(std::string s) { return B(std::move(s)); }

inline Bytes bytes_lit(const char* p, size_t n) { return Bytes(p, n); }

[[noreturn, PYPORT_COLD]] inline void byte_range_error() { throw ValueError("byte must be in range(0, 256)"); }

/// One byte from a Python int (CPython's ValueError text `msg` outside 0..255).
template <class I> inline char byte_of(const I& v, const char* msg = "byte must be in range(0, 256)") {
    if (v < I(0) || v > I(255)) throw ValueError(msg);
    return static_cast<char>(static_cast<int64_t>(v));
}
/// An `int | None` item (`yield node.symbol` of an `Optional[int]` field): CPython's TypeError for None.
template <class I> inline char byte_of(const std::optional<I>& v, const char* msg = "byte must be in range(0, 256)") {
    if (!v) throw TypeError("'NoneType' object cannot be interpreted as an integer");
    return byte_of(*v, msg);
}

/// `bytes(n)` / `bytearray(n)`: n zero bytes.
template <class B, class I> inline B bytes_zeros(const I& n) {
    if (n < I(0)) throw ValueError("negative count");
    return B(std::string(static_cast<size_t>(static_cast<int64_t>(n)), '\0'));
}

/// `bytes(iterable_of_ints)` / `bytearray(...)`; a byte string argument is copied.
template <class B, class It> inline B bytes_from(const It& xs) {
    if constexpr (requires { xs.view(); }) {
        return B(std::string(xs.view()));
    } else {
        std::string s;
        for (auto&& x : xs) s.push_back(byte_of(x, "bytes must be in range(0, 256)"));
        return B(std::move(s));
    }
}

template <class B> inline py::int_t bytes_len(const B& b) { return py::int_t(static_cast<int64_t>(b.size())); }

template <class B> inline py::int_t bytes_getitem(const B& b, int64_t i) {
    std::string_view s = b.view();
    size_t k = detail::norm_index(i, s.size());
    if (k >= s.size()) [[unlikely]]
        throw IndexError(is_bytes_v<B> ? "index out of range" : "bytearray index out of range");
    return py::int_t(static_cast<int64_t>(static_cast<unsigned char>(s[k])));
}

template <class I> inline void bytearray_setitem(const ByteArray& b, int64_t i, const I& v) {
    std::string& s = b.str();
    size_t k = detail::norm_index(i, s.size());
    if (k >= s.size()) [[unlikely]]
        throw IndexError("bytearray index out of range");
    s[k] = byte_of(v);
}

template <class B>
inline B bytes_slice(const B& b, std::optional<int64_t> lo, std::optional<int64_t> hi, std::optional<int64_t> step,
                     int /*line*/) {
    std::string_view src = b.view();
    SliceBounds sb = slice_adjust(lo, hi, step, static_cast<int64_t>(src.size()));
    std::string out;
    if (sb.count > 0) {
        if (sb.step == 1) {
            out.assign(src.substr(static_cast<size_t>(sb.start), static_cast<size_t>(sb.count)));
        } else {
            out.reserve(static_cast<size_t>(sb.count));
            int64_t j = sb.start;
            for (int64_t k = 0; k < sb.count; ++k, j += sb.step) out.push_back(src[static_cast<size_t>(j)]);
        }
    }
    return B(std::move(out));
}

/// Raw bytes of the right-hand side of a bytearray slice assignment (a byte string or ints).
template <class X> inline std::string bytes_raw(const X& x) {
    if constexpr (requires { x.view(); }) {
        return std::string(x.view());
    } else {
        std::string s;
        for (auto&& v : x) s.push_back(byte_of(v));
        return s;
    }
}

/// `ba[lo:hi:step] = src`.
template <class X>
inline void bytearray_set_slice(const ByteArray& b, std::optional<int64_t> lo, std::optional<int64_t> hi,
                                std::optional<int64_t> step, const X& src, int /*line*/) {
    std::string items = bytes_raw(src);  // copy first: src may be b
    std::string& v = b.str();
    SliceBounds sb = slice_adjust(lo, hi, step, static_cast<int64_t>(v.size()));
    if (sb.step == 1) {
        int64_t stop = sb.stop < sb.start ? sb.start : sb.stop;
        v.replace(static_cast<size_t>(sb.start), static_cast<size_t>(stop - sb.start), items);
        return;
    }
    if (static_cast<int64_t>(items.size()) != sb.count) {
        throw ValueError("attempt to assign bytes of size " + std::to_string(items.size()) +
                         " to extended slice of size " + std::to_string(sb.count));
    }
    int64_t j = sb.start;
    for (int64_t k = 0; k < sb.count; ++k, j += sb.step) v[static_cast<size_t>(j)] = items[static_cast<size_t>(k)];
}

/// `a + b`: the left operand's type.
template <class A, class C> inline A bytes_concat(const A& a, const C& c) {
    std::string s;
    s.reserve(a.size() + c.size());
    s.append(a.view());
    s.append(c.view());
    return A(std::move(s));
}

/// `b * n`.
template <class B, class I> inline B bytes_repeat(const B& b, const I& n) {
    std::string s;
    if (n > I(0) && b.size() > 0) {
        int64_t k = static_cast<int64_t>(n);
        if (k > static_cast<int64_t>((int64_t(1) << 40) / static_cast<int64_t>(b.size()))) throw MemoryError("");
        s.reserve(b.size() * static_cast<size_t>(k));
        for (int64_t i = 0; i < k; ++i) s.append(b.view());
    }
    return B(std::move(s));
}

/// `ba += src` (in place: every alias sees it).
template <class X> inline void bytearray_iadd(const ByteArray& b, const X& src) {
    std::string items(src.view());
    b.str() += items;
}

/// `ba *= n` (in place).
template <class I> inline void bytearray_imul(const ByteArray& b, const I& n) {
    ByteArray r = bytes_repeat(b, n);
    b.str() = std::move(r.str());
}

/// `x in b`: an int (0..255, else ValueError) or a byte string.
template <class B, class X> inline bool bytes_contains(const B& b, const X& x) {
    if constexpr (requires { x.view(); }) {
        return b.view().find(x.view()) != std::string_view::npos;
    } else {
        char c = byte_of(x);
        return b.view().find(c) != std::string_view::npos;
    }
}

// ---------------------------------------------------------------- codecs

namespace bytes_detail {

/// Lower-cased, `_` as `-`: `UTF8`, `utf_8` and `utf-8` name one codec.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN int codec_of(std::string_view name) {
    std::string n;
    for (char c : name) n.push_back(c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    if (n == "utf-8" || n == "utf8" || n == "u8") return 0;
    if (n == "ascii" || n == "us-ascii") return 1;
    if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1") return 2;
    throw PyportLimit("the codec '" + std::string(name) + "' is not supported by pyport (utf-8, ascii and latin-1 are)");
}
#else
int codec_of(std::string_view name);
#endif

inline const char* codec_name(int c) { return c == 0 ? "utf-8" : c == 1 ? "ascii" : "latin-1"; }

#if PYPORT_LIB_BODIES
[[noreturn]] PYPORT_LIBFN void decode_error(int codec, std::string_view s, size_t start, size_t end, const char* why) {
    char buf[160];
    if (end == start + 1)
        std::snprintf(buf, sizeof buf, "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec_name(codec),
                      static_cast<unsigned>(static_cast<unsigned char>(s[start])), start, why);
    else
        std::snprintf(buf, sizeof buf, "'%s' codec can't decode bytes in position %zu-%zu: %s", codec_name(codec), start,
                      end - 1, why);
    throw UnicodeDecodeError(buf);
}

/// Code points of a UTF-8 str, one per entry.
PYPORT_LIBFN std::vector<uint32_t> code_points(std::string_view s) {
    std::vector<uint32_t> cps;
    size_t i = 0;
    while (i < s.size()) {
        size_t n = detail::cp_bytes(s.data(), s.size(), i);
        cps.push_back(detail::decode_cp(s.data() + i, n));
        i += n;
    }
    return cps;
}

[[noreturn]] PYPORT_LIBFN void encode_error(int codec, const std::vector<uint32_t>& cps, size_t start, size_t end,
                                      const char* why) {
    std::string m = "'";
    m += codec_name(codec);
    m += "' codec can't encode ";
    char buf[64];
    if (end == start + 1) {
        uint32_t c = cps[start];
        if (c <= 0xff) std::snprintf(buf, sizeof buf, "character '\\x%02x' in position %zu: ", c, start);
        else if (c <= 0xffff) std::snprintf(buf, sizeof buf, "character '\\u%04x' in position %zu: ", c, start);
        else std::snprintf(buf, sizeof buf, "character '\\U%08x' in position %zu: ", c, start);
    } else {
        std::snprintf(buf, sizeof buf, "characters in position %zu-%zu: ", start, end - 1);
    }
    m += buf;
    m += why;
    throw UnicodeEncodeError(m);
}
#else
[[noreturn]] void decode_error(int codec, std::string_view s, size_t start, size_t end, const char* why);
std::vector<uint32_t> code_points(std::string_view s);
[[noreturn]] void encode_error(int codec, const std::vector<uint32_t>& cps, size_t start, size_t end,
                                      const char* why);
#endif

}  // namespace bytes_detail

/// `b"%c" % v` for an int `v`: that byte, or CPython's OverflowError.
template <class I>
inline char bytes_pct_c(const I& v) {
    if (v < 0 || v > 255) throw OverflowError("%c arg not in range(256)");
    return static_cast<char>(static_cast<int64_t>(v));
}

/// `s.encode(encoding)`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Bytes str_encode(const Str& s, std::string_view encoding = "utf-8") {
    int codec = bytes_detail::codec_of(encoding);
    std::string_view v = s;
    if (detail::all_ascii(v.data(), v.size())) return Bytes(std::string(v));
    std::vector<uint32_t> cps = bytes_detail::code_points(v);
    if (codec == 0) {
        for (size_t i = 0; i < cps.size(); ++i) {
            if (cps[i] >= 0xD800 && cps[i] <= 0xDFFF) {
                size_t e = i + 1;
                while (e < cps.size() && cps[e] >= 0xD800 && cps[e] <= 0xDFFF) ++e;
                bytes_detail::encode_error(codec, cps, i, e, "surrogates not allowed");
            }
        }
        return Bytes(std::string(v));
    }
    uint32_t limit = codec == 1 ? 128 : 256;
    std::string out;
    for (size_t i = 0; i < cps.size(); ++i) {
        if (cps[i] >= limit) {
            size_t e = i + 1;
            while (e < cps.size() && cps[e] >= limit) ++e;
            bytes_detail::encode_error(codec, cps, i, e,
                                       codec == 1 ? "ordinal not in range(128)" : "ordinal not in range(256)");
        }
        out.push_back(static_cast<char>(cps[i]));
    }
    return Bytes(std::move(out));
}
#else
Bytes str_encode(const Str& s, std::string_view encoding = "utf-8");
#endif

/// `b.decode(encoding)`.
template <class B> inline Str bytes_decode(const B& b, std::string_view encoding = "utf-8") {
    int codec = bytes_detail::codec_of(encoding);
    std::string_view s = b.view();
    if (codec == 2) {
        std::string out;
        for (unsigned char c : s) detail::encode_cp(out, c);
        return Str(std::move(out));
    }
    if (codec == 1) {
        for (size_t i = 0; i < s.size(); ++i)
            if (static_cast<unsigned char>(s[i]) >= 0x80)
                bytes_detail::decode_error(codec, s, i, i + 1, "ordinal not in range(128)");
        return Str(std::string(s));
    }
    size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c < 0xC2 || c > 0xF4) bytes_detail::decode_error(codec, s, i, i + 1, "invalid start byte");
        size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        for (size_t k = 1; k < n; ++k) {
            if (i + k >= s.size()) bytes_detail::decode_error(codec, s, i, s.size(), "unexpected end of data");
            auto d = static_cast<unsigned char>(s[i + k]);
            unsigned lo = 0x80, hi = 0xBF;
            if (k == 1) {
                if (c == 0xE0) lo = 0xA0;
                if (c == 0xED) hi = 0x9F;
                if (c == 0xF0) lo = 0x90;
                if (c == 0xF4) hi = 0x8F;
            }
            if (d < lo || d > hi) bytes_detail::decode_error(codec, s, i, i + k, "invalid continuation byte");
        }
        i += n;
    }
    return Str(std::string(s));
}

// ---------------------------------------------------------------- hex

template <class B> inline Str bytes_hex(const B& b) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned char c : b.view()) {
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 15]);
    }
    return Str(std::move(out));
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`: pairs of hex digits, ASCII whitespace between pairs.
template <class B> inline B bytes_fromhex(const Str& s) {
    std::string_view v = s;
    std::string out;
    auto digit = [](unsigned char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    auto bad = [&](size_t byte_pos) {
        // CPython reports the position in code points.
        int64_t pos = detail::count_code_points(v.data(), byte_pos);
        throw ValueError("non-hexadecimal number found in fromhex() arg at position " + std::to_string(pos));
    };
    size_t i = 0;
    while (i < v.size()) {
        auto c = static_cast<unsigned char>(v[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            ++i;
            continue;
        }
        int hi = digit(c);
        if (hi < 0) bad(i);
        if (i + 1 >= v.size()) bad(i + 1);
        int lo = digit(static_cast<unsigned char>(v[i + 1]));
        if (lo < 0) bad(i + 1);
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
    }
    return B(std::move(out));
}

// ---------------------------------------------------------------- int <-> bytes

namespace bytes_detail {
inline bool big_order(std::string_view order) {
    if (order == "big") return true;
    if (order == "little") return false;
    throw ValueError("byteorder must be either 'little' or 'big'");
}
}  // namespace bytes_detail

namespace bytes_detail {
/// |n| as little-endian bytes without high zero bytes, and the sign.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN std::string magnitude_le(const BigInt& n, bool& neg) {
    neg = n.is_negative();
    std::string out;
    out.reserve(n.magnitude().size() * 4);
    for (uint32_t limb : n.magnitude())
        for (int k = 0; k < 4; ++k) out.push_back(static_cast<char>((limb >> (8 * k)) & 0xff));
    while (!out.empty() && out.back() == '\0') out.pop_back();
    return out;
}
#else
std::string magnitude_le(const BigInt& n, bool& neg);
#endif
inline std::string magnitude_le(int64_t n, bool& neg) {
    neg = n < 0;
    uint64_t m = neg ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
    std::string out;
    for (; m != 0; m >>= 8) out.push_back(static_cast<char>(m & 0xff));
    return out;
}
inline std::string magnitude_le(const Int& n, bool& neg) {
    return n.is_small() ? magnitude_le(n.small(), neg) : magnitude_le(n.big(), neg);
}
/// Negates little-endian two's complement bytes in place (invert, add one).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN void negate_le(std::string& b) {
    unsigned carry = 1;
    for (char& c : b) {
        unsigned v = (~static_cast<unsigned char>(c) & 0xffu) + carry;
        c = static_cast<char>(v & 0xff);
        carry = v >> 8;
    }
}
#else
void negate_le(std::string& b);
#endif
}  // namespace bytes_detail

/// `n.to_bytes(length, byteorder, signed=...)`: linear in the length (reads the magnitude's bytes).
template <class I> inline Bytes int_to_bytes(const I& n, int64_t length, std::string_view order, bool is_signed) {
    bool big = bytes_detail::big_order(order);
    if (length < 0) throw ValueError("length argument must be non-negative");
    bool neg;
    std::string mag = bytes_detail::magnitude_le(n, neg);
    if (!is_signed && neg) throw OverflowError("can't convert negative int to unsigned");
    const auto len = static_cast<size_t>(length);
    bool ok = mag.size() <= len;
    std::string out;
    if (ok) {
        out = std::move(mag);
        out.resize(len, '\0');
        bool top = len > 0 && (static_cast<unsigned char>(out[len - 1]) & 0x80);
        if (neg) {
            bytes_detail::negate_le(out);
            top = len > 0 && (static_cast<unsigned char>(out[len - 1]) & 0x80);
            // 2**(8*len) - |n| has its top bit set exactly when |n| <= 2**(8*len - 1).
            // CPython's _PyLong_AsByteArray accepts -1 into zero bytes.
            ok = top;
        } else if (is_signed) {
            ok = !top;
        }
    } else if (neg && len == 0 && mag == std::string_view("\x01", 1)) {
        ok = true;  // -1 into zero bytes
        out.clear();
    }
    if (!ok) throw OverflowError("int too big to convert");
    if (big) std::reverse(out.begin(), out.end());
    return Bytes(std::move(out));
}

/// `int.from_bytes(b, byteorder, signed=...)`: linear in the length (builds the limbs directly).
template <class B> inline py::int_t int_from_bytes(const B& b, std::string_view order, bool is_signed, int line = 0) {
    bool big = bytes_detail::big_order(order);
    std::string s(b.view());
    if (!big) std::reverse(s.begin(), s.end());  // most significant first
    bool negative = is_signed && !s.empty() && (static_cast<unsigned char>(s[0]) & 0x80);
#ifdef PYPORT_INT64
    size_t k = 0;
    unsigned char fill = negative ? 0xff : 0x00;
    while (k < s.size() && static_cast<unsigned char>(s[k]) == fill) ++k;
    if (s.size() - k > 8) int_overflow(line, "int.from_bytes");
    uint64_t u = 0;
    for (char c : s) u = (u << 8) | static_cast<unsigned char>(c);
    if (negative) {
        if (s.size() < 8) u |= ~uint64_t(0) << (8 * s.size());
        if (!(u >> 63)) int_overflow(line, "int.from_bytes");
        return static_cast<int64_t>(u);
    }
    if (u >> 63) int_overflow(line, "int.from_bytes");
    return static_cast<int64_t>(u);
#else
    (void)line;
    std::reverse(s.begin(), s.end());  // little-endian again
    if (negative) bytes_detail::negate_le(s);  // the magnitude
    BigInt::Mag mag((s.size() + 3) / 4, 0);
    for (size_t i = 0; i < s.size(); ++i)
        mag[i / 4] |= static_cast<uint32_t>(static_cast<unsigned char>(s[i])) << (8 * (i % 4));
    BigInt v(negative, std::move(mag));
    return v.fits_i64() ? py::int_t(v.to_i64()) : py::int_t(std::move(v));
#endif
}

// ---------------------------------------------------------------- methods

namespace bytes_detail {
inline bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

/// The needle of count/find/index: a byte string, or one byte given as an int.
template <class X> inline std::string needle(const X& x) {
    if constexpr (requires { x.view(); }) return std::string(x.view());
    else return std::string(1, byte_of(x));
}
}  // namespace bytes_detail

template <class B, class X> inline py::int_t bytes_count(const B& b, const X& x) {
    std::string n = bytes_detail::needle(x);
    std::string_view s = b.view();
    int64_t c = 0;
    if (n.empty()) return py::int_t(static_cast<int64_t>(s.size() + 1));
    for (size_t p = s.find(n); p != std::string_view::npos; p = s.find(n, p + n.size())) ++c;
    return py::int_t(c);
}

template <class B, class X> inline py::int_t bytes_find(const B& b, const X& x) {
    size_t p = b.view().find(bytes_detail::needle(x));
    return py::int_t(p == std::string_view::npos ? int64_t(-1) : static_cast<int64_t>(p));
}

template <class B, class X> inline py::int_t bytes_rfind(const B& b, const X& x) {
    size_t p = b.view().rfind(bytes_detail::needle(x));
    return py::int_t(p == std::string_view::npos ? int64_t(-1) : static_cast<int64_t>(p));
}

template <class B, class X> inline py::int_t bytes_index(const B& b, const X& x) {
    size_t p = b.view().find(bytes_detail::needle(x));
    if (p == std::string_view::npos) throw ValueError("subsection not found");
    return py::int_t(static_cast<int64_t>(p));
}

template <class B, class X> inline bool bytes_startswith(const B& b, const X& x) {
    return b.view().starts_with(x.view());
}

template <class B, class X> inline bool bytes_endswith(const B& b, const X& x) {
    return b.view().ends_with(x.view());
}

template <class B> inline B bytes_upper(const B& b) {
    std::string s(b.view());
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return B(std::move(s));
}

template <class B> inline B bytes_lower(const B& b) {
    std::string s(b.view());
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return B(std::move(s));
}

template <class B, class X, class Y> inline B bytes_replace(const B& b, const X& old, const Y& rep) {
    std::string_view s = b.view(), o = old.view(), r = rep.view();
    std::string out;
    if (o.empty()) {
        out.append(r);
        for (char c : s) {
            out.push_back(c);
            out.append(r);
        }
        return B(std::move(out));
    }
    size_t i = 0;
    for (size_t p = s.find(o); p != std::string_view::npos; p = s.find(o, i)) {
        out.append(s.substr(i, p - i));
        out.append(r);
        i = p + o.size();
    }
    out.append(s.substr(i));
    return B(std::move(out));
}

/// `b.strip()` (ASCII whitespace) / `b.strip(chars)`; `which`: 0 both ends, 1 left, 2 right.
template <class B> inline B bytes_strip_impl(const B& b, std::optional<std::string> chars, int which) {
    std::string_view s = b.view();
    auto strip = [&](unsigned char c) { return chars ? chars->find(static_cast<char>(c)) != std::string::npos : bytes_detail::is_space(c); };
    size_t lo = 0, hi = s.size();
    if (which != 2)
        while (lo < hi && strip(static_cast<unsigned char>(s[lo]))) ++lo;
    if (which != 1)
        while (hi > lo && strip(static_cast<unsigned char>(s[hi - 1]))) --hi;
    return B(std::string(s.substr(lo, hi - lo)));
}
template <class B> inline B bytes_strip(const B& b) { return bytes_strip_impl(b, std::nullopt, 0); }
template <class B, class X> inline B bytes_strip(const B& b, const X& chars) { return bytes_strip_impl(b, std::string(chars.view()), 0); }
template <class B> inline B bytes_lstrip(const B& b) { return bytes_strip_impl(b, std::nullopt, 1); }
template <class B, class X> inline B bytes_lstrip(const B& b, const X& chars) { return bytes_strip_impl(b, std::string(chars.view()), 1); }
template <class B> inline B bytes_rstrip(const B& b) { return bytes_strip_impl(b, std::nullopt, 2); }
template <class B, class X> inline B bytes_rstrip(const B& b, const X& chars) { return bytes_strip_impl(b, std::string(chars.view()), 2); }

/// `b.split()`: runs of ASCII whitespace.
template <class B> inline List<B> bytes_split(const B& b) {
    std::string_view s = b.view();
    List<B> out;
    size_t i = 0;
    while (true) {
        while (i < s.size() && bytes_detail::is_space(static_cast<unsigned char>(s[i]))) ++i;
        if (i >= s.size()) break;
        size_t j = i;
        while (j < s.size() && !bytes_detail::is_space(static_cast<unsigned char>(s[j]))) ++j;
        out.append(B(std::string(s.substr(i, j - i))));
        i = j;
    }
    return out;
}

/// `b.split(sep)`.
template <class B, class X> inline List<B> bytes_split(const B& b, const X& sep) {
    std::string_view s = b.view(), d = sep.view();
    if (d.empty()) throw ValueError("empty separator");
    List<B> out;
    size_t i = 0;
    for (size_t p = s.find(d); p != std::string_view::npos; p = s.find(d, i)) {
        out.append(B(std::string(s.substr(i, p - i))));
        i = p + d.size();
    }
    out.append(B(std::string(s.substr(i))));
    return out;
}

/// `sep.join(iterable_of_byte_strings)`.
template <class B, class It> inline B bytes_join(const B& sep, const It& xs) {
    std::string out;
    bool first = true;
    for (auto&& x : xs) {
        if (!first) out.append(sep.view());
        first = false;
        if constexpr (requires { x.view(); }) out.append(x.view());
        else internal_error("bytes.join of non-bytes items");  // only a list that stays empty
    }
    return B(std::move(out));
}

template <class I> inline NoneType bytearray_append(const ByteArray& b, const I& v) {
    b.str().push_back(byte_of(v));
    return None;
}

template <class X> inline NoneType bytearray_extend(const ByteArray& b, const X& src) {
    std::string items = bytes_raw(src);
    b.str() += items;
    return None;
}

inline py::int_t bytearray_pop(const ByteArray& b) {
    std::string& s = b.str();
    if (s.empty()) throw IndexError("pop from empty bytearray");
    auto c = static_cast<unsigned char>(s.back());
    s.pop_back();
    return py::int_t(static_cast<int64_t>(c));
}

#if PYPORT_LIB_BODIES
PYPORT_LIBFN py::int_t bytearray_pop(const ByteArray& b, int64_t i) {
    std::string& s = b.str();
    if (s.empty()) throw IndexError("pop from empty bytearray");
    size_t k = detail::norm_index(i, s.size());
    if (k >= s.size()) throw IndexError("pop index out of range");
    auto c = static_cast<unsigned char>(s[k]);
    s.erase(k, 1);
    return py::int_t(static_cast<int64_t>(c));
}
#else
py::int_t bytearray_pop(const ByteArray& b, int64_t i);
#endif

inline ByteArray bytearray_copy(const ByteArray& b) { return ByteArray(std::string(b.view())); }

inline NoneType bytearray_clear(const ByteArray& b) {
    b.str().clear();
    return None;
}

inline NoneType bytearray_reverse(const ByteArray& b) {
    std::reverse(b.str().begin(), b.str().end());
    return None;
}

}  // namespace py
