//! `py::Iter<T>`: a lazy iterable kept as a value (`r = range(2, n)`, `it = iter(xs)`,
//! `z = zip(a, b)`, `(node, iter(children))` on a stack). Type-erased over any cursor and shared
//! like a Python object: copies advance the same iterator, so a zip/map/enumerate/generator is
//! consumed once, as in CPython. A `range` is kept as the range itself: it is re-iterable and has
//! `len`, indexing and `in`.
#pragma once
#include <memory>
#include <optional>

#include "functional.hpp"
#include "itertools.hpp"

namespace py {

namespace detail {
template <class C> struct cursor_name { static constexpr const char* value = "iterator"; };
template <class C> struct cursor_name<Enumerate<C>> { static constexpr const char* value = "enumerate"; };
template <class... C> struct cursor_name<Zip<C...>> { static constexpr const char* value = "zip"; };
template <class T> struct cursor_name<Generator<T>> { static constexpr const char* value = "generator"; };
template <class T> struct cursor_name<ListCursor<T>> { static constexpr const char* value = "list_iterator"; };
template <class T> struct cursor_name<ReversedList<T>> { static constexpr const char* value = "list_reverseiterator"; };
template <> struct cursor_name<RangeCursor> { static constexpr const char* value = "range_iterator"; };
template <> struct cursor_name<StrCursor> { static constexpr const char* value = "str_ascii_iterator"; };
template <> struct cursor_name<ReversedStr> { static constexpr const char* value = "reversed"; };
template <class C, class F> struct cursor_name<MapCursor<C, F>> { static constexpr const char* value = "map"; };
template <class F, class... C> struct cursor_name<MapNCursor<F, C...>> { static constexpr const char* value = "map"; };
template <class C, class F> struct cursor_name<FilterCursor<C, F>> { static constexpr const char* value = "filter"; };
/// A cursor over anything range-for can walk that has no cursor of its own (`sys.stdin`).
template <class X>
struct RangeForCursor : CursorBase<RangeForCursor<X>> {
    using It = decltype(std::declval<X&>().begin());
    using value_type = std::remove_cvref_t<decltype(*std::declval<It&>())>;
    X x;
    std::optional<It> it;
    explicit RangeForCursor(X xx) : x(std::move(xx)) {}
    bool next(value_type& out) {
        if (!it) it.emplace(x.begin());
        if (*it == x.end()) return false;
        out = **it;
        ++*it;
        return true;
    }
};

template <class X>
inline auto any_cursor(X&& x) {
    using D = std::remove_cvref_t<X>;
    if constexpr (is_list_v<D> || std::is_same_v<D, Range> || is_strlike_v<D> || Cursor<D> ||
                  requires { typename D::is_iter_object; } || requires { x.iter(); })
        return py::iter(std::forward<X>(x));
    else
        return RangeForCursor<D>(std::forward<X>(x));
}
}  // namespace detail

template <class T>
class Iter {
    struct Src {
        const char* kind;
        explicit Src(const char* k) : kind(k) {}
        virtual ~Src() = default;
        virtual bool next(T& out) = 0;
    };
    template <class C>
    struct Impl final : Src {
        C c;
        typename C::value_type cur{};
        explicit Impl(C cc) : Src(detail::cursor_name<C>::value), c(std::move(cc)) {}
        bool next(T& out) override {
            if constexpr (std::is_same_v<typename C::value_type, T>) {
                return c.next(out);
            } else {
                if (!c.next(cur)) return false;
                out = T(std::move(cur));
                return true;
            }
        }
    };
    /// An iterator in progress (shared by every copy).
    std::shared_ptr<Src> src_;
    /// Set when this is a `range` object: re-iterable, sized, indexable.
    std::optional<Range> range_;

    template <class C>
    static std::shared_ptr<Src> wrap(C c) {
        return std::make_shared<Impl<C>>(std::move(c));
    }

public:
    using value_type = T;
    using is_iter_object = void;  // py::iter() asks it for a fresh iterator (a range restarts)
    Iter() = default;
    Iter(const Range& r) : range_(r) {}
    template <class X>
        requires(!std::is_same_v<std::remove_cvref_t<X>, Iter> && !std::is_same_v<std::remove_cvref_t<X>, Range>)
    Iter(X&& x) : src_(wrap(detail::any_cursor(std::forward<X>(x)))) {}

    /// The Python type name (for error messages).
    const char* kind() const { return range_ ? "range" : src_ ? src_->kind : "iterator"; }
    bool is_range() const { return range_.has_value(); }

    /// `iter(x)`: a range starts a new iterator; an iterator is itself.
    Iter iter() const {
        if constexpr (std::is_constructible_v<T, RangeCursor::value_type>) {
            if (range_) {
                Iter it;
                it.src_ = wrap(range_->cursor());
                return it;
            }
        }
        return *this;
    }

    /// Advance; false once exhausted (stays exhausted).
    bool next(T& out) const {
        if (!src_) [[unlikely]] {
            if (range_) raise_lit<TypeError>("'range' object is not an iterator");
            return false;
        }
        return src_->next(out);
    }

    /// `next(it)`: StopIteration when exhausted.
    T next_or_raise() const {
        T out{};
        if (!next(out)) [[unlikely]]
            raise_lit<StopIteration>("");
        return out;
    }
    /// `next(it, default)`.
    T next_or(T dflt) const {
        T out{};
        if (!next(out)) return dflt;
        return out;
    }

    /// `len(r)`: ranges only.
    int64_t size() const {
        if (!range_) [[unlikely]]
            raise<TypeError>(std::string("object of type '") + kind() + "' has no len()");
        return range_->size();
    }
    /// `r[i]`: ranges only.
    template <class I>
    T at(const I& i) const {
        if (!range_) [[unlikely]]
            raise<TypeError>(std::string("'") + kind() + "' object is not subscriptable");
        return T(range_->at(static_cast<int64_t>(i)));
    }
    /// `x in it`: a range answers directly; an iterator is consumed up to the first equal item.
    template <class X>
    bool contains(const X& x) const {
        if (range_) {
            if constexpr (requires { static_cast<int64_t>(x); }) return range_->contains(static_cast<int64_t>(x));
        }
        Iter it = iter();
        T v{};
        while (it.next(v))
            if (py::eq(v, x)) return true;
        return false;
    }
    /// `a is b`.
    bool is(const Iter& o) const { return src_ == o.src_ && !range_ && !o.range_; }

    class iterator {
        Iter it_;
        T cur_{};
        bool done_ = false;

    public:
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        iterator() : done_(true) {}
        explicit iterator(Iter it) : it_(std::move(it)) { done_ = !it_.next(cur_); }
        T& operator*() { return cur_; }
        const T& operator*() const { return cur_; }
        iterator& operator++() {
            done_ = !it_.next(cur_);
            return *this;
        }
        void operator++(int) { ++*this; }
        bool operator==(IterEnd) const { return done_; }
    };
    iterator begin() const { return iterator(iter()); }
    IterEnd end() const { return {}; }
};

template <class T> inline int64_t len(const Iter<T>& it) { return it.size(); }

/// `iter(x)` kept as a value.
template <class T, class X>
inline Iter<T> iter_value(X&& x) {
    using D = std::remove_cvref_t<X>;
    if constexpr (std::is_same_v<D, Iter<T>>) return x.iter();
    else if constexpr (std::is_same_v<D, Range>) return Iter<T>(x).iter();
    else return Iter<T>(std::forward<X>(x));
}

}  // namespace py
