//! `pprint.pprint` / `pprint.pformat` / `pprint.pp`: a port of CPython 3.11's Lib/pprint.py
//! (`PrettyPrinter._format`, `_safe_repr`, the `_pprint_*` dispatch for dict, list, tuple, set,
//! frozenset, str, bytes, bytearray, defaultdict, Counter, OrderedDict and deque, `_format_items`
//! with `compact`, `_format_dict_items`), generic over the runtime's value types.
//!
//! API: `py::PPrintOpts o = py::pprint_opts(indent, width, compact, sort_dicts)` (CPython's
//! ValueErrors for indent < 0 and width == 0), `py::pformat(x, o)` -> Str, `py::pprint(x, o)`
//! writes it and a newline to stdout. `depth`, `stream` and `underscore_numbers` are not ported
//! (the compiler refuses them). Widths are counted in code points, as `len()` does. Dict keys and
//! set elements are sorted with `<` (`_safe_key`'s fallback for unorderable values is not
//! ported: the compiler only lets orderable key types through, and a TypeError here stops).
#pragma once
#include "bytes.hpp"
#include "collections.hpp"
#include "io.hpp"
#include "strmethods.hpp"
#include "union.hpp"
#include "vtuple.hpp"

namespace py {

/// The settings of a `PrettyPrinter` that pyport ports.
struct PPrintOpts {
    int64_t indent = 1;
    int64_t width = 80;
    bool compact = false;
    bool sort_dicts = true;
};

/// `PrettyPrinter(indent=..., width=..., compact=..., sort_dicts=...)`'s checks.
inline PPrintOpts pprint_opts(int64_t indent, int64_t width, bool compact, bool sort_dicts) {
    if (indent < 0) raise_lit<ValueError>("indent must be >= 0");
    if (width == 0) raise_lit<ValueError>("width must be != 0");
    return PPrintOpts{indent, width, compact, sort_dicts};
}

namespace pprint_detail {

template <class X> struct is_plain_dict : std::false_type {};
template <class K, class V> struct is_plain_dict<Dict<K, V>> : std::true_type {};
template <class X> struct is_defaultdict : std::false_type {};
template <class K, class V> struct is_defaultdict<DefaultDict<K, V>> : std::true_type {};
template <class X> struct is_counter : std::false_type {};
template <class K, class I> struct is_counter<Counter<K, I>> : std::true_type {};
template <class X> struct is_ordereddict : std::false_type {};
template <class K, class V> struct is_ordereddict<OrderedDict<K, V>> : std::true_type {};
template <class X> struct is_deque : std::false_type {};
template <class T> struct is_deque<Deque<T>> : std::true_type {};
template <class X> struct is_vtuple : std::false_type {};
template <class T> struct is_vtuple<VTuple<T>> : std::true_type {};

template <class X> using bare = std::remove_cvref_t<X>;

inline int64_t cplen(std::string_view s) { return detail::count_code_points(s.data(), s.size()); }

inline void spaces(std::string& out, int64_t n) {
    if (n > 0) out.append(static_cast<size_t>(n), ' ');
}

/// Call f on element i of a std::tuple (i known only at run time).
template <class Tup, class F, size_t... I>
void tuple_at(const Tup& t, size_t i, F&& f, std::index_sequence<I...>) {
    ((i == I ? (void)f(std::get<I>(t)) : (void)0), ...);
}

/// `_safe_key(a) < _safe_key(b)` for values `<` orders.
template <class A>
bool key_lt(const A& a, const A& b) {
    return py::lt(a, b);
}

/// Pointers to the live entries of a dict body, in insertion order or sorted by key.
template <class D>
auto dict_items(const D& d, bool sorted) {
    using Entry = typename bare<decltype(*d.body())>::Entry;
    std::vector<const Entry*> items;
    for (const auto& e : d.body()->entries)
        if (e.live) items.push_back(&e);
    if (sorted)
        detail::python_sort(items.data(), items.size(), false, [](const Entry* a, const Entry* b) { return key_lt(a->key, b->key); });
    return items;
}

struct Printer {
    PPrintOpts o;
    std::string& out;

    // ------------------------------------------------------------ _safe_repr
    template <class X>
    void safe_repr(std::string& s, const X& x) const {
        using T = bare<X>;
        if constexpr (is_optional_v<T>) {
            if (x.has_value()) safe_repr(s, *x);
            else s += "None";
        } else if constexpr (requires { typename T::py_rec_base; }) {
            safe_repr(s, static_cast<const typename T::py_rec_base&>(x));  // rec.hpp
        } else if constexpr (requires { x.py_is_union; }) {
            std::visit([&](const auto& m) { safe_repr(s, m); }, x.v);
        } else if constexpr (is_plain_dict<T>::value) {
            if (x.size() == 0) {
                s += "{}";
                return;
            }
            s.push_back('{');
            bool first = true;
            for (const auto* e : dict_items(x, o.sort_dicts)) {
                if (!first) s += ", ";
                first = false;
                safe_repr(s, e->key);
                s += ": ";
                safe_repr(s, e->value);
            }
            s.push_back('}');
        } else if constexpr (is_list_v<T>) {
            const auto& v = x.vec();
            s.push_back('[');
            for (size_t i = 0; i < v.size(); ++i) {
                if (i) s += ", ";
                safe_repr(s, v[i]);
            }
            s.push_back(']');
        } else if constexpr (is_vtuple<T>::value) {
            const auto& v = x.vec();
            s.push_back('(');
            for (size_t i = 0; i < v.size(); ++i) {
                if (i) s += ", ";
                safe_repr(s, v[i]);
            }
            if (v.size() == 1) s.push_back(',');
            s.push_back(')');
        } else if constexpr (is_tuple_v<T>) {
            constexpr size_t n = std::tuple_size_v<T>;
            s.push_back('(');
            std::apply([&](const auto&... m) {
                size_t i = 0;
                ((s += (i++ ? ", " : ""), safe_repr(s, m)), ...);
            }, x);
            if constexpr (n == 1) s.push_back(',');
            s.push_back(')');
        } else {
            py::repr_to(s, x);
        }
    }

    template <class X>
    std::string srepr(const X& x) const {
        std::string s;
        safe_repr(s, x);
        return s;
    }

    /// Whether `_dispatch` has a pretty printer for values of type T.
    template <class T>
    static constexpr bool dispatched() {
        return is_plain_dict<T>::value || is_list_v<T> || is_vtuple<T>::value || is_tuple_v<T> || is_anyset_v<T> ||
               is_strlike_v<T> || std::is_same_v<T, Bytes> || std::is_same_v<T, ByteArray> ||
               is_defaultdict<T>::value || is_counter<T>::value || is_ordereddict<T>::value || is_deque<T>::value;
    }

    // --------------------------------------------------------------- _format
    template <class X>
    void format(const X& x, int64_t indent, int64_t allowance, int64_t level) {
        using T = bare<X>;
        if constexpr (is_optional_v<T>) {
            if (x.has_value()) format(*x, indent, allowance, level);
            else out += "None";
        } else if constexpr (requires { typename T::py_rec_base; }) {
            format(static_cast<const typename T::py_rec_base&>(x), indent, allowance, level);  // rec.hpp
        } else if constexpr (requires { x.py_is_union; }) {
            std::visit([&](const auto& m) { format(m, indent, allowance, level); }, x.v);
        } else if constexpr (dispatched<T>()) {
            std::string rep = srepr(x);
            const int64_t max_width = o.width - indent - allowance;
            if (cplen(rep) > max_width) {
                dispatch(x, indent, allowance, level + 1);
                return;
            }
            out += rep;
        } else {
            safe_repr(out, x);
        }
    }

    template <class X>
    void dispatch(const X& x, int64_t indent, int64_t allowance, int64_t level) {
        using T = bare<X>;
        if constexpr (is_plain_dict<T>::value) {
            pprint_dict(x, indent, allowance, level);
        } else if constexpr (is_list_v<T>) {
            out.push_back('[');
            const auto& v = x.vec();
            format_items(v.size(), [&](size_t i, auto&& f) { f(v[i]); }, indent, allowance + 1, level);
            out.push_back(']');
        } else if constexpr (is_vtuple<T>::value) {
            const auto& v = x.vec();
            const char* endchar = v.size() == 1 ? ",)" : ")";
            out.push_back('(');
            format_items(v.size(), [&](size_t i, auto&& f) { f(v[i]); }, indent, allowance + static_cast<int64_t>(std::strlen(endchar)), level);
            out += endchar;
        } else if constexpr (is_tuple_v<T>) {
            constexpr size_t n = std::tuple_size_v<T>;
            const char* endchar = n == 1 ? ",)" : ")";
            out.push_back('(');
            format_items(n, [&](size_t i, auto&& f) { tuple_at(x, i, f, std::make_index_sequence<n>{}); }, indent,
                         allowance + static_cast<int64_t>(std::strlen(endchar)), level);
            out += endchar;
        } else if constexpr (is_anyset_v<T>) {
            pprint_set(x, indent, allowance, level);
        } else if constexpr (is_strlike_v<T>) {
            pprint_str(std::string_view(x), indent, allowance, level);
        } else if constexpr (std::is_same_v<T, Bytes>) {
            pprint_bytes(x.view(), indent, allowance, level);
        } else if constexpr (std::is_same_v<T, ByteArray>) {
            out += "bytearray(";
            pprint_bytes(x.view(), indent + 10, allowance + 1, level + 1);
            out.push_back(')');
        } else if constexpr (is_defaultdict<T>::value) {
            if (x.size() == 0) {
                py::repr_to(out, x);
                return;
            }
            // The factory's repr: the text between "defaultdict(" and ", {...})".
            std::string full = py::repr(x), body;
            static_cast<const Dict<typename T::key_type, typename T::mapped_type>&>(x).py_repr(body);
            std::string_view rdf = std::string_view(full).substr(12, full.size() - 12 - 2 - body.size() - 1);
            indent += 12;
            out += "defaultdict(";
            out += rdf;
            out += ",\n";
            spaces(out, indent);
            pprint_dict(x, indent, allowance + 1, level);
            out.push_back(')');
        } else if constexpr (is_counter<T>::value) {
            if (x.size() == 0) {
                py::repr_to(out, x);
                return;
            }
            out += "Counter({";
            if (o.indent > 1) spaces(out, o.indent - 1);
            auto items = x.most_common();
            const auto& v = items.vec();
            format_dict_items(v.size(), [&](size_t i) -> const auto& { return std::get<0>(v[i]); },
                              [&](size_t i) -> const auto& { return std::get<1>(v[i]); }, indent + 8, allowance + 2, level);
            out += "})";
        } else if constexpr (is_ordereddict<T>::value) {
            if (x.size() == 0) {
                py::repr_to(out, x);
                return;
            }
            List<std::tuple<typename T::key_type, typename T::mapped_type>> items;
            for (const auto& e : x.body()->entries)
                if (e.live) items.append(std::make_tuple(e.key, e.value));
            out += "OrderedDict(";
            format(items, indent + 12, allowance + 1, level);
            out.push_back(')');
        } else if constexpr (is_deque<T>::value) {
            if (x.size() == 0) {
                py::repr_to(out, x);
                return;
            }
            const auto& d = x.body()->d;
            out += "deque(";
            indent += 6;
            out.push_back('[');
            auto at = [&](size_t i, auto&& f) { f(d[i]); };
            if (!x.maxlen().has_value()) {
                format_items(d.size(), at, indent, allowance + 2, level);
                out += "])";
            } else {
                format_items(d.size(), at, indent, 2, level);
                out += "],\n";
                spaces(out, indent);
                out += "maxlen=";
                out += std::to_string(*x.maxlen());
                out.push_back(')');
            }
        }
    }

    template <class D>
    void pprint_dict(const D& d, int64_t indent, int64_t allowance, int64_t level) {
        out.push_back('{');
        if (o.indent > 1) spaces(out, o.indent - 1);
        if (d.size()) {
            auto items = dict_items(d, o.sort_dicts);
            format_dict_items(items.size(), [&](size_t i) -> const auto& { return items[i]->key; },
                              [&](size_t i) -> const auto& { return items[i]->value; }, indent, allowance + 1, level);
        }
        out.push_back('}');
    }

    template <class KeyAt, class ValAt>
    void format_dict_items(size_t n, KeyAt key, ValAt val, int64_t indent, int64_t allowance, int64_t level) {
        indent += o.indent;
        for (size_t i = 0; i < n; ++i) {
            const bool last = i + 1 == n;
            std::string rep = srepr(key(i));
            out += rep;
            out += ": ";
            format(val(i), indent + cplen(rep) + 2, last ? allowance : 1, level);
            if (!last) {
                out += ",\n";
                spaces(out, indent);
            }
        }
    }

    /// `_format_items`: `at(i, f)` calls f on item i.
    template <class At>
    void format_items(size_t n, At at, int64_t indent, int64_t allowance, int64_t level) {
        indent += o.indent;
        if (o.indent > 1) spaces(out, o.indent - 1);
        std::string delimnl = ",\n";
        spaces(delimnl, indent);
        std::string_view delim;
        int64_t width = o.width - indent + 1, max_width = width;
        for (size_t i = 0; i < n; ++i) {
            const bool last = i + 1 == n;
            if (last) {
                max_width -= allowance;
                width -= allowance;
            }
            bool done = false;
            if (o.compact) {
                std::string rep;
                at(i, [&](const auto& ent) { rep = srepr(ent); });
                const int64_t w = cplen(rep) + 2;
                if (width < w) {
                    width = max_width;
                    if (!delim.empty()) delim = delimnl;
                }
                if (width >= w) {
                    width -= w;
                    out += delim;
                    delim = ", ";
                    out += rep;
                    done = true;
                }
            }
            if (done) continue;
            out += delim;
            delim = delimnl;
            at(i, [&](const auto& ent) { format(ent, indent, last ? allowance : 1, level); });
        }
    }

    template <class S>
    void pprint_set(const S& s, int64_t indent, int64_t allowance, int64_t level) {
        if (s.size() == 0) {
            py::repr_to(out, s);
            return;
        }
        const char* endchar = "}";
        if constexpr (S::is_frozen) {
            out += "frozenset({";
            endchar = "})";
            indent += 10;
        } else {
            out.push_back('{');
        }
        using E = typename S::value_type;
        std::vector<const E*> items;
        for (const auto& e : s.body()->table)
            if (e.state == detail::SetBody<E>::Active) items.push_back(&e.key);
        detail::python_sort(items.data(), items.size(), false, [](const E* a, const E* b) { return key_lt(*a, *b); });
        format_items(items.size(), [&](size_t i, auto&& f) { f(*items[i]); }, indent, allowance + static_cast<int64_t>(std::strlen(endchar)), level);
        out += endchar;
    }

    static std::string str_repr(std::string_view s) {
        std::string r;
        str_repr_to(r, s);
        return r;
    }

    /// `re.findall(r'\S*\s*', line)` without its final empty match.
    static std::vector<std::string_view> word_parts(std::string_view line) {
        std::vector<std::string_view> parts;
        size_t i = 0;
        while (i < line.size()) {
            size_t j = i;
            while (j < line.size()) {
                size_t k = j;
                if (detail::u_space(detail::next_cp(line, k))) break;
                j = k;
            }
            while (j < line.size()) {
                size_t k = j;
                if (!detail::u_space(detail::next_cp(line, k))) break;
                j = k;
            }
            parts.push_back(line.substr(i, j - i));
            i = j;
        }
        return parts;
    }

    void pprint_str(std::string_view s, int64_t indent, int64_t allowance, int64_t level) {
        if (s.empty()) {
            out += "''";
            return;
        }
        std::vector<std::string> chunks;
        List<Str> lines = str_splitlines(s, true);
        if (level == 1) {
            indent += 1;
            allowance += 1;
        }
        int64_t max_width1 = o.width - indent;
        const int64_t max_width = max_width1;
        const auto& lv = lines.vec();
        for (size_t i = 0; i < lv.size(); ++i) {
            std::string_view line = lv[i];
            std::string rep = str_repr(line);
            const bool last_line = i + 1 == lv.size();
            if (last_line) max_width1 -= allowance;
            if (cplen(rep) <= max_width1) {
                chunks.push_back(std::move(rep));
                continue;
            }
            auto parts = word_parts(line);
            int64_t max_width2 = max_width;
            std::string current;
            for (size_t j = 0; j < parts.size(); ++j) {
                std::string candidate = current;
                candidate += parts[j];
                if (j + 1 == parts.size() && last_line) max_width2 -= allowance;
                if (cplen(str_repr(candidate)) > max_width2) {
                    if (!current.empty()) chunks.push_back(str_repr(current));
                    current = std::string(parts[j]);
                } else {
                    current = std::move(candidate);
                }
            }
            if (!current.empty()) chunks.push_back(str_repr(current));
        }
        if (chunks.size() == 1) {
            out += chunks[0];
            return;
        }
        if (level == 1) out.push_back('(');
        for (size_t i = 0; i < chunks.size(); ++i) {
            if (i > 0) {
                out.push_back('\n');
                spaces(out, indent);
            }
            out += chunks[i];
        }
        if (level == 1) out.push_back(')');
    }

    static std::string bytes_repr(std::string_view b) {
        std::string r;
        Bytes(b.data(), b.size()).py_repr(r);
        return r;
    }

    void pprint_bytes(std::string_view b, int64_t indent, int64_t allowance, int64_t level) {
        if (b.size() <= 4) {
            out += bytes_repr(b);
            return;
        }
        const bool parens = level == 1;
        if (parens) {
            indent += 1;
            allowance += 1;
            out.push_back('(');
        }
        // _wrap_bytes_repr(object, width - indent, allowance)
        int64_t width = o.width - indent;
        std::string current;
        const size_t last = b.size() / 4 * 4;
        bool first = true;
        auto emit = [&](const std::string& rep) {
            if (!first) {
                out.push_back('\n');
                spaces(out, indent);
            }
            first = false;
            out += rep;
        };
        for (size_t i = 0; i < b.size(); i += 4) {
            std::string_view part = b.substr(i, 4);
            std::string candidate = current;
            candidate += part;
            if (i == last) width -= allowance;
            if (cplen(bytes_repr(candidate)) > width) {
                if (!current.empty()) emit(bytes_repr(current));
                current = std::string(part);
            } else {
                current = std::move(candidate);
            }
        }
        if (!current.empty()) emit(bytes_repr(current));
        if (parens) out.push_back(')');
    }
};

}  // namespace pprint_detail

/// `pprint.pformat(x, ...)`.
template <class X>
inline Str pformat(const X& x, const PPrintOpts& o = {}) {
    Str s;
    pprint_detail::Printer p{o, s};
    p.format(x, 0, 0, 0);
    return s;
}

/// `pprint.pprint(x, ...)` / `pprint.pp(x, ...)`: the text and a newline on stdout.
template <class X>
inline NoneType pprint(const X& x, const PPrintOpts& o = {}) {
    Str s = pformat(x, o);
    s.push_back('\n');
    stdout_write(s);
    return None;
}

}  // namespace py
