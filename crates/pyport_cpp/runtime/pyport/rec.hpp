//! `py::Rec<Base>`: the base of a recursive type's struct (`struct _rec0 : py::Rec<py::Union<
//! py::int_t, py::List<_rec0>>>`, the items of a nested list; or a `std::tuple` holding a list of
//! its own kind, a tree). The struct is a `Base` (so `std::get`, `std::visit` on `.v` and the
//! union helpers apply to it), converts from one, and prints, compares and tests truth as its
//! `Base` does: generated code names it only as a list's item type (`py::List<_rec0>`), a value's
//! own type is `Base`.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "compare.hpp"
#include "text.hpp"

namespace py {

template <class Base, bool Tuple = false>
struct Rec : Base {
    using py_rec_base = Base;
    /// Whether tuples lie on the type's cycle (see `rec_list_repr_to`).
    static constexpr bool py_rec_tuple = Tuple;

    Rec() = default;
    Rec(const Base& b) : Base(b) {}        // NOLINT: implicit, as a value becomes a list item
    Rec(Base&& b) : Base(std::move(b)) {}  // NOLINT: implicit, as above
    template <class X>
        requires(!std::is_same_v<std::remove_cvref_t<X>, Base> && !std::is_base_of_v<Base, std::remove_cvref_t<X>> &&
                 std::is_constructible_v<Base, X &&>)
    Rec(X&& x) : Base(std::forward<X>(x)) {}  // NOLINT: implicit, as a union member converts to the union

    const Base& base() const { return *this; }

    void py_repr(std::string& out) const { py::repr_to(out, base()); }
    void py_str(std::string& out) const { py::str_to(out, base()); }
    bool py_bool() const { return py::truthy(base()); }
    template <class B>
    bool py_eq(const B& b) const {
        if constexpr (std::is_base_of_v<Base, B>) {
            // CPython compares items by identity first: a list holding itself equals itself.
            if (same_list(base(), b)) return true;
            return py::eq(base(), static_cast<const Base&>(b));
        } else {
            return py::eq(base(), b);
        }
    }
    /// Whether two union values hold the same list object.
    static bool same_list(const Base& a, const Base& b) {
        if constexpr (requires { a.v; }) {
            return std::visit(
                [](const auto& x, const auto& y) {
                    using X = std::remove_cvref_t<decltype(x)>;
                    if constexpr (std::is_same_v<X, std::remove_cvref_t<decltype(y)>> && is_list_v<X>) return x.is(y);
                    else return false;
                },
                a.v, b.v);
        } else {
            return false;
        }
    }
    template <class B>
        requires requires { typename B::py_rec_base; }
    bool py_lt(const B& b) const {
        return py::lt(base(), b.base());
    }
};

namespace detail {
/// The lists of recursive items whose repr is being written, outermost first.
inline std::vector<const void*>& rec_repr_active() {
    static std::vector<const void*> active;
    return active;
}
}  // namespace detail

/// `repr` of a list whose items are a recursive type: a list met again inside itself prints as
/// CPython's `[...]`. When the items may be tuples on the way (`py_rec_tuple`), CPython may meet
/// the tuple again first, which a copied tuple cannot tell: that stops with a limit error.
template <class L>
inline void rec_list_repr_to(std::string& out, const L& x) {
    auto& active = detail::rec_repr_active();
    const void* id = &x.vec();
    for (const void* p : active) {
        if (p != id) continue;
        if constexpr (L::value_type::py_rec_tuple)
            throw PyportLimit("pyport does not support printing a tuple that contains itself through a list");
        out += "[...]";
        return;
    }
    struct Guard {
        std::vector<const void*>& a;
        ~Guard() { a.pop_back(); }
    };
    active.push_back(id);
    Guard g{active};
    const auto& v = x.vec();
    out.push_back('[');
    for (size_t i = 0; i < v.size(); ++i) {
        if (i) out += ", ";
        py::repr_to(out, v[i]);
    }
    out.push_back(']');
}

/// The value a recursive type's struct holds, as its `Base`; any other value as itself.
template <class X>
inline const auto& unrec(const X& x) {
    if constexpr (requires { typename X::py_rec_base; }) return static_cast<const typename X::py_rec_base&>(x);
    else return x;
}

}  // namespace py
