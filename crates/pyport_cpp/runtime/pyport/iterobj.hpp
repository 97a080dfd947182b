//! `py::Iter<T>`: a lazy iterable kept as a value (`r = range(2, n)`, `it = iter(xs)`,
//! `z = zip(a, b)`, `(node, iter(children))` on a stack). Type-erased over any cursor and shared
//! like a Python object: copies advance the same iterator, so a zip/map/enumerate/generator is
//! consumed once, as in CPython. A `range` is kept as the range itself: it is re-iterable and has
//! `len`, indexing and `in`; so is a list or str that shares a variable with iterators (`Seq`:
//! each iteration is a fresh pass, `next()` raises CPython's TypeError).
#pragma once
#include <memory>
#include <optional>

#include "functional.hpp"
#include "itertools.hpp"
#include "slice.hpp"

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
    /// A re-iterable object kept as an iterable value (a list or str that shares a variable with
    /// iterators): every iteration starts a fresh pass over it, as Python's `iter(list)` does,
    /// and `len`/indexing/slicing/truth answer as the object itself.
    struct Seq {
        const char* kind;
        explicit Seq(const char* k) : kind(k) {}
        virtual ~Seq() = default;
        virtual Shared<Src> fresh() const = 0;
        virtual Shared<Src> rev() const = 0;
        virtual int64_t size() const = 0;
        virtual T at(int64_t i) const = 0;
        virtual Iter slice(std::optional<int64_t> lo, std::optional<int64_t> hi, std::optional<int64_t> st,
                           int line) const = 0;
    };
    template <class X>
    struct SeqImpl final : Seq {
        X x;
        explicit SeqImpl(X xx) : Seq(is_list_v<X> ? "list" : "str"), x(std::move(xx)) {}
        Shared<Src> fresh() const override { return wrap(py::iter(x)); }
        Shared<Src> rev() const override { return wrap(py::reversed(x)); }
        int64_t size() const override {
            if constexpr (is_list_v<X>) return static_cast<int64_t>(x.size());
            else return static_cast<int64_t>(x.cp_count());
        }
        T at(int64_t i) const override {
            if constexpr (is_list_v<X>) return T(x.at(i));
            else return T(str_getitem(x, i));
        }
        Iter slice(std::optional<int64_t> lo, std::optional<int64_t> hi, std::optional<int64_t> st,
                   int line) const override {
            if constexpr (is_list_v<X>) return Iter(list_slice(x, lo, hi, st, line));
            else return Iter(str_slice(x, lo, hi, st, line));
        }
    };
    /// An iterator in progress (shared by every copy).
    Shared<Src> src_;
    /// Set when this is a list or str (see `Seq`).
    Shared<const Seq> seq_;
    /// Set when this is a `range` object: re-iterable, sized, indexable.
    std::optional<Range> range_;

    template <class C>
    static Shared<Src> wrap(C c) {
        return py::make_shared<Impl<C>>(std::move(c));
    }

public:
    using value_type = T;
    using is_iter_object = void;  // py::iter() asks it for a fresh iterator (a range restarts)
    Iter() = default;
    Iter(const Range& r) : range_(r) {}
    template <class X>
        requires(!std::is_same_v<std::remove_cvref_t<X>, Iter> && !std::is_same_v<std::remove_cvref_t<X>, Range> &&
                 !is_list_v<X> && !std::is_same_v<std::remove_cvref_t<X>, Str>)
    Iter(X&& x) : src_(wrap(detail::any_cursor(std::forward<X>(x)))) {}
    /// A list or str: re-iterable (see `Seq`).
    template <class E>
    Iter(const List<E>& xs) : seq_(py::make_shared<SeqImpl<List<E>>>(xs)) {}
    Iter(const Str& s) : seq_(py::make_shared<SeqImpl<Str>>(s)) {}
    /// `iter(list)` kept as a value: one pass over the list, shared by every copy.
    template <class E>
    static Iter list_iterator(const List<E>& xs) {
        Iter it;
        it.src_ = wrap(py::iter(xs));
        return it;
    }

    /// The Python type name (for error messages).
    const char* kind() const { return range_ ? "range" : seq_ ? seq_->kind : src_ ? src_->kind : "iterator"; }
    bool is_range() const { return range_.has_value(); }
    /// Whether this is a list or str rather than an iterator.
    bool is_seq() const { return seq_ != nullptr; }
    /// `bool(x)`: a range, list or str is false when empty; an iterator is always true.
    bool py_bool() const {
        if (range_) return range_->size() != 0;
        if (seq_) return seq_->size() != 0;
        return true;
    }
    /// `reversed(x)` of a list or str.
    Iter reversed_seq() const {
        Iter it;
        it.src_ = seq_->rev();
        return it;
    }
    /// `x[lo:hi:st]` of a list or str.
    Iter slice_seq(std::optional<int64_t> lo, std::optional<int64_t> hi, std::optional<int64_t> st, int line) const {
        return seq_->slice(lo, hi, st, line);
    }
    const std::optional<Range>& range() const { return range_; }

    /// `iter(x)`: a range starts a new iterator; an iterator is itself.
    Iter iter() const {
        if (seq_) {
            Iter it;
            it.src_ = seq_->fresh();
            return it;
        }
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
            if (seq_) raise<TypeError>(std::string("'") + seq_->kind + "' object is not an iterator");
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
        if (seq_) return seq_->size();
        if (!range_) [[unlikely]]
            raise<TypeError>(std::string("object of type '") + kind() + "' has no len()");
        return range_->size();
    }
    /// `r[i]`: ranges only.
    template <class I>
    T at(const I& i) const {
        if (seq_) return seq_->at(static_cast<int64_t>(i));
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
    bool is(const Iter& o) const {
        if (seq_ || o.seq_) return seq_ == o.seq_;
        return src_ == o.src_ && !range_ && !o.range_;
    }

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

/// `r[lo:hi:st]` of a kept range: a range (CPython's range slicing); other iterators raise TypeError.
template <class T>
inline Iter<T> iter_slice(const Iter<T>& it, std::optional<int64_t> lo, std::optional<int64_t> hi,
                          std::optional<int64_t> st, int line) {
    if (it.is_seq()) return it.slice_seq(lo, hi, st, line);
    std::optional<Range> r = it.range();
    if (!r) [[unlikely]]
        raise<TypeError>(std::string("'") + it.kind() + "' object is not subscriptable");
    SliceBounds b = slice_adjust(lo, hi, st, r->size());
    int64_t start = r->start + b.start * r->step;
    int64_t step = r->step * b.step;
    return Iter<T>(Range{start, start + b.count * step, step});
}

/// `reversed(r)` of a kept range: an iterator over the same numbers backwards (used once, as
/// CPython's range_iterator); other iterators raise CPython's TypeError.
template <class T>
inline Iter<T> reversed(const Iter<T>& it) {
    if (it.is_seq()) return it.reversed_seq();
    std::optional<Range> r = it.range();
    if (!r) [[unlikely]]
        raise<TypeError>(std::string("'") + it.kind() + "' object is not reversible");
    const int64_t n = r->size();
    int64_t last = r->start, stop = r->start;
    if (n > 0 && (__builtin_mul_overflow(n - 1, r->step, &last) || __builtin_add_overflow(r->start, last, &last) ||
                  __builtin_sub_overflow(r->start, r->step, &stop))) [[unlikely]]
        int_overflow(0, "reversed()");
    return Iter<T>(Range{last, stop, -r->step}).iter();
}

// ------------------------------------------------ itertools that take functions or keep state
// (CPython 3.11's semantics; the element types come from the cursors, nothing is int64-specific)

/// `groupby(it, key)`: (key, group) pairs; a group is a `py::Iter` over the shared source and is
/// empty once the outer iterator has moved on, as in CPython.
template <class C, class K, class F>
struct GroupByCursor : CursorBase<GroupByCursor<C, K, F>> {
    using E = typename C::value_type;
    struct State {
        C src;
        F key;
        E curr{};
        K currkey{}, tgtkey{};
        bool has_curr = false, has_tgt = false;
        uint64_t group = 0;
        State(C c, F f) : src(std::move(c)), key(std::move(f)) {}
        bool advance() {
            if (!src.next(curr)) return has_curr = false;
            currkey = K(key(static_cast<const E&>(curr)));
            return has_curr = true;
        }
    };
    struct Grouper : CursorBase<Grouper> {
        using value_type = E;
        Shared<State> st;
        uint64_t id;
        bool next(E& out) {
            State& s = *st;
            if (s.group != id) return false;
            if (!s.has_curr && !s.advance()) return false;
            if (!py::eq(s.currkey, s.tgtkey)) return false;
            out = std::move(s.curr);
            s.has_curr = false;
            return true;
        }
    };
    using value_type = std::tuple<K, Iter<E>>;
    Shared<State> st;
    GroupByCursor(C c, F f) : st(py::make_shared<State>(std::move(c), std::move(f))) {}
    bool next(value_type& out) {
        State& s = *st;
        ++s.group;  // the previous group ends here
        if (!s.has_curr && !s.advance()) return false;
        if (s.has_tgt) {
            while (py::eq(s.currkey, s.tgtkey)) {
                if (!s.advance()) return false;
            }
        }
        s.tgtkey = s.currkey;
        s.has_tgt = true;
        out = value_type(s.currkey, Iter<E>(Grouper{{}, st, s.group}));
        return true;
    }
};

struct IdentityKey {
    template <class X> const X& operator()(const X& x) const { return x; }
};

template <class X>
inline auto groupby(X&& x) {
    auto c = py::iter(std::forward<X>(x));
    using E = typename decltype(c)::value_type;
    return GroupByCursor<decltype(c), E, IdentityKey>(std::move(c), IdentityKey{});
}
template <class X, class F>
inline auto groupby(X&& x, F f) {
    auto c = py::iter(std::forward<X>(x));
    using E = typename decltype(c)::value_type;
    using K = std::decay_t<std::invoke_result_t<F&, const E&>>;
    return GroupByCursor<decltype(c), K, F>(std::move(c), std::move(f));
}

/// `takewhile(pred, it)` / `dropwhile(pred, it)` / `filterfalse(pred, it)`.
template <class C, class F, int Mode>  // 0 takewhile, 1 dropwhile, 2 filterfalse
struct PredCursor : CursorBase<PredCursor<C, F, Mode>> {
    using value_type = typename C::value_type;
    C src;
    F f;
    bool flag = false;  // takewhile: stopped; dropwhile: done dropping
    PredCursor(C c, F fn) : src(std::move(c)), f(std::move(fn)) {}
    bool next(value_type& out) {
        if constexpr (Mode == 0) {
            if (flag || !src.next(out)) return false;
            if (py::truthy(f(static_cast<const value_type&>(out)))) return true;
            flag = true;
            return false;
        } else if constexpr (Mode == 1) {
            while (src.next(out)) {
                if (flag || !py::truthy(f(static_cast<const value_type&>(out)))) {
                    flag = true;
                    return true;
                }
            }
            return false;
        } else {
            while (src.next(out))
                if (!py::truthy(f(static_cast<const value_type&>(out)))) return true;
            return false;
        }
    }
};
template <int Mode, class F, class X>
inline auto pred_iter(F f, X&& x) {
    auto c = py::iter(std::forward<X>(x));
    return PredCursor<decltype(c), F, Mode>(std::move(c), std::move(f));
}
template <class F, class X> inline auto takewhile(F f, X&& x) { return pred_iter<0>(std::move(f), std::forward<X>(x)); }
template <class F, class X> inline auto dropwhile(F f, X&& x) { return pred_iter<1>(std::move(f), std::forward<X>(x)); }
template <class F, class X> inline auto filterfalse(F f, X&& x) { return pred_iter<2>(std::move(f), std::forward<X>(x)); }

/// `cycle(it)`: the items of `it`, saved on the first pass, then repeated forever.
template <class C>
struct CycleCursor : CursorBase<CycleCursor<C>> {
    using value_type = typename C::value_type;
    C src;
    std::vector<value_type> saved;
    size_t i = 0;
    bool first = true;
    explicit CycleCursor(C c) : src(std::move(c)) {}
    bool next(value_type& out) {
        if (first) {
            if (src.next(out)) {
                saved.push_back(out);
                return true;
            }
            first = false;
        }
        if (saved.empty()) return false;
        out = saved[i];
        i = (i + 1) % saved.size();
        return true;
    }
};
template <class X> inline auto cycle(X&& x) {
    auto c = py::iter(std::forward<X>(x));
    return CycleCursor<decltype(c)>(std::move(c));
}

/// `repeat(x)` / `repeat(x, n)`.
template <class T>
struct RepeatCursor : CursorBase<RepeatCursor<T>> {
    using value_type = T;
    T x;
    int64_t left;  // -1: forever
    bool next(T& out) {
        if (left == 0) return false;
        if (left > 0) --left;
        out = x;
        return true;
    }
};
template <class T> inline RepeatCursor<T> repeat(T x) { return RepeatCursor<T>{{}, std::move(x), -1}; }
template <class T, class N> inline RepeatCursor<T> repeat(T x, const N& n) {
    int64_t k = static_cast<int64_t>(n);
    return RepeatCursor<T>{{}, std::move(x), k < 0 ? 0 : k};
}

/// `compress(data, selectors)`.
template <class C, class S>
struct CompressCursor : CursorBase<CompressCursor<C, S>> {
    using value_type = typename C::value_type;
    C data;
    S sel;
    typename S::value_type s{};
    CompressCursor(C c, S ss) : data(std::move(c)), sel(std::move(ss)) {}
    bool next(value_type& out) {
        while (data.next(out) && sel.next(s))
            if (py::truthy(s)) return true;
        return false;
    }
};
template <class X, class Y> inline auto compress(X&& x, Y&& y) {
    auto c = py::iter(std::forward<X>(x));
    auto s = py::iter(std::forward<Y>(y));
    return CompressCursor<decltype(c), decltype(s)>(std::move(c), std::move(s));
}

/// `pairwise(it)`.
template <class C>
struct PairwiseCursor : CursorBase<PairwiseCursor<C>> {
    using E = typename C::value_type;
    using value_type = std::tuple<E, E>;
    C src;
    E prev{};
    bool started = false, done = false;
    explicit PairwiseCursor(C c) : src(std::move(c)) {}
    bool next(value_type& out) {
        if (done) return false;
        if (!started) {
            started = true;
            if (!src.next(prev)) return done = true, false;
        }
        E cur{};
        if (!src.next(cur)) return done = true, false;
        out = value_type(prev, cur);
        prev = std::move(cur);
        return true;
    }
};
template <class X> inline auto pairwise(X&& x) {
    auto c = py::iter(std::forward<X>(x));
    return PairwiseCursor<decltype(c)>(std::move(c));
}

/// `starmap(f, it)`: f applied to each tuple's items.
template <class C, class F>
struct StarmapCursor : CursorBase<StarmapCursor<C, F>> {
    using value_type = std::decay_t<decltype(std::apply(std::declval<F&>(), std::declval<typename C::value_type&>()))>;
    C src;
    F f;
    typename C::value_type cur{};
    StarmapCursor(C c, F fn) : src(std::move(c)), f(std::move(fn)) {}
    bool next(value_type& out) {
        if (!src.next(cur)) return false;
        out = std::apply(f, cur);
        return true;
    }
};
template <class F, class X> inline auto starmap(F f, X&& x) {
    auto c = py::iter(std::forward<X>(x));
    return StarmapCursor<decltype(c), F>(std::move(c), std::move(f));
}

/// `accumulate(it, func, initial=...)`: running results of `func` (no func: `+`, see itertools.hpp).
template <class C, class T, class F>
struct AccumulateFnCursor : CursorBase<AccumulateFnCursor<C, T, F>> {
    using value_type = T;
    C src;
    F f;
    std::optional<T> total;
    bool initial_pending;
    typename C::value_type cur{};
    AccumulateFnCursor(C c, F fn, std::optional<T> init)
        : src(std::move(c)), f(std::move(fn)), total(std::move(init)), initial_pending(total.has_value()) {}
    bool next(T& out) {
        if (initial_pending) {
            initial_pending = false;
            out = *total;
            return true;
        }
        if (!src.next(cur)) return false;
        if (!total) total.emplace(T(cur));
        else total.emplace(T(f(static_cast<const T&>(*total), static_cast<const T&>(T(cur)))));
        out = *total;
        return true;
    }
};
template <class T, class X, class F> inline auto accumulate_fn(X&& x, F f, std::optional<T> init) {
    auto c = py::iter(std::forward<X>(x));
    return AccumulateFnCursor<decltype(c), T, F>(std::move(c), std::move(f), std::move(init));
}

/// `zip_longest(a, b, ..., fillvalue=...)`: tuples until the longest ends, the others filled.
template <class T, class... C>
struct ZipLongestCursor : CursorBase<ZipLongestCursor<T, C...>> {
    using value_type = T;
    std::tuple<C...> src;
    std::array<bool, sizeof...(C)> live;
    size_t nlive = sizeof...(C);
    T filler;  // the fill value of each item, already in the item's type
    ZipLongestCursor(T f, C... c) : src(std::move(c)...), filler(std::move(f)) { live.fill(true); }
    bool next(T& out) {
        if (nlive == 0) return false;
        bool any = step(out, std::index_sequence_for<C...>{});
        return any;
    }

private:
    template <size_t... I>
    bool step(T& out, std::index_sequence<I...>) {
        bool got = false;
        (pull<I>(out, got), ...);
        if (!got) nlive = 0;
        return got;
    }
    template <size_t I>
    void pull(T& out, bool& got) {
        if (live[I]) {
            typename std::tuple_element_t<I, std::tuple<C...>>::value_type v{};
            if (std::get<I>(src).next(v)) {
                std::get<I>(out) = std::tuple_element_t<I, T>(std::move(v));
                got = true;
                return;
            }
            live[I] = false;
            --nlive;
        }
        std::get<I>(out) = std::get<I>(filler);
    }
};
template <class T, class... X> inline auto zip_longest(T fill, X&&... xs) {
    return ZipLongestCursor<T, cursor_t<X>...>(std::move(fill), py::iter(std::forward<X>(xs))...);
}


/// `iter(x)` kept as a value.
template <class T, class X>
inline Iter<T> iter_value(X&& x) {
    using D = std::remove_cvref_t<X>;
    if constexpr (std::is_same_v<D, Iter<T>>) return x.iter();
    else if constexpr (std::is_same_v<D, Range>) return Iter<T>(x).iter();
    else if constexpr (is_list_v<D> || std::is_same_v<D, Str>) return Iter<T>(x).iter();
    else return Iter<T>(std::forward<X>(x));
}

}  // namespace py
