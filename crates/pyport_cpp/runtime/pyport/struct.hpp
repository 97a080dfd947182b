//! `struct.pack` / `struct.unpack` for literal formats of the codes `x c b B ? h H i I l L q Q f d s`
//! (native `@` sizes and alignment, or standard `= < > !`), with CPython 3.11's `struct.error`
//! messages for values out of range and buffers of the wrong size.
#pragma once
#include "bytes.hpp"
#include <cstring>

namespace py {

/// `struct.error`.
struct StructError : Exception {
    using Exception::Exception;
    const char* type_name() const override { return "struct.error"; }
};

namespace struct_detail {

struct Item {
    char code;
    size_t count;   // bytes of an `s`, pad bytes of an `x`; 1 otherwise
    size_t offset;  // where it starts
};

struct Layout {
    bool native = true;
    bool little = true;
    size_t size = 0;
    std::vector<Item> items;  // values and pads, in order
};

inline size_t code_size(char c, bool native) {
    switch (c) {
        case 'h': case 'H': return 2;
        case 'i': case 'I': case 'f': return 4;
        case 'l': case 'L': return native ? 8 : 4;
        case 'q': case 'Q': case 'd': return 8;
        default: return 1;
    }
}

/// The layout of a format the compiler has checked (see `infer/struct_fmt.rs`).
inline Layout parse(std::string_view fmt) {
    Layout l;
    size_t i = 0;
    if (i < fmt.size() && std::strchr("@=<>!", fmt[i]) && fmt[i] != '\0') {
        l.native = fmt[i] == '@';
        l.little = fmt[i] == '<' || fmt[i] == '@' || fmt[i] == '=';
        ++i;
    }
    while (i < fmt.size()) {
        if (std::isspace(static_cast<unsigned char>(fmt[i]))) {
            ++i;
            continue;
        }
        size_t n = 1;
        if (std::isdigit(static_cast<unsigned char>(fmt[i]))) {
            n = 0;
            while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) n = n * 10 + static_cast<size_t>(fmt[i++] - '0');
        }
        char c = fmt[i++];
        size_t sz = code_size(c, l.native);
        if (l.native && sz > 1) l.size = (l.size + sz - 1) / sz * sz;
        if (c == 's' || c == 'x') {
            l.items.push_back({c, n, l.size});
            l.size += n;
        } else {
            for (size_t k = 0; k < n; ++k) {
                l.items.push_back({c, 1, l.size});
                l.size += sz;
            }
        }
    }
    return l;
}

inline void put_uint(std::string& out, size_t at, uint64_t v, size_t n, bool little) {
    for (size_t k = 0; k < n; ++k) {
        size_t shift = 8 * (little ? k : n - 1 - k);
        out[at + k] = static_cast<char>((v >> shift) & 0xff);
    }
}

inline uint64_t get_uint(std::string_view in, size_t at, size_t n, bool little) {
    uint64_t v = 0;
    for (size_t k = 0; k < n; ++k) {
        size_t shift = 8 * (little ? k : n - 1 - k);
        v |= static_cast<uint64_t>(static_cast<unsigned char>(in[at + k])) << shift;
    }
    return v;
}

/// An int `v` packed with integer code `c`: its two's complement bits, or CPython's struct.error.
inline uint64_t int_bits(const Int& v, char c, bool native) {
    size_t n = code_size(c, native);
    bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q';
    auto fail = [&](const std::string& msg) -> uint64_t { throw StructError(msg); };
    if (!v.is_small()) {
        // Beyond int64: only a Q may hold it.
        if (c == 'Q' && !v.big().is_negative() && v.bit_length() <= 64) {
            const auto& m = v.big().magnitude();
            return static_cast<uint64_t>(m.size() > 0 ? m[0] : 0) | (m.size() > 1 ? static_cast<uint64_t>(m[1]) << 32 : 0);
        }
        if (n == 8) return fail(native ? "argument out of range" : "int too large to convert");
        if (c == 'b' || c == 'B') return fail(c == 'b' ? "byte format requires -128 <= number <= 127" : "ubyte format requires 0 <= number <= 255");
        return fail("argument out of range");
    }
    int64_t x = v.small();
    if (n == 8) {
        if (is_unsigned && x < 0) return fail(native ? "argument out of range" : "int too large to convert");
        return static_cast<uint64_t>(x);
    }
    int64_t lo = is_unsigned ? 0 : -(int64_t{1} << (8 * n - 1));
    int64_t hi = is_unsigned ? (int64_t{1} << (8 * n)) - 1 : (int64_t{1} << (8 * n - 1)) - 1;
    if (x < lo || x > hi) {
        if (c == 'b') return fail("byte format requires -128 <= number <= 127");
        if (c == 'B') return fail("ubyte format requires 0 <= number <= 255");
        if (is_unsigned && x < 0) return fail("argument out of range");
        if (native && c == 'h') return fail("short format requires -32768 <= number <= 32767");
        if (native && c == 'H') return fail("ushort format requires 0 <= number <= 65535");
        return fail("'" + std::string(1, c) + "' format requires " + std::to_string(lo) + " <= number <= " + std::to_string(hi));
    }
    return static_cast<uint64_t>(x);
}

template <class A>
inline void pack_one(std::string& out, const Item& it, const Layout& l, const A& a) {
    using D = std::remove_cvref_t<A>;
    switch (it.code) {
        case 's':
        case 'c': {
            if constexpr (requires { a.view(); }) {
                std::string_view s = a.view();
                if (it.code == 'c' && s.size() != 1) throw StructError("char format requires a bytes object of length 1");
                std::memcpy(out.data() + it.offset, s.data(), std::min(s.size(), it.count));
            } else {
                throw StructError("argument for 's' must be a bytes object");
            }
            return;
        }
        case '?':
            out[it.offset] = py::truthy(a) ? 1 : 0;
            return;
        case 'f':
        case 'd': {
            double d = 0;
            if constexpr (std::is_same_v<D, Int>) d = a.to_double();
            else if constexpr (std::is_arithmetic_v<D>) d = static_cast<double>(a);
            else if constexpr (requires { a.is_float; a.f; a.i; }) d = a.is_float ? a.f : static_cast<double>(a.i);
            else throw StructError("required argument is not a float");
            if (it.code == 'f') {
                if (std::isfinite(d) && std::fabs(d) > 3.4028234663852886e38) {
                    float f = static_cast<float>(d);
                    if (std::isinf(f)) throw OverflowError("float too large to pack with f format");
                }
                float f = static_cast<float>(d);
                uint32_t bits;
                std::memcpy(&bits, &f, 4);
                put_uint(out, it.offset, bits, 4, l.little);
            } else {
                uint64_t bits;
                std::memcpy(&bits, &d, 8);
                put_uint(out, it.offset, bits, 8, l.little);
            }
            return;
        }
        default: {
            if constexpr (std::is_same_v<D, Int>) put_uint(out, it.offset, int_bits(a, it.code, l.native), code_size(it.code, l.native), l.little);
            else if constexpr (std::is_integral_v<D>) put_uint(out, it.offset, int_bits(Int(static_cast<int64_t>(a)), it.code, l.native), code_size(it.code, l.native), l.little);
            else throw StructError("required argument is not an integer");
        }
    }
}

}  // namespace struct_detail

/// `struct.pack(fmt, args...)`.
template <class... A>
inline Bytes struct_pack(std::string_view fmt, const A&... args) {
    struct_detail::Layout l = struct_detail::parse(fmt);
    std::string out(l.size, '\0');
    size_t k = 0;
    auto next = [&](const auto& a) {
        while (k < l.items.size() && l.items[k].code == 'x') ++k;
        struct_detail::pack_one(out, l.items[k++], l, a);
    };
    (next(args), ...);
    return Bytes(std::move(out));
}

/// `struct.unpack(fmt, buffer)` into `Tuple`, whose element types the compiler chose from the format.
template <class Tuple, class B>
inline Tuple struct_unpack(std::string_view fmt, const B& buffer) {
    struct_detail::Layout l = struct_detail::parse(fmt);
    std::string_view in = buffer.view();
    if (in.size() != l.size) throw StructError("unpack requires a buffer of " + std::to_string(l.size) + " bytes");
    std::vector<const struct_detail::Item*> values;
    for (const auto& it : l.items)
        if (it.code != 'x') values.push_back(&it);
    Tuple out;
    auto read = [&](auto& slot, const struct_detail::Item& it) {
        using S = std::remove_cvref_t<decltype(slot)>;
        if constexpr (std::is_same_v<S, Bytes>) {
            slot = Bytes(in.data() + it.offset, it.count);
        } else if constexpr (std::is_same_v<S, bool>) {
            slot = in[it.offset] != 0;
        } else if constexpr (std::is_same_v<S, double>) {
            if (it.code == 'f') {
                uint32_t bits = static_cast<uint32_t>(struct_detail::get_uint(in, it.offset, 4, l.little));
                float f;
                std::memcpy(&f, &bits, 4);
                slot = static_cast<double>(f);
            } else {
                uint64_t bits = struct_detail::get_uint(in, it.offset, 8, l.little);
                std::memcpy(&slot, &bits, 8);
            }
        } else {
            size_t n = struct_detail::code_size(it.code, l.native);
            uint64_t u = struct_detail::get_uint(in, it.offset, n, l.little);
            bool is_unsigned = it.code == 'B' || it.code == 'H' || it.code == 'I' || it.code == 'L' || it.code == 'Q';
            if (is_unsigned) {
                slot = u > static_cast<uint64_t>(INT64_MAX) ? Int(BigInt::from_u64(u)) : Int(static_cast<int64_t>(u));
            } else {
                if (n < 8 && (u >> (8 * n - 1)) & 1) u |= ~uint64_t{0} << (8 * n);
                slot = Int(static_cast<int64_t>(u));
            }
        }
    };
    [&]<size_t... I>(std::index_sequence<I...>) { (read(std::get<I>(out), *values[I]), ...); }(std::make_index_sequence<std::tuple_size_v<Tuple>>{});
    return out;
}

}  // namespace py
