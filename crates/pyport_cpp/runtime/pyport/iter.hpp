//! Iteration: `range`, `iter_list`, `enumerate`, `zip`, `reversed`, str iteration, `list_from`, and the iterable builtins (sorted, sum, min, max, any, all).
#pragma once
#include "generator.hpp"
#include "list.hpp"
#include "str.hpp"

namespace py {

// A "cursor" is any type with `value_type` and `bool next(value_type&)`;
// py::iter(x) turns every iterable (lists, ranges, strings, generators and
// the adaptors below) into one. Cursors derive from CursorBase to be usable
// in range-for.

template <class C>
concept Cursor = requires(C c, typename C::value_type& v) {
    { c.next(v) } -> std::convertible_to<bool>;
};

/// Input iterator over a cursor (for range-for).
template <class C>
class CursorIterator {
    C* c_;
    typename C::value_type cur_{};
    bool done_ = false;

public:
    using value_type = typename C::value_type;
    using difference_type = std::ptrdiff_t;
    CursorIterator() : c_(nullptr), done_(true) {}
    explicit CursorIterator(C* c) : c_(c) { done_ = !c_->next(cur_); }
    value_type& operator*() { return cur_; }
    const value_type& operator*() const { return cur_; }
    CursorIterator& operator++() {
        done_ = !c_->next(cur_);
        return *this;
    }
    void operator++(int) { ++*this; }
    bool operator==(IterEnd) const { return done_; }
};

template <class Derived>
struct CursorBase {
    CursorIterator<Derived> begin() { return CursorIterator<Derived>(static_cast<Derived*>(this)); }
    IterEnd end() { return {}; }
    /// `next(c)` on a cursor made in place (e.g. `next(islice(...))`): StopIteration when exhausted.
    auto next_or_raise() {
        typename Derived::value_type out{};
        if (!static_cast<Derived*>(this)->next(out)) [[unlikely]]
            raise_lit<StopIteration>("");
        return out;
    }
    /// `next(c, default)`.
    template <class D>
    auto next_or(D dflt) {
        typename Derived::value_type out{};
        if (!static_cast<Derived*>(this)->next(out)) return typename Derived::value_type(std::move(dflt));
        return out;
    }
};

// ------------------------------------------------------------------- range

/// Cursor over the values of a range (wrapping arithmetic, exact for any int64 range).
struct RangeCursor : CursorBase<RangeCursor> {
    using value_type = int64_t;
    uint64_t cur = 0, step = 0, left = 0;
    bool next(int64_t& out) {
        if (left == 0) return false;
        out = static_cast<int64_t>(cur);
        cur += step;
        --left;
        return true;
    }
};

/// Number of values in range(start, stop, step) as an unsigned count.
constexpr uint64_t range_count(int64_t start, int64_t stop, int64_t step) {
    if (step > 0) {
        if (start >= stop) return 0;
        return (static_cast<uint64_t>(stop) - static_cast<uint64_t>(start) - 1) / static_cast<uint64_t>(step) + 1;
    }
    if (start <= stop) return 0;
    return (static_cast<uint64_t>(start) - static_cast<uint64_t>(stop) - 1) / (0 - static_cast<uint64_t>(step)) + 1;
}

[[noreturn, PYPORT_COLD]] inline void range_step_zero() { throw ValueError("range() arg 3 must not be zero"); }
[[noreturn, PYPORT_COLD]] inline void range_too_long() {
    throw OverflowError("Python int too large to convert to C ssize_t");
}

/// `len(range(start, stop, step))`.
inline int64_t range_len(int64_t start, int64_t stop, int64_t step) {
    if (step == 0) [[unlikely]]
        range_step_zero();
    uint64_t n = range_count(start, stop, step);
    if (n > static_cast<uint64_t>(INT64_MAX)) [[unlikely]]
        range_too_long();
    return static_cast<int64_t>(n);
}

/// Python's range object.
struct Range {
    int64_t start, stop, step;

    class iterator {
        uint64_t cur_, step_, left_;

    public:
        using value_type = int64_t;
        using difference_type = std::ptrdiff_t;
        iterator() : cur_(0), step_(0), left_(0) {}
        iterator(uint64_t c, uint64_t s, uint64_t l) : cur_(c), step_(s), left_(l) {}
        int64_t operator*() const { return static_cast<int64_t>(cur_); }
        iterator& operator++() {
            cur_ += step_;
            --left_;
            return *this;
        }
        void operator++(int) { ++*this; }
        bool operator==(IterEnd) const { return left_ == 0; }
    };

    iterator begin() const {
        return iterator(static_cast<uint64_t>(start), static_cast<uint64_t>(step), range_count(start, stop, step));
    }
    IterEnd end() const { return {}; }
    int64_t size() const { return range_len(start, stop, step); }
    /// `bool(range(...))`: false when empty.
    bool py_bool() const { return size() != 0; }
    RangeCursor cursor() const {
        RangeCursor c;
        c.cur = static_cast<uint64_t>(start);
        c.step = static_cast<uint64_t>(step);
        c.left = range_count(start, stop, step);
        return c;
    }
    /// `x in r`.
    bool contains(int64_t x) const {
        if (step > 0) {
            if (x < start || x >= stop) return false;
            return (static_cast<uint64_t>(x) - static_cast<uint64_t>(start)) % static_cast<uint64_t>(step) == 0;
        }
        if (x > start || x <= stop) return false;
        return (static_cast<uint64_t>(start) - static_cast<uint64_t>(x)) % (0 - static_cast<uint64_t>(step)) == 0;
    }
    /// `r[i]`.
    int64_t at(int64_t i) const {
        uint64_t n = range_count(start, stop, step);
        uint64_t u = static_cast<uint64_t>(i);
        if (i < 0) u += n;
        if (u >= n) [[unlikely]]
            raise_lit<IndexError>("range object index out of range");
        return static_cast<int64_t>(static_cast<uint64_t>(start) + u * static_cast<uint64_t>(step));
    }
};

inline Range range(int64_t stop) { return Range{0, stop, 1}; }
inline Range range(int64_t start, int64_t stop) { return Range{start, stop, 1}; }
inline Range range(int64_t start, int64_t stop, int64_t step) {
    if (step == 0) [[unlikely]]
        range_step_zero();
    return Range{start, stop, step};
}
inline int64_t len(const Range& r) { return r.size(); }

// -------------------------------------------------------------- list / str

/// Iterates a list by index, re-reading its size each step (Python semantics
/// when the loop body appends); holds the list alive.
template <class T>
struct ListCursor : CursorBase<ListCursor<T>> {
    using value_type = T;
    using Storage = storage_t<T>;
    List<T> xs;
    size_t i = 0;
    explicit ListCursor(List<T> l) : xs(std::move(l)) {}
    bool next(T& out) {
        auto& v = xs.vec();
        if (i < v.size()) [[likely]] {
            out = v[i++];
            return true;
        }
        return false;
    }

    /// Range-for without copying elements: `*it` refers into the list and
    /// stays valid until the list is resized, so bind it by value (`auto x`).
    class iterator {
        typename List<T>::Vec* v_;
        size_t i_;

    public:
        using value_type = Storage;
        using difference_type = std::ptrdiff_t;
        iterator() : v_(nullptr), i_(0) {}
        iterator(typename List<T>::Vec* v, size_t i) : v_(v), i_(i) {}
        Storage& operator*() const { return (*v_)[i_]; }
        iterator& operator++() {
            ++i_;
            return *this;
        }
        void operator++(int) { ++i_; }
        bool operator==(IterEnd) const { return i_ >= v_->size(); }
    };
    iterator begin() { return iterator(&xs.vec(), i); }
    IterEnd end() { return {}; }
};

template <class T> inline ListCursor<T> iter_list(const List<T>& xs) { return ListCursor<T>(xs); }

/// `reversed(xs)` for a list (CPython's listreverseiterator semantics).
template <class T>
struct ReversedList : CursorBase<ReversedList<T>> {
    using value_type = T;
    List<T> xs;
    int64_t i;
    explicit ReversedList(List<T> l) : xs(std::move(l)), i(xs.size() - 1) {}
    bool next(T& out) {
        auto& v = xs.vec();
        if (i >= 0 && i < static_cast<int64_t>(v.size())) {
            out = v[static_cast<size_t>(i--)];
            return true;
        }
        i = -1;
        return false;
    }
};

/// Iterates a str by code point, yielding one-character strings.
struct StrCursor : CursorBase<StrCursor> {
    using value_type = Str;
    Str s;
    size_t off = 0;
    explicit StrCursor(Str str) : s(std::move(str)) {}
    bool next(Str& out) {
        if (off >= s.size()) return false;
        size_t len = detail::cp_bytes(s.data(), s.size(), off);
        out.assign(s.data() + off, len);
        off += len;
        return true;
    }
};

/// `reversed(s)` for a str.
struct ReversedStr : CursorBase<ReversedStr> {
    using value_type = Str;
    Str s;
    size_t left;  // bytes not yet produced (not `end`: that would hide CursorBase::end())
    explicit ReversedStr(Str str) : s(std::move(str)), left(s.size()) {}
    bool next(Str& out) {
        if (left == 0) return false;
        size_t b = left - 1;
        while (b > 0 && detail::is_cont(static_cast<unsigned char>(s[b]))) --b;
        out.assign(s.data() + b, left - b);
        left = b;
        return true;
    }
};

// -------------------------------------------------------------------- iter

/// A cursor for any iterable.
template <class X>
inline auto iter(X&& x) {
    using D = std::remove_cvref_t<X>;
    if constexpr (is_list_v<D>) return ListCursor<typename D::value_type>(x);
    else if constexpr (std::is_same_v<D, Range>) return x.cursor();
    else if constexpr (is_strlike_v<D>) return StrCursor(Str(std::string_view(x)));
    else if constexpr (requires { typename D::is_iter_object; }) return x.iter();  // py::Iter (iterobj.hpp)
    else if constexpr (Cursor<D>) return D(std::forward<X>(x));  // generators share state
    else if constexpr (requires { x.iter(); }) return x.iter();  // dict, set and their views
    else static_assert(dependent_false<X>, "pyport: not iterable");
}

template <class X> using cursor_t = decltype(py::iter(std::declval<X>()));
template <class X> using iter_value_t = typename cursor_t<X>::value_type;

/// `x in it` for a lazy iterable (dict views, generators, `zip`…): consumes `it` up to the first
/// element equal to `x`, as CPython does.
template <class It, class X>
inline bool iter_contains(It&& it, const X& x) {
    auto c = py::iter(std::forward<It>(it));
    typename decltype(c)::value_type v{};
    while (c.next(v)) {
        if (py::eq(v, x)) return true;
    }
    return false;
}

/// `len(list(it))` for a lazy iterable (`len(list(g))` of a `groupby` group): the number of
/// elements, counted without keeping them.
template <class It>
inline int64_t iter_count(It&& it) {
    auto c = py::iter(std::forward<It>(it));
    typename decltype(c)::value_type v{};
    int64_t n = 0;
    while (c.next(v)) ++n;
    return n;
}

/// `reversed(x)` for lists, ranges and strs.
template <class T> inline ReversedList<T> reversed(const List<T>& xs) { return ReversedList<T>(xs); }
inline RangeCursor reversed(const Range& r) {
    RangeCursor c;
    c.left = range_count(r.start, r.stop, r.step);
    c.step = 0 - static_cast<uint64_t>(r.step);
    c.cur = static_cast<uint64_t>(r.start) + (c.left ? c.left - 1 : 0) * static_cast<uint64_t>(r.step);
    return c;
}
inline ReversedStr reversed(std::string_view s) { return ReversedStr(Str(s)); }

// --------------------------------------------------------------- enumerate

template <class C>
struct Enumerate : CursorBase<Enumerate<C>> {
    using value_type = std::tuple<int64_t, typename C::value_type>;
    C inner;
    int64_t n;
    bool overflow = false;
    Enumerate(C c, int64_t start) : inner(std::move(c)), n(start) {}
    bool next(value_type& out) {
        if (!inner.next(std::get<1>(out))) return false;
        if (overflow) [[unlikely]]
            int_overflow(0, "enumerate()");
        std::get<0>(out) = n;
        if (n == INT64_MAX) [[unlikely]]
            overflow = true;
        else
            ++n;
        return true;
    }
};

/// `enumerate(iterable, start)`.
template <class X>
inline auto enumerate(X&& x, int64_t start = 0) {
    return Enumerate<cursor_t<X>>(py::iter(std::forward<X>(x)), start);
}

// --------------------------------------------------------------------- zip

template <class... C>
struct Zip : CursorBase<Zip<C...>> {
    using value_type = std::tuple<typename C::value_type...>;
    std::tuple<C...> inner;
    explicit Zip(C... c) : inner(std::move(c)...) {}
    bool next(value_type& out) { return step(out, std::index_sequence_for<C...>{}); }

private:
    template <size_t... I>
    bool step(value_type& out, std::index_sequence<I...>) {
        return (std::get<I>(inner).next(std::get<I>(out)) && ...);
    }
};

/// `zip(a, b, ...)`: stops at the shortest; pulls the iterables left to right.
template <class... X>
inline auto zip(X&&... xs) {
    return Zip<cursor_t<X>...>(py::iter(std::forward<X>(xs))...);
}

// ------------------------------------------------------------- list_from

/// `list(iterable)`.
template <class X>
inline auto list_from(X&& x) {
    using D = std::remove_cvref_t<X>;
    if constexpr (is_list_v<D>) {
        return x.copy();
    } else if constexpr (std::is_same_v<D, Range>) {
        std::vector<int64_t> v;
        v.reserve(range_count(x.start, x.stop, x.step));
        for (int64_t e : x) v.push_back(e);
        return List<int64_t>::from_vector(std::move(v));
    } else {
        auto c = py::iter(std::forward<X>(x));
        using T = typename decltype(c)::value_type;
        typename List<T>::Vec v;
        T cur{};
        while (c.next(cur)) v.push_back(std::move(cur));
        return List<T>::from_vector(std::move(v));
    }
}

template <class T>
template <class It>
    requires(!std::is_same_v<std::remove_cvref_t<It>, List<T>>)
void List<T>::extend(It&& iterable) const {
    auto c = py::iter(std::forward<It>(iterable));
    typename decltype(c)::value_type cur{};
    while (c.next(cur)) p_->push_back(T(std::move(cur)));
}

// ------------------------------------------------------- iterable builtins

/// `sorted(iterable, reverse=...)`.
template <class X>
inline auto sorted(X&& x, bool reverse = false) {
    auto out = py::list_from(std::forward<X>(x));
    out.sort(reverse);
    return out;
}

namespace detail {
/// Calls f(value) for each value of an iterable; lists are walked directly.
template <class X, class F>
inline void for_each_value(X&& x, F&& f) {
    using D = std::remove_cvref_t<X>;
    if constexpr (is_list_v<D>) {
        for (const auto& e : x.vec()) f(e);
    } else if constexpr (std::is_same_v<D, Range>) {
        for (int64_t e : x) f(e);
    } else {
        auto c = py::iter(std::forward<X>(x));
        typename decltype(c)::value_type cur{};
        while (c.next(cur)) f(cur);
    }
}
}  // namespace detail

/// `sum(iterable)`: ints are checked (PyportLimit on overflow); floats are
/// added left to right in plain double arithmetic like CPython 3.11; a mix
/// (Num) follows CPython's int-then-float accumulation.
/// Deviation: the sum of an empty float list is 0.0 here, CPython's is int 0.
template <class X>
inline auto sum(X&& x, int line = 0) {
    using T = iter_value_t<X>;
    if constexpr (is_int_v<T> || is_bool_v<T>) {
        int64_t acc = 0;
        detail::for_each_value(std::forward<X>(x), [&](const auto& v) {
            if (__builtin_add_overflow(acc, static_cast<int64_t>(v), &acc)) [[unlikely]]
                int_overflow(line, "sum()");
        });
        return acc;
    } else if constexpr (is_float_v<T>) {
        double acc = 0.0;
        detail::for_each_value(std::forward<X>(x), [&](const auto& v) { acc += static_cast<double>(v); });
        return acc;
    } else if constexpr (is_num_v<T>) {
        Num acc(int64_t{0});
        detail::for_each_value(std::forward<X>(x), [&](const Num& v) { acc = num_add(acc, v, line); });
        return acc;
    } else {
        static_assert(dependent_false<X>, "pyport: sum() of this element type");
        return 0;
    }
}

/// `max(iterable)`: the first maximal element (ValueError when empty).
template <class X>
inline auto max(X&& x) requires(!is_number_v<X>) {
    using T = iter_value_t<X>;
    std::optional<T> best;
    detail::for_each_value(std::forward<X>(x), [&](const auto& v) {
        if (!best) best.emplace(v);
        else if (py::gt(v, *best)) *best = v;
    });
    if (!best) [[unlikely]]
        raise_lit<ValueError>("max() arg is an empty sequence");
    return std::move(*best);
}

/// `min(iterable)`: the first minimal element (ValueError when empty).
template <class X>
inline auto min(X&& x) requires(!is_number_v<X>) {
    using T = iter_value_t<X>;
    std::optional<T> best;
    detail::for_each_value(std::forward<X>(x), [&](const auto& v) {
        if (!best) best.emplace(v);
        else if (py::lt(v, *best)) *best = v;
    });
    if (!best) [[unlikely]]
        raise_lit<ValueError>("min() arg is an empty sequence");
    return std::move(*best);
}

/// `any(iterable)` (stops at the first true value, like Python).
template <class X>
inline bool any(X&& x) {
    using D = std::remove_cvref_t<X>;
    if constexpr (is_list_v<D>) {
        for (const auto& e : x.vec())
            if (py::truthy(e)) return true;
        return false;
    } else {
        auto c = py::iter(std::forward<X>(x));
        typename decltype(c)::value_type cur{};
        while (c.next(cur))
            if (py::truthy(cur)) return true;
        return false;
    }
}

/// `all(iterable)` (stops at the first false value, like Python).
template <class X>
inline bool all(X&& x) {
    using D = std::remove_cvref_t<X>;
    if constexpr (is_list_v<D>) {
        for (const auto& e : x.vec())
            if (!py::truthy(e)) return false;
        return true;
    } else {
        auto c = py::iter(std::forward<X>(x));
        typename decltype(c)::value_type cur{};
        while (c.next(cur))
            if (!py::truthy(cur)) return false;
        return true;
    }
}

}  // namespace py
