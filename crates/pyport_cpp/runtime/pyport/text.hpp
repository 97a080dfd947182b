//! Conversion to text: `py::str`, `py::repr` (CPython's formatting of every runtime type, nested), `py::format(x, spec)` and `py::concat`.
#pragma once
#include <charconv>

#include "list.hpp"
#include "str.hpp"

namespace py {

namespace detail {
inline void int_to(std::string& out, int64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

template <size_t I, class Tup>
inline void tuple_repr_to(std::string& out, const Tup& t) {
    if constexpr (I < std::tuple_size_v<Tup>) {
        if constexpr (I > 0) out += ", ";
        py::repr_to(out, std::get<I>(t));
        tuple_repr_to<I + 1>(out, t);
    }
}
}  // namespace detail

/// Append `repr(x)` to out.
template <class X>
inline void repr_to(std::string& out, const X& x) {
    if constexpr (is_bool_v<X>) {
        out += static_cast<bool>(x) ? "True" : "False";
    } else if constexpr (is_int_v<X>) {
        detail::int_to(out, static_cast<int64_t>(x));
    } else if constexpr (is_float_v<X>) {
        out += float_repr(static_cast<double>(x));
    } else if constexpr (is_num_v<X>) {
        if (x.is_float) out += float_repr(x.f);
        else repr_to(out, x.i);
    } else if constexpr (is_none_v<X>) {
        out += "None";
    } else if constexpr (is_strlike_v<X>) {
        str_repr_to(out, std::string_view(x));
    } else if constexpr (is_list_v<X> && requires { typename X::value_type::py_rec_base; }) {
        rec_list_repr_to(out, x);  // a list that may hold itself (rec.hpp)
    } else if constexpr (is_list_v<X>) {
        const auto& v = x.vec();
        out.push_back('[');
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            py::repr_to(out, v[i]);
        }
        out.push_back(']');
    } else if constexpr (is_tuple_v<X>) {
        out.push_back('(');
        detail::tuple_repr_to<0>(out, x);
        if constexpr (std::tuple_size_v<X> == 1) out.push_back(',');
        out.push_back(')');
    } else if constexpr (is_optional_v<X>) {
        if (x.has_value()) py::repr_to(out, *x);
        else out += "None";
    } else if constexpr (requires { x.py_repr(out); }) {
        x.py_repr(out);
    } else {
        static_assert(dependent_false<X>, "pyport: no repr() for this type");
    }
}

/// Append `str(x)` to out.
template <class X>
inline void str_to(std::string& out, const X& x) {
    if constexpr (is_strlike_v<X>) {
        out += std::string_view(x);
    } else if constexpr (is_optional_v<X>) {
        if (x.has_value()) py::str_to(out, *x);
        else out += "None";
    } else if constexpr (requires { x.py_str(out); }) {
        x.py_str(out);
    } else {
        py::repr_to(out, x);
    }
}

template <class X>
inline Str repr(const X& x) {
    Str out;
    py::repr_to(out, x);
    return out;
}

template <class X>
inline Str str(const X& x) {
    if constexpr (std::is_same_v<X, Str>) {
        return x;
    } else if constexpr (is_float_v<X>) {
        return float_repr(static_cast<double>(x));
    } else {
        Str out;
        py::str_to(out, x);
        return out;
    }
}

namespace detail {
template <class X>
constexpr const char* type_name_of() {
    if constexpr (is_list_v<X>) return "list";
    else if constexpr (is_tuple_v<X>) return "tuple";
    else if constexpr (is_none_v<X>) return "NoneType";
    else return "object";
}
[[noreturn, PYPORT_COLD]] inline void bad_format_spec(const char* type) {
    throw TypeError(std::string("unsupported format string passed to ") + type + ".__format__");
}
}  // namespace detail

/// `format(x, spec)` / f-string `{x:spec}`.
template <class X>
inline Str format(const X& x, std::string_view spec) {
    if constexpr (is_bool_v<X>) {
        return format_bool(static_cast<bool>(x), spec);
    } else if constexpr (is_int_v<X>) {
        return format_int(static_cast<int64_t>(x), spec);
    } else if constexpr (is_float_v<X>) {
        return format_float(static_cast<double>(x), spec);
    } else if constexpr (is_num_v<X>) {
        return x.is_float ? format_float(x.f, spec) : format(x.i, spec);
    } else if constexpr (is_strlike_v<X>) {
        return format_str(std::string_view(x), spec);
    } else if constexpr (is_optional_v<X>) {
        if (x.has_value()) return py::format(*x, spec);
        return py::format(None, spec);
    } else if constexpr (requires { x.py_format(spec); }) {
        return x.py_format(spec);
    } else {
        if (!spec.empty()) [[unlikely]]
            detail::bad_format_spec(detail::type_name_of<X>());
        return py::str(x);
    }
}

/// Concatenate string pieces with a single allocation.
template <class... P>
inline Str concat(const P&... parts) {
    if constexpr (sizeof...(P) == 0) {
        return Str();
    } else {
        const std::string_view views[] = {std::string_view(parts)...};
        size_t n = 0;
        for (auto v : views) n += v.size();
        Str out;
        out.reserve(n);
        for (auto v : views) out.append(v);
        return out;
    }
}

}  // namespace py
