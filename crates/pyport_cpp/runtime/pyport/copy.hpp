//! The `copy` module: `copy.copy(x)` and `copy.deepcopy(x)`.
//!
//! API (what the emitter relies on):
//!   copy_copy(x)    a list, dict (or Counter/defaultdict/OrderedDict), set or deque: a new one
//!                   with the same items; anything else (numbers, str, tuples, frozensets) is
//!                   immutable and is returned as it is, as CPython returns the object itself
//!   deepcopy(x)     a copy that shares no mutable container with `x`, nested in any way. As
//!                   CPython's memo does, a container reached twice in `x` is copied once, so the
//!                   copy has the same sharing (`[[0] * 3] * 3` stays three references to one row).
//! An object of the program's classes copies through the methods its class gets in programs that
//! import `copy` (`_py_copy`, `_py_deepcopy`: emit/classes.rs).
#pragma once
#include <memory>
#include <tuple>
#include <unordered_map>

namespace py {

namespace detail {
/// What `deepcopy` has copied so far: a container's body -> a handle to its copy.
struct DeepMemo {
    std::unordered_map<const void*, Shared<void>> seen;
};

template <class T> struct is_py_list : std::false_type {};
template <class T> struct is_py_list<List<T>> : std::true_type {};
template <class T> struct is_py_deque : std::false_type {};
template <class T> struct is_py_deque<Deque<T>> : std::true_type {};
template <class T> struct is_py_set : std::false_type {};
template <class T, bool F> struct is_py_set<BasicSet<T, F>> : std::true_type {};

/// The copy made for `key` already, if any (`out` is then set to it).
template <class H>
bool deep_seen(const void* key, DeepMemo& m, H& out) {
    auto it = m.seen.find(key);
    if (it == m.seen.end()) return false;
    out = *std::static_pointer_cast<H>(it->second);
    return true;
}
template <class H>
void deep_remember(const void* key, DeepMemo& m, const H& out) {
    m.seen.emplace(key, py::make_shared<H>(out));
}

template <class T>
T deep(const T& x, DeepMemo& m) {
    using U = std::remove_cvref_t<T>;
    if constexpr (requires { x->_py_deepcopy(m); }) {
        // An object of the program's classes: its class's copy, made once.
        using Obj = std::remove_pointer_t<decltype(x.get())>;
        if (!x.get()) return x;
        const void* key = static_cast<const Object*>(x.get());
        Ref<Object> out;
        if (!deep_seen(key, m, out)) out = x->_py_deepcopy(m);
        return U(static_cast<Obj*>(out.get()));
    } else if constexpr (is_tuple_v<U>) {
        return std::apply([&](const auto&... e) { return U{deep(e, m)...}; }, x);
    } else if constexpr (is_optional_v<U>) {
        if (!x) return x;
        return U(deep(*x, m));
    } else if constexpr (requires { typename U::py_is_vtuple; }) {
        typename U::Vec v;
        v.reserve(x.vec().size());
        for (const auto& e : x.vec()) v.push_back(deep(e, m));
        return U::from_vector(std::move(v));
    } else if constexpr (is_py_list<U>::value) {
        U out;
        if (deep_seen(&x.vec(), m, out)) return out;
        deep_remember(&x.vec(), m, out);
        auto& v = out.vec();
        v.reserve(x.vec().size());
        for (const auto& e : x.vec()) v.push_back(deep(e, m));
        return out;
    } else if constexpr (is_py_deque<U>::value) {
        U out;
        if (deep_seen(x.body().get(), m, out)) return out;
        out = x.copy();
        deep_remember(x.body().get(), m, out);
        for (int64_t i = 0; i < out.size(); ++i) out.at_set(i) = deep(out.at(i), m);
        return out;
    } else if constexpr (is_py_set<U>::value) {
        // Set members are hashable, so immutable here: a new set of the same members.
        U out;
        if (deep_seen(x.body().get(), m, out)) return out;
        out = x.copy();
        deep_remember(x.body().get(), m, out);
        return out;
    } else if constexpr (requires { x.body(); x.items(); x.copy(); }) {
        // dict, Counter, defaultdict (its factory kept), OrderedDict: keys are immutable; each
        // value is replaced by its copy in place, so the order stays.
        U out;
        if (deep_seen(x.body().get(), m, out)) return out;
        out = x.copy();
        deep_remember(x.body().get(), m, out);
        for (auto&& kv : x.items()) out.set(std::get<0>(kv), deep(std::get<1>(kv), m));
        return out;
    } else {
        // Numbers, str, bytes, Fractions: values.
        return x;
    }
}
}  // namespace detail

template <class T>
T copy_copy(const T& x) {
    if constexpr (is_optional_v<T>) {
        // A value that may be None: None, or the copy of what it holds.
        if (!x) return x;
        return T(copy_copy(*x));
    } else if constexpr (requires { x->_py_copy(); }) {
        using Obj = std::remove_pointer_t<decltype(x.get())>;
        if (!x.get()) return x;
        return T(static_cast<Obj*>(x->_py_copy().get()));
    } else if constexpr (requires { x.copy(); typename T::py_is_vtuple; }) {
        return x;
    } else if constexpr (requires { { x.copy() } -> std::convertible_to<T>; }) {
        return x.copy();
    } else {
        return x;
    }
}

template <class T>
T deepcopy(const T& x) {
    detail::DeepMemo m;
    return detail::deep(x, m);
}

}  // namespace py
