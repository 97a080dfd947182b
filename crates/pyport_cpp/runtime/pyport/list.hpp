//! `py::List<T>`: Python list with reference semantics (copies alias one shared vector), its methods, slicing and list builtins.
#pragma once
#include <algorithm>
#include <cstring>
#include <optional>

#include "compare.hpp"
#include "slice.hpp"
#include "sort.hpp"

namespace py {

namespace detail {
[[noreturn, PYPORT_COLD]] inline void list_index_error() { throw IndexError("list index out of range"); }
[[noreturn, PYPORT_COLD]] inline void list_assign_index_error() {
    throw IndexError("list assignment index out of range");
}
[[noreturn, PYPORT_COLD]] inline void pop_empty_error() { throw IndexError("pop from empty list"); }
[[noreturn, PYPORT_COLD]] inline void pop_index_error() { throw IndexError("pop index out of range"); }

/// Whether an `S` may be moved by copying its bytes and forgetting the source: handle types that
/// hold no pointer into themselves say so with `using pyport_relocatable = void;` (py::Ref,
/// py::Int). Their default value must own nothing. Trivially copyable types need no help: the
/// standard library already moves them with memmove.
template <class S>
struct relocatable : std::bool_constant<!std::is_trivially_copyable_v<S> && requires { typename S::pyport_relocatable; }> {};
/// `std::optional` of a relocatable type (a value that may be None) holds no pointer into itself either.
template <class S>
struct relocatable<std::optional<S>> : std::bool_constant<relocatable<S>::value> {};
template <class S>
inline constexpr bool relocatable_v = relocatable<S>::value;

/// `v.erase(v.begin() + k)`. For relocatable elements one memmove, as CPython's `del xs[0]` and
/// `xs.pop(0)` (a queue kept in a list must not cost a refcount update per element moved).
template <class S>
void erase_at(std::vector<S>& v, size_t k) {
    if constexpr (relocatable_v<S>) {
        S* d = v.data();
        const size_t n = v.size();
        d[k].~S();
        std::memmove(static_cast<void*>(d + k), static_cast<const void*>(d + k + 1), (n - k - 1) * sizeof(S));
        ::new (static_cast<void*>(d + n - 1)) S();  // the stale copy of the last bytes becomes an empty value
        v.pop_back();
    } else {
        v.erase(v.begin() + static_cast<ptrdiff_t>(k));
    }
}

/// `v.insert(v.begin() + k, x)`, one memmove for relocatable elements.
template <class S, class X>
void insert_at(std::vector<S>& v, size_t k, X&& x) {
    if constexpr (relocatable_v<S>) {
        v.emplace_back();  // an empty value; may reallocate
        S* d = v.data();
        const size_t n = v.size();
        d[n - 1].~S();  // owns nothing; its bytes are overwritten next
        std::memmove(static_cast<void*>(d + k + 1), static_cast<const void*>(d + k), (n - 1 - k) * sizeof(S));
        ::new (static_cast<void*>(d + k)) S(std::forward<X>(x));
    } else {
        v.insert(v.begin() + static_cast<ptrdiff_t>(k), std::forward<X>(x));
    }
}

/// Resolve a Python index against n: the result is >= n when out of range.
inline size_t norm_index(int64_t i, size_t n) {
    uint64_t u = static_cast<uint64_t>(i);
    if (i < 0) u += n;
    return static_cast<size_t>(u);
}
}  // namespace detail

template <class T>
class List {
public:
    using value_type = T;
    using Storage = storage_t<T>;
    using Vec = std::vector<Storage>;

private:
    Shared<Vec> p_;

public:
    /// An empty new list.
    List() : p_(py::make_shared<Vec>()) {}
    List(std::initializer_list<T> il) : p_(py::make_shared<Vec>(il.begin(), il.end())) {}
    explicit List(Shared<Vec> p) : p_(std::move(p)) {}

    static List from_vector(Vec v) { return List(py::make_shared<Vec>(std::move(v))); }

    Vec& vec() const { return *p_; }
    int64_t size() const { return static_cast<int64_t>(p_->size()); }
    bool empty() const { return p_->empty(); }
    /// `a is b`.
    bool is(const List& o) const { return p_ == o.p_; }

    /// `xs[i]` for reading (IndexError "list index out of range").
    Storage& at(int64_t i) const {
        Vec& v = *p_;
        size_t k = detail::norm_index(i, v.size());
        if (k >= v.size()) [[unlikely]]
            detail::list_index_error();
        return v[k];
    }
    /// `xs[i] = ...` target (IndexError "list assignment index out of range").
    Storage& at_set(int64_t i) const {
        Vec& v = *p_;
        size_t k = detail::norm_index(i, v.size());
        if (k >= v.size()) [[unlikely]]
            detail::list_assign_index_error();
        return v[k];
    }
    /// Unchecked element access.
    Storage& raw(size_t i) const { return (*p_)[i]; }

    void append(T v) const { p_->push_back(std::move(v)); }

    /// `xs.pop()`.
    T pop(int /*line*/) const {
        Vec& v = *p_;
        if (v.empty()) [[unlikely]]
            detail::pop_empty_error();
        T out = std::move(v.back());
        v.pop_back();
        return out;
    }
    /// `xs.pop(i)`.
    T pop(int64_t i, int /*line*/) const {
        Vec& v = *p_;
        if (v.empty()) [[unlikely]]
            detail::pop_empty_error();
        size_t k = detail::norm_index(i, v.size());
        if (k >= v.size()) [[unlikely]]
            detail::pop_index_error();
        T out = std::move(v[k]);
        detail::erase_at(v, k);
        return out;
    }

    /// `xs.insert(i, x)` with Python's clamping of i.
    void insert(int64_t i, T x) const {
        Vec& v = *p_;
        auto n = static_cast<int64_t>(v.size());
        if (i < 0) {
            i += n;
            if (i < 0) i = 0;
        } else if (i > n) {
            i = n;
        }
        detail::insert_at(v, static_cast<size_t>(i), std::move(x));
    }

    /// `xs.extend(ys)` (also when ys is xs).
    void extend(const List& o) const {
        Vec& v = *p_;
        if (p_ == o.p_) {
            size_t n = v.size();
            v.reserve(2 * n);
            for (size_t i = 0; i < n; ++i) v.push_back(v[i]);
        } else {
            v.insert(v.end(), o.p_->begin(), o.p_->end());
        }
    }
    /// `xs.extend(iterable)` for ranges, generators, strings, other adaptors.
    template <class It>
        requires(!std::is_same_v<std::remove_cvref_t<It>, List>)
    void extend(It&& iterable) const;

    /// `xs.index(x)`: ValueError "<repr(x)> is not in list".
    template <class X>
    int64_t index(const X& x) const {
        const Vec& v = *p_;
        for (size_t i = 0; i < v.size(); ++i)
            if (py::eq(v[i], x)) return static_cast<int64_t>(i);
        not_in_list(x);
    }
    /// `xs.index(x, start, stop)`.
    template <class X>
    int64_t index(const X& x, int64_t start, int64_t stop) const {
        const Vec& v = *p_;
        auto n = static_cast<int64_t>(v.size());
        if (start < 0) {
            start += n;
            if (start < 0) start = 0;
        }
        if (stop < 0) {
            stop += n;
            if (stop < 0) stop = 0;
        }
        for (int64_t i = start; i < stop && i < static_cast<int64_t>(v.size()); ++i)
            if (py::eq(v[static_cast<size_t>(i)], x)) return i;
        not_in_list(x);
    }
    template <class X>
    [[noreturn, PYPORT_COLD]] static void not_in_list(const X& x) {
        Str m = py::repr(x);
        m += " is not in list";
        throw ValueError(std::move(m));
    }

    template <class X>
    int64_t count(const X& x) const {
        int64_t c = 0;
        for (const auto& e : *p_) c += py::eq(e, x);
        return c;
    }

    template <class X>
    bool contains(const X& x) const {
        for (const auto& e : *p_)
            if (py::eq(e, x)) return true;
        return false;
    }

    /// `xs.remove(x)`.
    template <class X>
    void remove(const X& x) const {
        Vec& v = *p_;
        for (size_t i = 0; i < v.size(); ++i) {
            if (py::eq(v[i], x)) {
                detail::erase_at(v, i);
                return;
            }
        }
        raise_lit<ValueError>("list.remove(x): x not in list");
    }

    /// `del xs[i]`.
    void del_item(int64_t i) const {
        Vec& v = *p_;
        size_t k = detail::norm_index(i, v.size());
        if (k >= v.size()) [[unlikely]]
            detail::list_assign_index_error();
        detail::erase_at(v, k);
    }

    /// `xs.sort(reverse=...)`: CPython's algorithm, comparing with py::lt.
    void sort(bool reverse = false) const {
        Vec& v = *p_;
        detail::python_sort(v.data(), v.size(), reverse, detail::PyLess{});
    }
    void reverse() const { std::reverse(p_->begin(), p_->end()); }
    List copy() const { return from_vector(*p_); }
    void clear() const { p_->clear(); }

    auto begin() const { return p_->begin(); }
    auto end() const { return p_->end(); }
};

template <class T> inline int64_t len(const List<T>& xs) { return xs.size(); }

template <class T>
inline bool list_eq(const List<T>& a, const List<T>& b) {
    return py::eq(a, b);
}

/// `a + b`.
template <class T>
inline List<T> list_concat(const List<T>& a, const List<T>& b) {
    typename List<T>::Vec v;
    v.reserve(a.vec().size() + b.vec().size());
    v.insert(v.end(), a.vec().begin(), a.vec().end());
    v.insert(v.end(), b.vec().begin(), b.vec().end());
    return List<T>::from_vector(std::move(v));
}

/// `a * n`.
template <class T>
inline List<T> list_repeat(const List<T>& a, int64_t n) {
    typename List<T>::Vec v;
    if (n <= 0 || a.vec().empty()) return List<T>::from_vector(std::move(v));
    size_t total;
    if (__builtin_mul_overflow(a.vec().size(), static_cast<uint64_t>(n), &total) ||
        total > (size_t{1} << 60))
        throw std::bad_alloc();
    v.reserve(total);
    const auto& src = a.vec();
    if (src.size() == 1) {
        v.assign(total, src[0]);
    } else {
        for (int64_t k = 0; k < n; ++k) v.insert(v.end(), src.begin(), src.end());
    }
    return List<T>::from_vector(std::move(v));
}

namespace detail {
/// Appends the items of `src` that slice bounds `b` select to `out`.
template <class Vec>
inline void gather_slice(const Vec& src, const SliceBounds& b, Vec& out) {
    if (b.count <= 0) return;
    if (b.step == 1) {
        out.insert(out.end(), src.begin() + b.start, src.begin() + b.start + b.count);
        return;
    }
    out.reserve(out.size() + static_cast<size_t>(b.count));
    int64_t j = b.start;
    for (int64_t k = 0; k < b.count; ++k, j += b.step) out.push_back(src[static_cast<size_t>(j)]);
}
}  // namespace detail

/// `xs[lo:hi:step]` (a new list).
template <class T>
inline List<T> list_slice(const List<T>& xs, std::optional<int64_t> lo, std::optional<int64_t> hi,
                          std::optional<int64_t> step, int /*line*/) {
    const auto& src = xs.vec();
    typename List<T>::Vec v;
    detail::gather_slice(src, slice_adjust(lo, hi, step, static_cast<int64_t>(src.size())), v);
    return List<T>::from_vector(std::move(v));
}

namespace detail {
/// `v[lo:hi:step] = items` (items is not v).
template <class Vec>
inline void assign_slice(Vec& v, std::optional<int64_t> lo, std::optional<int64_t> hi, std::optional<int64_t> step,
                         const Vec& items) {
    const auto n = static_cast<int64_t>(items.size());
    SliceBounds b = slice_adjust(lo, hi, step, static_cast<int64_t>(v.size()));
    if (b.step == 1) {
        const int64_t stop = b.stop < b.start ? b.start : b.stop;
        if (stop - b.start == n) {
            // Same length (a rotation, a reversal): overwrite in place.
            std::copy(items.begin(), items.end(), v.begin() + b.start);
            return;
        }
        v.erase(v.begin() + b.start, v.begin() + stop);
        v.insert(v.begin() + b.start, items.begin(), items.end());
        return;
    }
    if (n != b.count) {
        throw ValueError("attempt to assign sequence of size " + std::to_string(n) +
                         " to extended slice of size " + std::to_string(b.count));
    }
    int64_t j = b.start;
    for (int64_t k = 0; k < b.count; ++k, j += b.step) v[static_cast<size_t>(j)] = items[static_cast<size_t>(k)];
}
}  // namespace detail

/// `xs[lo:hi:step] = ys`.
template <class T>
inline void list_set_slice(const List<T>& xs, std::optional<int64_t> lo, std::optional<int64_t> hi,
                           std::optional<int64_t> step, const List<T>& ys, int /*line*/) {
    if (xs.is(ys)) {
        // `xs[a:b] = xs`: from a copy.
        const typename List<T>::Vec items = ys.vec();
        detail::assign_slice(xs.vec(), lo, hi, step, items);
        return;
    }
    detail::assign_slice(xs.vec(), lo, hi, step, ys.vec());
}

/// `xs[lo:hi:step] = ys[lo2:hi2:step2]` (`perm[:k + 1] = perm[k::-1]`, a rotation): the source
/// slice is gathered into a buffer kept between calls, not into a new list.
template <class T>
inline void list_set_slice_from(const List<T>& xs, std::optional<int64_t> lo, std::optional<int64_t> hi,
                                std::optional<int64_t> step, const List<T>& ys, std::optional<int64_t> lo2,
                                std::optional<int64_t> hi2, std::optional<int64_t> step2, int /*line*/) {
    static thread_local typename List<T>::Vec buf;
    const auto& src = ys.vec();
    buf.clear();
    detail::gather_slice(src, slice_adjust(lo2, hi2, step2, static_cast<int64_t>(src.size())), buf);
    detail::assign_slice(xs.vec(), lo, hi, step, buf);
    buf.clear();
}

/// `del xs[lo:hi:step]`.
template <class T>
inline void list_del_slice(const List<T>& xs, std::optional<int64_t> lo, std::optional<int64_t> hi,
                           std::optional<int64_t> step, int /*line*/) {
    auto& v = xs.vec();
    SliceBounds b = slice_adjust(lo, hi, step, static_cast<int64_t>(v.size()));
    if (b.count <= 0) return;
    if (b.step < 0) {  // same set of indices, walked upwards
        b.start = b.start + (b.count - 1) * b.step;
        b.step = -b.step;
    }
    if (b.step == 1) {
        v.erase(v.begin() + b.start, v.begin() + b.start + b.count);
        return;
    }
    size_t w = static_cast<size_t>(b.start);
    size_t next_del = static_cast<size_t>(b.start);
    int64_t deleted = 0;
    for (size_t r = static_cast<size_t>(b.start); r < v.size(); ++r) {
        if (deleted < b.count && r == next_del) {
            ++deleted;
            next_del += static_cast<size_t>(b.step);
            continue;
        }
        if (w != r) v[w] = std::move(v[r]);
        ++w;
    }
    v.resize(w);
}

}  // namespace py
