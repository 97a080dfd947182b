//! `str.maketrans` (1-, 2- and 3-argument forms) and `str.translate(table)` over a `py::Dict` keyed
//! by code point (any int type), whose values are ints, strs, None or optionals of those.
#pragma once
#include "prebuilt.hpp"
#include "dict.hpp"
#include "str.hpp"

namespace py {

namespace detail {
/// Code points of a str, in order.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN std::vector<uint32_t> code_points(std::string_view s) {
    std::vector<uint32_t> out;
    out.reserve(s.size());
    for (size_t off = 0; off < s.size();) {
        size_t len = cp_bytes(s.data(), s.size(), off);
        out.push_back(decode_cp(s.data() + off, len));
        off += len;
    }
    return out;
}
#else
std::vector<uint32_t> code_points(std::string_view s);
#endif

/// Append what a translate-table value maps to: an int's character, a str, or nothing for None.
template <class V>
inline void translate_put(std::string& out, const V& v) {
    if constexpr (is_optional_v<V>) {
        if (v.has_value()) translate_put(out, *v);
    } else if constexpr (is_none_v<V>) {
        // None: delete the character.
    } else if constexpr (is_strlike_v<V>) {
        out += std::string_view(v);
    } else {
        if (!(v >= 0 && v < 0x110000)) [[unlikely]]
            raise_lit<ValueError>("character mapping must be in range(0x110000)");
        encode_cp(out, static_cast<uint32_t>(static_cast<int64_t>(v)));
    }
}
}  // namespace detail

/// `str.maketrans(x, y)` and `str.maketrans(x, y, z)`: D is the table's dict type.
template <class D>
inline D str_maketrans(std::string_view x, std::string_view y) {
    using K = typename D::key_type;
    using V = typename D::mapped_type;
    auto xs = detail::code_points(x), ys = detail::code_points(y);
    if (xs.size() != ys.size()) [[unlikely]]
        raise_lit<ValueError>("the first two maketrans arguments must have equal length");
    D d;
    for (size_t i = 0; i < xs.size(); ++i)
        d.set(K(static_cast<int64_t>(xs[i])), V(K(static_cast<int64_t>(ys[i]))));
    return d;
}

template <class D>
inline D str_maketrans(std::string_view x, std::string_view y, std::string_view z) {
    using K = typename D::key_type;
    using V = typename D::mapped_type;
    D d = str_maketrans<D>(x, y);
    for (uint32_t c : detail::code_points(z)) d.set(K(static_cast<int64_t>(c)), V());
    return d;
}

/// `str.maketrans(mapping)`: str keys (one character each) become their code points.
template <class D, class M>
inline D str_maketrans_dict(const M& m) {
    using K = typename D::key_type;
    D d;
    for (const auto& e : m.body()->entries) {
        if (!e.live) continue;
        if constexpr (is_strlike_v<decltype(e.key)>) {
            std::string_view k(e.key);
            if (k.empty() || detail::cp_bytes(k.data(), k.size(), 0) != k.size()) [[unlikely]]
                raise_lit<ValueError>("string keys in translate table must be of length 1");
            d.set(K(static_cast<int64_t>(detail::decode_cp(k.data(), k.size()))), e.value);
        } else {
            d.set(K(e.key), e.value);
        }
    }
    return d;
}

/// `s.translate(table)`.
template <class D>
inline Str str_translate(std::string_view s, const D& table) {
    using K = typename D::key_type;
    const auto& body = *table.body();
    Str out;
    out.reserve(s.size());
    // ASCII characters: look each up once.
    int16_t seen[128];
    std::fill(std::begin(seen), std::end(seen), int16_t{-1});
    std::vector<int64_t> ascii_pos;
    for (size_t off = 0; off < s.size();) {
        auto b = static_cast<unsigned char>(s[off]);
        if (b < 0x80) {
            ++off;
            int64_t ix;
            if (seen[b] >= 0) {
                ix = seen[b] == 0 ? -1 : ascii_pos[static_cast<size_t>(seen[b] - 1)];
            } else {
                K k(static_cast<int64_t>(b));
                ix = body.find(k, py::hash(k));
                if (ix >= 0) {
                    ascii_pos.push_back(ix);
                    seen[b] = static_cast<int16_t>(ascii_pos.size());
                } else {
                    seen[b] = 0;
                }
            }
            if (ix < 0) out.push_back(static_cast<char>(b));
            else detail::translate_put(out, body.entries[static_cast<size_t>(ix)].value);
            continue;
        }
        size_t len = detail::cp_bytes(s.data(), s.size(), off);
        K k(static_cast<int64_t>(detail::decode_cp(s.data() + off, len)));
        int64_t ix = body.find(k, py::hash(k));
        if (ix < 0) out.append(s.data() + off, len);
        else detail::translate_put(out, body.entries[static_cast<size_t>(ix)].value);
        off += len;
    }
    return out;
}

/// `s.translate(table)` where the table may be None (CPython fails at the first lookup).
template <class D>
inline Str str_translate(std::string_view s, const std::optional<D>& table) {
    if (table.has_value()) return str_translate(s, *table);
    if (!s.empty()) [[unlikely]]
        raise_lit<TypeError>("'NoneType' object is not subscriptable");
    return Str();
}

}  // namespace py
