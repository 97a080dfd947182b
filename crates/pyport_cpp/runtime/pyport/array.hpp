//! `array.array`: a compact list of machine numbers, `py::Array<'I'>` for `array('I', ...)`.
//!
//! Items are stored as the C type of the typecode (`b` int8 ... `Q` uint64, `f` float, `d`
//! double) and read back as Python ints or floats; storing an int outside the type's range
//! raises CPython's OverflowError with its message (which depends on the typecode), a `f` item
//! is rounded to single precision. Shared by reference, like a list.
#pragma once
#include "bytes.hpp"

namespace py {

namespace array_detail {

/// The storage type of a typecode.
template <char C> struct Item;
template <> struct Item<'b'> { using T = int8_t; };
template <> struct Item<'B'> { using T = uint8_t; };
template <> struct Item<'h'> { using T = int16_t; };
template <> struct Item<'H'> { using T = uint16_t; };
template <> struct Item<'i'> { using T = int32_t; };
template <> struct Item<'I'> { using T = uint32_t; };
template <> struct Item<'l'> { using T = int64_t; };
template <> struct Item<'L'> { using T = uint64_t; };
template <> struct Item<'q'> { using T = int64_t; };
template <> struct Item<'Q'> { using T = uint64_t; };
template <> struct Item<'f'> { using T = float; };
template <> struct Item<'d'> { using T = double; };

[[noreturn]] inline void array_overflow(const char* msg) { throw OverflowError(msg); }

/// An int as (negative, fits int64, value if so, fits uint64, value if so).
struct IntParts {
    bool neg = false, fits_i64 = false, fits_u64 = false;
    int64_t s = 0;
    uint64_t u = 0;
};

template <class V>
inline IntParts array_int_parts(const V& v) {
    IntParts p;
    if constexpr (std::is_same_v<V, Int>) {
        if (v.is_small()) return array_int_parts(v.small());
        const BigInt& b = v.big();
        p.neg = b.is_negative();
        const auto& m = b.magnitude();
        p.fits_u64 = !p.neg && bigint_detail::bit_length(m) <= 64;
        if (p.fits_u64) p.u = static_cast<uint64_t>(m.size() > 0 ? m[0] : 0) | (m.size() > 1 ? static_cast<uint64_t>(m[1]) << 32 : 0);
    } else {
        int64_t x = static_cast<int64_t>(v);
        p.neg = x < 0;
        p.fits_i64 = true;
        p.s = x;
        p.fits_u64 = x >= 0;
        p.u = static_cast<uint64_t>(x);
    }
    return p;
}

/// `v` as the storage type of typecode `C`, or CPython's OverflowError (array's `*_setitem`).
template <char C, class V>
inline typename Item<C>::T array_narrow(const V& v) {
    using T = typename Item<C>::T;
    if constexpr (C == 'f' || C == 'd') {
        return static_cast<T>(static_cast<double>(v));
    } else {
        IntParts p = array_int_parts(v);
        auto range = [&](int64_t lo, int64_t hi, const char* low_msg, const char* high_msg) {
            if (p.s < lo) array_overflow(low_msg);
            if (p.s > hi) array_overflow(high_msg);
        };
        if constexpr (C == 'b' || C == 'B' || C == 'h' || C == 'H' || C == 'i' || C == 'l') {
            if (!p.fits_i64) array_overflow("Python int too large to convert to C long");
            if constexpr (C == 'b') {
                range(-32768, 32767, "signed short integer is less than minimum", "signed short integer is greater than maximum");
                range(-128, 127, "signed char is less than minimum", "signed char is greater than maximum");
            } else if constexpr (C == 'B') {
                range(0, 255, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum");
            } else if constexpr (C == 'h') {
                range(-32768, 32767, "signed short integer is less than minimum", "signed short integer is greater than maximum");
            } else if constexpr (C == 'H') {
                range(INT32_MIN, INT32_MAX, "signed integer is less than minimum", "signed integer is greater than maximum");
                range(0, 65535, "unsigned short is less than minimum", "unsigned short is greater than maximum");
            } else if constexpr (C == 'i') {
                range(INT32_MIN, INT32_MAX, "signed integer is less than minimum", "signed integer is greater than maximum");
            }
            return static_cast<T>(p.s);
        } else if constexpr (C == 'I' || C == 'L') {
            if (p.neg) array_overflow("can't convert negative value to unsigned int");
            if (!p.fits_u64) array_overflow("Python int too large to convert to C unsigned long");
            if (C == 'I' && p.u > UINT32_MAX) array_overflow("unsigned int is greater than maximum");
            return static_cast<T>(p.u);
        } else if constexpr (C == 'q') {
            if (!p.fits_i64) array_overflow("int too big to convert");
            return static_cast<T>(p.s);
        } else {
            if (p.neg) array_overflow("can't convert negative int to unsigned");
            if (!p.fits_u64) array_overflow("int too big to convert");
            return static_cast<T>(p.u);
        }
    }
}

[[noreturn, gnu::cold]] inline void array_index_error(const char* msg) { throw IndexError(msg); }

}  // namespace array_detail

template <char C>
class Array {
public:
    using T = typename array_detail::Item<C>::T;
    static constexpr bool is_float = C == 'f' || C == 'd';
    /// What Python sees: an int or a float.
    using value_type = std::conditional_t<is_float, double, Int>;
    Shared<std::vector<T>> p = py::make_shared<std::vector<T>>();

    Array() = default;

    static value_type value(T x) {
        if constexpr (is_float) return static_cast<double>(x);
        else if constexpr (std::is_same_v<T, uint64_t>) return x <= static_cast<uint64_t>(INT64_MAX) ? Int(static_cast<int64_t>(x)) : Int(BigInt::from_u64(x));
        else return Int(static_cast<int64_t>(x));
    }

    /// `array(C, iterable)`.
    template <class X>
    static Array from(const X& iterable) {
        Array a;
        a.extend(iterable);
        return a;
    }

    int64_t size() const { return static_cast<int64_t>(p->size()); }
    bool py_bool() const { return !p->empty(); }
    std::vector<T>& vec() const { return *p; }
    Str typecode() const { return Str(std::string(1, C)); }
    int64_t itemsize() const { return static_cast<int64_t>(sizeof(T)); }

    template <class I>
    value_type at(const I& index) const {
        size_t k = detail::norm_index(static_cast<int64_t>(index), p->size());
        if (k >= p->size()) array_detail::array_index_error("array index out of range");
        return value((*p)[k]);
    }
    template <class I, class V>
    void set(const I& index, const V& v) const {
        T x = array_detail::array_narrow<C>(v);
        size_t k = detail::norm_index(static_cast<int64_t>(index), p->size());
        if (k >= p->size()) array_detail::array_index_error("array assignment index out of range");
        (*p)[k] = x;
    }
    template <class V>
    NoneType append(const V& v) const {
        p->push_back(array_detail::array_narrow<C>(v));
        return None;
    }
    template <class X>
    NoneType extend(const X& iterable) const {
        if constexpr (std::is_same_v<std::remove_cvref_t<X>, Array>) {
            std::vector<T> snap = *iterable.p;
            p->insert(p->end(), snap.begin(), snap.end());
        } else {
            for (const auto& v : iterable) append(v);
        }
        return None;
    }
    template <class V>
    NoneType insert(int64_t i, const V& v) const {
        T x = array_detail::array_narrow<C>(v);
        int64_t n = size();
        if (i < 0) i = std::max<int64_t>(0, i + n);
        if (i > n) i = n;
        p->insert(p->begin() + i, x);
        return None;
    }
    value_type pop(int64_t i = -1) const {
        if (p->empty()) array_detail::array_index_error("pop from empty array");
        size_t k = detail::norm_index(i, p->size());
        if (k >= p->size()) array_detail::array_index_error("pop index out of range");
        T x = (*p)[k];
        p->erase(p->begin() + static_cast<std::ptrdiff_t>(k));
        return value(x);
    }
    template <class V>
    bool contains(const V& v) const {
        for (T x : *p)
            if (py::eq(value(x), v)) return true;
        return false;
    }
    template <class V>
    int64_t count(const V& v) const {
        int64_t n = 0;
        for (T x : *p) n += py::eq(value(x), v);
        return n;
    }
    template <class V>
    int64_t index(const V& v) const {
        for (size_t k = 0; k < p->size(); ++k)
            if (py::eq(value((*p)[k]), v)) return static_cast<int64_t>(k);
        throw ValueError("array.index(x): x not in array");
    }
    template <class V>
    NoneType remove(const V& v) const {
        for (size_t k = 0; k < p->size(); ++k)
            if (py::eq(value((*p)[k]), v)) {
                p->erase(p->begin() + static_cast<std::ptrdiff_t>(k));
                return None;
            }
        throw ValueError("array.remove(x): x not in array");
    }
    NoneType reverse() const {
        std::reverse(p->begin(), p->end());
        return None;
    }
    List<value_type> tolist() const {
        List<value_type> out;
        out.vec().reserve(p->size());
        for (T x : *p) out.append(value(x));
        return out;
    }
    Bytes tobytes() const { return Bytes(reinterpret_cast<const char*>(p->data()), p->size() * sizeof(T)); }
    /// `a.tofile(f)`: `f.write(a.tobytes())`.
    template <class F>
    NoneType tofile(const F& f) const {
        f.write(tobytes());
        return None;
    }

    /// `a[lo:hi:step]` (a new array).
    Array slice(std::optional<int64_t> lo, std::optional<int64_t> hi, std::optional<int64_t> step, int /*line*/) const {
        SliceBounds b = slice_adjust(lo, hi, step, size());
        Array r;
        if (b.count > 0) {
            r.p->reserve(static_cast<size_t>(b.count));
            int64_t j = b.start;
            for (int64_t k = 0; k < b.count; ++k, j += b.step) r.p->push_back((*p)[static_cast<size_t>(j)]);
        }
        return r;
    }
    Array operator+(const Array& o) const {
        Array r;
        *r.p = *p;
        r.p->insert(r.p->end(), o.p->begin(), o.p->end());
        return r;
    }
    Array repeat(int64_t n) const {
        Array r;
        if (n <= 0 || p->empty()) return r;
        detail::check_result_size(n, p->size() * sizeof(T));
        r.p->reserve(p->size() * static_cast<size_t>(n));
        for (int64_t k = 0; k < n; ++k) r.p->insert(r.p->end(), p->begin(), p->end());
        return r;
    }
    NoneType iadd(const Array& o) const { return extend(o); }
    NoneType imul(int64_t n) const {
        if (n <= 0) {
            p->clear();
            return None;
        }
        size_t len = p->size();
        detail::check_result_size(n, len * sizeof(T));
        p->reserve(len * static_cast<size_t>(n));
        for (int64_t k = 1; k < n; ++k) p->insert(p->end(), p->begin(), p->begin() + static_cast<std::ptrdiff_t>(len));
        return None;
    }

    /// Iteration reads the shared items at each step (changes made meanwhile are seen, as in CPython).
    struct Cursor : CursorBase<Cursor> {
        using value_type = Array::value_type;
        Shared<std::vector<T>> v;
        size_t k = 0;
        explicit Cursor(Shared<std::vector<T>> s) : v(std::move(s)) {}
        bool next(value_type& out) {
            if (k >= v->size()) return false;
            out = Array::value((*v)[k++]);
            return true;
        }
    };
    Cursor iter() const { return Cursor(p); }
    struct iterator {
        Shared<std::vector<T>> v;
        size_t k;
        value_type operator*() const { return Array::value((*v)[k]); }
        iterator& operator++() {
            ++k;
            return *this;
        }
        bool operator!=(const iterator&) const { return k < v->size(); }
        bool operator==(const iterator& o) const { return !(*this != o); }
    };
    iterator begin() const { return iterator{p, 0}; }
    iterator end() const { return iterator{p, 0}; }

    void py_repr(std::string& out) const {
        out += "array('";
        out += C;
        out += '\'';
        if (!p->empty()) {
            out += ", [";
            for (size_t k = 0; k < p->size(); ++k) {
                if (k) out += ", ";
                out += py::repr(value((*p)[k]));
            }
            out += ']';
        }
        out += ')';
    }
    bool py_eq(const Array& o) const {
        if (p->size() != o.p->size()) return false;
        for (size_t k = 0; k < p->size(); ++k)
            if (!py::eq(value((*p)[k]), value((*o.p)[k]))) return false;
        return true;
    }
};

}  // namespace py
