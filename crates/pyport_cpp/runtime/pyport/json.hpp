//! `json.dumps` / `json.dump` (CPython 3.11's json.encoder): None, bool, int, float, str, lists,
//! tuples, dicts (str/int/float/bool/None keys, converted as CPython does) and unions and
//! optionals of them, nested, with `indent`, `separators`, `sort_keys`, `ensure_ascii`,
//! `allow_nan` and `skipkeys`. The compiler refuses values of other types (`infer/json.rs`).
//!
//! API (what the emitter relies on):
//!   json_opts(indent, separators, sort_keys, ensure_ascii, allow_nan, skipkeys)   the options
//!       (indent: None, int, bool or str; separators: None or a tuple of two strs)
//!   json_dumps(x, opts)        `json.dumps(x, ...)`
//!   json_dump(x, file, opts)   `json.dump(x, f, ...)`: writes what CPython's chunked encoder
//!       would have written when encoding fails part way, then raises
#pragma once
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace py {

/// The encoder's options (JSONEncoder's attributes).
struct JsonOpts {
    std::optional<std::string> indent;  // the indent text; none: everything on one line
    std::string item_sep = ", ";
    std::string key_sep = ": ";
    bool sort_keys = false;
    bool ensure_ascii = true;
    bool allow_nan = true;
    bool skipkeys = false;
};

namespace json_detail {

/// `indent`: CPython uses a str as it is and repeats a space `indent` times otherwise.
template <class X>
inline std::optional<std::string> indent_text(const X& x) {
    if constexpr (is_none_v<X>) {
        return std::nullopt;
    } else if constexpr (is_optional_v<X>) {
        if (!x.has_value()) return std::nullopt;
        return indent_text(*x);
    } else if constexpr (is_strlike_v<X>) {
        return std::string(std::string_view(x));
    } else if constexpr (is_bool_v<X>) {
        return std::string(static_cast<bool>(x) ? 1 : 0, ' ');
    } else if constexpr (std::is_same_v<std::remove_cvref_t<X>, Int>) {
        int64_t n = x.as_ssize();
        return std::string(n > 0 ? static_cast<size_t>(n) : 0, ' ');
    } else if constexpr (is_int_v<X>) {
        int64_t n = static_cast<int64_t>(x);
        return std::string(n > 0 ? static_cast<size_t>(n) : 0, ' ');
    } else {
        static_assert(dependent_false<X>, "pyport: json indent must be None, an int or a str");
    }
}

/// Appends `\uXXXX` (lowercase hex, as CPython).
inline void u_escape(std::string& out, uint32_t c) {
    static const char* hex = "0123456789abcdef";
    out += "\\u";
    out.push_back(hex[(c >> 12) & 0xf]);
    out.push_back(hex[(c >> 8) & 0xf]);
    out.push_back(hex[(c >> 4) & 0xf]);
    out.push_back(hex[c & 0xf]);
}

/// The next code point of UTF-8 text at i (lenient: the runtime's strings are well formed,
/// a lone surrogate included), advancing i.
inline uint32_t next_code_point(std::string_view s, size_t& i) {
    auto b = static_cast<unsigned char>(s[i]);
    int n = b < 0x80 ? 0 : b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
    uint32_t c = n == 0 ? b : n == 1 ? (b & 0x1f) : n == 2 ? (b & 0x0f) : (b & 0x07);
    ++i;
    for (int k = 0; k < n && i < s.size(); ++k, ++i) c = (c << 6) | (static_cast<unsigned char>(s[i]) & 0x3f);
    return c;
}

/// A JSON string literal of s: CPython's `encode_basestring_ascii` (ensure_ascii) or
/// `encode_basestring`.
inline void str_to(std::string& out, std::string_view s, bool ensure_ascii) {
    out.push_back('"');
    size_t i = 0;
    while (i < s.size()) {
        auto b = static_cast<unsigned char>(s[i]);
        if (b >= 0x80) {
            if (!ensure_ascii) {
                out.push_back(static_cast<char>(b));
                ++i;
                continue;
            }
            uint32_t c = next_code_point(s, i);
            if (c >= 0x10000) {
                c -= 0x10000;
                u_escape(out, 0xd800 | ((c >> 10) & 0x3ff));
                u_escape(out, 0xdc00 | (c & 0x3ff));
            } else {
                u_escape(out, c);
            }
            continue;
        }
        ++i;
        switch (b) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (b < 0x20 || (b == 0x7f && ensure_ascii)) u_escape(out, b);
                else out.push_back(static_cast<char>(b));
        }
    }
    out.push_back('"');
}

template <class X>
inline constexpr bool is_exact_int_v = is_int_v<X> || std::is_same_v<std::remove_cvref_t<X>, Int>;

/// Whether CPython's encoder writes a value of type X in the chunk of the separator before it
/// (str, None, bool, int, float; a union or optional is decided by what it holds).
template <class X>
inline constexpr bool is_scalar_v = is_bool_v<X> || is_exact_int_v<X> || is_float_v<X> || is_num_v<X> || is_none_v<X> || is_strlike_v<X>;

/// One encoding: the text so far and how much of it CPython's chunked encoder (`json.dump`)
/// would have handed to the file.
struct Encoder {
    const JsonOpts& o;
    /// `json.dumps` without an indent runs CPython's C encoder, whose float message is shorter.
    bool c_encoder;
    std::string out;
    size_t yielded = 0;
    int level = 0;
    std::vector<const void*> markers;

    void chunk() { yielded = out.size(); }

    void newline() {
        out.push_back('\n');
        for (int k = 0; k < level; ++k) out += *o.indent;
    }

    void float_to(std::string& s, double d) const {
        const char* text = nullptr;
        if (d != d) text = "NaN";
        else if (d == std::numeric_limits<double>::infinity()) text = "Infinity";
        else if (d == -std::numeric_limits<double>::infinity()) text = "-Infinity";
        else {
            s += float_repr(d);
            return;
        }
        if (!o.allow_nan) {
            std::string m = "Out of range float values are not JSON compliant";
            if (!c_encoder) m += ": " + float_repr(d);
            throw ValueError(m);
        }
        s += text;
    }

    /// A scalar's text (may raise before appending anything).
    template <class X>
    void scalar(const X& x) {
        if constexpr (is_bool_v<X>) out += static_cast<bool>(x) ? "true" : "false";
        else if constexpr (is_none_v<X>) out += "null";
        else if constexpr (is_float_v<X>) float_to(out, static_cast<double>(x));
        else if constexpr (is_num_v<X>) {
            if (x.is_float) float_to(out, x.f);
            else py::repr_to(out, x.i);
        } else if constexpr (is_exact_int_v<X>) py::repr_to(out, x);
        else str_to(out, std::string_view(x), o.ensure_ascii);
    }

    /// An item of a list or a dict's value: CPython yields the text before it (a separator, or
    /// the list's `[`) in one chunk with a scalar, or alone before a container.
    template <class X>
    void item(const X& x) {
        if constexpr (is_union_v<X>) {
            std::visit([&](const auto& m) { item(m); }, x.v);
        } else if constexpr (requires { typename X::py_rec_base; }) {
            item(static_cast<const typename X::py_rec_base&>(x));
        } else if constexpr (is_optional_v<X>) {
            if (x.has_value()) item(*x);
            else item(None);
        } else if constexpr (is_scalar_v<X>) {
            scalar(x);
            chunk();
        } else {
            chunk();
            value(x);
        }
    }

    /// `_iterencode`: a value at the top, or a container inside another.
    template <class X>
    void value(const X& x) {
        if constexpr (is_union_v<X>) {
            std::visit([&](const auto& m) { value(m); }, x.v);
        } else if constexpr (requires { typename X::py_rec_base; }) {
            value(static_cast<const typename X::py_rec_base&>(x));
        } else if constexpr (is_optional_v<X>) {
            if (x.has_value()) value(*x);
            else value(None);
        } else if constexpr (is_scalar_v<X>) {
            scalar(x);
            chunk();
        } else if constexpr (is_list_v<X> || requires { typename X::py_is_vtuple; }) {
            const auto& v = x.vec();
            if (v.empty()) return empty("[]");
            open('[', &v);
            for (size_t i = 0; i < v.size(); ++i) {
                if (i) separator();
                item(v[i]);
            }
            close(']');
        } else if constexpr (is_tuple_v<X>) {
            // A tuple is a value here, with no identity to mark: CPython could only meet it
            // again inside itself through a list, which is marked.
            if constexpr (std::tuple_size_v<X> == 0) {
                empty("[]");
            } else {
                open('[', nullptr);
                tuple_items(x);
                close(']');
            }
        } else if constexpr (is_dict_v<X>) {
            dict(x);
        } else {
            throw TypeError(std::string("Object of type ") + type_name_of(x) + " is not JSON serializable");
        }
    }

    void empty(const char* text) {
        out += text;
        chunk();
    }

    template <size_t I = 0, class Tup>
    void tuple_items(const Tup& t) {
        if constexpr (I < std::tuple_size_v<Tup>) {
            if constexpr (I > 0) separator();
            item(std::get<I>(t));
            tuple_items<I + 1>(t);
        }
    }

    void separator() {
        out += o.item_sep;
        if (o.indent) newline();
    }

    /// The start of a list (`buf`, yielded with the first item) or a dict (yielded at once); id
    /// marks a container being encoded (CPython's `markers`).
    void open(char bracket, const void* id) {
        if (id) {
            if (std::find(markers.begin(), markers.end(), id) != markers.end()) throw ValueError("Circular reference detected");
        }
        markers.push_back(id);
        out.push_back(bracket);
        if (bracket == '{') chunk();
        if (o.indent) {
            ++level;
            newline();
            if (bracket == '{') chunk();
        }
    }

    void close(char bracket) {
        if (o.indent) {
            --level;
            newline();
        }
        out.push_back(bracket);
        chunk();
        markers.pop_back();
    }

    /// A key's text before escaping (CPython's conversions), or false to skip it (`skipkeys`).
    template <class K>
    bool key_text(std::string& s, const K& k) {
        if constexpr (is_union_v<K>) {
            return std::visit([&](const auto& m) { return key_text(s, m); }, k.v);
        } else if constexpr (is_optional_v<K>) {
            if (k.has_value()) return key_text(s, *k);
            s = "null";
            return true;
        } else if constexpr (is_strlike_v<K>) {
            s = std::string_view(k);
            return true;
        } else if constexpr (is_float_v<K>) {
            float_to(s, static_cast<double>(k));
            return true;
        } else if constexpr (is_num_v<K>) {
            if (k.is_float) float_to(s, k.f);
            else py::repr_to(s, k.i);
            return true;
        } else if constexpr (is_bool_v<K>) {
            s = static_cast<bool>(k) ? "true" : "false";
            return true;
        } else if constexpr (is_none_v<K>) {
            s = "null";
            return true;
        } else if constexpr (is_exact_int_v<K>) {
            py::repr_to(s, k);
            return true;
        } else {
            if (o.skipkeys) return false;
            throw TypeError(std::string("keys must be str, int, float, bool or None, not ") + type_name_of(k));
        }
    }

    /// `_iterencode_dict`.
    template <class D>
    void dict(const D& d) {
        const auto& entries = d.body()->entries;
        using Entry = std::remove_cvref_t<decltype(entries[0])>;
        std::vector<const Entry*> items;
        for (const auto& e : entries)
            if (e.live) items.push_back(&e);
        if (items.empty()) return empty("{}");
        open('{', d.body().get());
        if (o.sort_keys && items.size() > 1) {
            // sorted(d.items()): the keys differ, so they alone decide.
            using K = std::remove_cvref_t<decltype(items[0]->key)>;
            if constexpr (detail::orderable_v<K, K>) {
                std::stable_sort(items.begin(), items.end(), [](const Entry* a, const Entry* b) { return py::lt(a->key, b->key); });
            } else {
                // (Inference refuses sorting such keys; a `None` key type holds one key at most.)
                throw TypeError(std::string("'<' not supported between instances of '") + type_name_of(items[1]->key) + "' and '" +
                                type_name_of(items[0]->key) + "'");
            }
        }
        bool first = true;
        std::string key;
        for (const Entry* e : items) {
            key.clear();
            if (!key_text(key, e->key)) continue;
            if (!first) {
                separator();
                chunk();
            }
            first = false;
            str_to(out, key, o.ensure_ascii);
            chunk();
            out += o.key_sep;
            chunk();
            item(e->value);
        }
        close('}');
    }
};

}  // namespace json_detail

/// The options of a `json.dumps` / `json.dump` call (JSONEncoder.__init__).
template <class I, class S>
inline JsonOpts json_opts(const I& indent, const S& separators, bool sort_keys, bool ensure_ascii, bool allow_nan, bool skipkeys) {
    JsonOpts o;
    o.indent = json_detail::indent_text(indent);
    if constexpr (is_optional_v<S>) {
        if (separators.has_value()) {
            o.item_sep = std::string_view(std::get<0>(*separators));
            o.key_sep = std::string_view(std::get<1>(*separators));
        } else if (o.indent) {
            o.item_sep = ",";
        }
    } else if constexpr (is_tuple_v<S>) {
        o.item_sep = std::string_view(std::get<0>(separators));
        o.key_sep = std::string_view(std::get<1>(separators));
    } else {
        static_assert(is_none_v<S>, "pyport: json separators must be None or a tuple of two strs");
        if (o.indent) o.item_sep = ",";
    }
    o.sort_keys = sort_keys;
    o.ensure_ascii = ensure_ascii;
    o.allow_nan = allow_nan;
    o.skipkeys = skipkeys;
    return o;
}

/// `json.dumps(x, ...)`.
template <class X>
inline Str json_dumps(const X& x, const JsonOpts& o) {
    json_detail::Encoder enc{o, !o.indent.has_value()};
    enc.value(x);
    return Str(std::move(enc.out));
}

/// `json.dump(x, f, ...)`: CPython's pure-Python encoder writes chunk by chunk, so when encoding
/// fails part way the chunks before the failure are in the file.
template <class X, class F>
inline NoneType json_dump(const X& x, const F& f, const JsonOpts& o) {
    json_detail::Encoder enc{o, false};
    try {
        enc.value(x);
    } catch (...) {
        if (enc.yielded > 0) f.write(Str(enc.out.substr(0, enc.yielded)));
        throw;
    }
    f.write(Str(std::move(enc.out)));
    return None;
}

}  // namespace py
