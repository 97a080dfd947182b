//! Stable natural merge sort that makes the same comparisons as CPython 3.11's list.sort (runs, minrun, binary insertion, galloping, powersort merge order), so even inconsistent orders (NaN) give CPython's result.
#pragma once
#include <algorithm>
#include <bit>

#include "base.hpp"
#include "compare.hpp"

namespace py::detail {

template <class S, class Less>
class TimSort {
    static constexpr ptrdiff_t kMinGallop = 7;
    static constexpr ptrdiff_t kMaxMinrun = 64;

    struct Run {
        S* base;
        ptrdiff_t len;
        int power;
    };

    S* whole_;
    ptrdiff_t listlen_;
    Less less_;
    ptrdiff_t min_gallop_ = kMinGallop;
    std::vector<S> tmp_;
    Run pending_[sizeof(size_t) * 8];
    int n_ = 0;

    S* tmp(ptrdiff_t need) {
        if (static_cast<ptrdiff_t>(tmp_.size()) < need) {
            tmp_.clear();
            tmp_.resize(static_cast<size_t>(need));
        }
        return tmp_.data();
    }

    static ptrdiff_t compute_minrun(ptrdiff_t n) {
        ptrdiff_t r = 0;
        while (n >= kMaxMinrun) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /// Length of the run starting at lo; descending runs are strictly descending.
    ptrdiff_t count_run(S* lo, S* hi, bool& descending) {
        descending = false;
        ++lo;
        if (lo == hi) return 1;
        ptrdiff_t n = 2;
        if (less_(*lo, *(lo - 1))) {
            descending = true;
            for (lo = lo + 1; lo < hi; ++lo, ++n)
                if (!less_(*lo, *(lo - 1))) break;
        } else {
            for (lo = lo + 1; lo < hi; ++lo, ++n)
                if (less_(*lo, *(lo - 1))) break;
        }
        return n;
    }

    /// Stable binary insertion sort of [lo, hi) where [lo, start) is sorted.
    void binarysort(S* lo, S* hi, S* start) {
        if (lo == start) ++start;
        for (; start < hi; ++start) {
            S* l = lo;
            S* r = start;
            do {
                S* p = l + ((r - l) >> 1);
                if (less_(*start, *p)) r = p;
                else l = p + 1;
            } while (l < r);
            if (l != start) {
                S pivot = std::move(*start);
                std::move_backward(l, start, start + 1);
                *l = std::move(pivot);
            }
        }
    }

    /// Leftmost position in sorted a[0:n] where key fits; search starts near hint.
    ptrdiff_t gallop_left(const S& key, S* a, ptrdiff_t n, ptrdiff_t hint) {
        ptrdiff_t lastofs = 0, ofs = 1;
        S* ah = a + hint;
        if (less_(*ah, key)) {
            const ptrdiff_t maxofs = n - hint;
            while (ofs < maxofs) {
                if (less_(ah[ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        } else {
            const ptrdiff_t maxofs = hint + 1;
            while (ofs < maxofs) {
                if (less_(*(ah - ofs), key)) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            ptrdiff_t k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        ++lastofs;
        while (lastofs < ofs) {
            ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
            if (less_(a[m], key)) lastofs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /// Rightmost position in sorted a[0:n] where key fits; search starts near hint.
    ptrdiff_t gallop_right(const S& key, S* a, ptrdiff_t n, ptrdiff_t hint) {
        ptrdiff_t lastofs = 0, ofs = 1;
        S* ah = a + hint;
        if (less_(key, *ah)) {
            const ptrdiff_t maxofs = hint + 1;
            while (ofs < maxofs) {
                if (less_(key, *(ah - ofs))) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            ptrdiff_t k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            const ptrdiff_t maxofs = n - hint;
            while (ofs < maxofs) {
                if (less_(key, ah[ofs])) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        ++lastofs;
        while (lastofs < ofs) {
            ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
            if (less_(key, a[m])) ofs = m;
            else lastofs = m + 1;
        }
        return ofs;
    }

    /// Merge adjacent runs pa[0:na], pb[0:nb] with na <= nb, buffering run a.
    void merge_lo(S* pa, ptrdiff_t na, S* pb, ptrdiff_t nb) {
        S* a = tmp(na);
        std::move(pa, pa + na, a);
        S* dest = pa;
        S* b = pb;
        *dest++ = std::move(*b++);
        --nb;
        if (nb == 0) goto succeed;
        if (na == 1) goto copy_b;
        {
            ptrdiff_t min_gallop = min_gallop_;
            for (;;) {
                ptrdiff_t acount = 0, bcount = 0;
                for (;;) {
                    if (less_(*b, *a)) {
                        *dest++ = std::move(*b++);
                        ++bcount;
                        acount = 0;
                        --nb;
                        if (nb == 0) goto succeed;
                        if (bcount >= min_gallop) break;
                    } else {
                        *dest++ = std::move(*a++);
                        ++acount;
                        bcount = 0;
                        --na;
                        if (na == 1) goto copy_b;
                        if (acount >= min_gallop) break;
                    }
                }
                ++min_gallop;
                do {
                    min_gallop -= min_gallop > 1;
                    min_gallop_ = min_gallop;
                    ptrdiff_t k = gallop_right(*b, a, na, 0);
                    acount = k;
                    if (k) {
                        std::move(a, a + k, dest);
                        dest += k;
                        a += k;
                        na -= k;
                        if (na == 1) goto copy_b;
                        if (na == 0) goto succeed;
                    }
                    *dest++ = std::move(*b++);
                    --nb;
                    if (nb == 0) goto succeed;

                    k = gallop_left(*a, b, nb, 0);
                    bcount = k;
                    if (k) {
                        std::move(b, b + k, dest);
                        dest += k;
                        b += k;
                        nb -= k;
                        if (nb == 0) goto succeed;
                    }
                    *dest++ = std::move(*a++);
                    --na;
                    if (na == 1) goto copy_b;
                } while (acount >= kMinGallop || bcount >= kMinGallop);
                ++min_gallop;
                min_gallop_ = min_gallop;
            }
        }
    succeed:
        if (na) std::move(a, a + na, dest);
        return;
    copy_b:
        // The last element of a belongs at the end of the merge.
        std::move(b, b + nb, dest);
        dest[nb] = std::move(*a);
    }

    /// Merge adjacent runs pa[0:na], pb[0:nb] with na > nb, buffering run b.
    void merge_hi(S* pa, ptrdiff_t na, S* pb, ptrdiff_t nb) {
        S* baseb = tmp(nb);
        std::move(pb, pb + nb, baseb);
        S* basea = pa;
        S* dest = pb + nb - 1;
        S* b = baseb + nb - 1;
        S* a = pa + na - 1;
        *dest-- = std::move(*a--);
        --na;
        if (na == 0) goto succeed;
        if (nb == 1) goto copy_a;
        {
            ptrdiff_t min_gallop = min_gallop_;
            for (;;) {
                ptrdiff_t acount = 0, bcount = 0;
                for (;;) {
                    if (less_(*b, *a)) {
                        *dest-- = std::move(*a--);
                        ++acount;
                        bcount = 0;
                        --na;
                        if (na == 0) goto succeed;
                        if (acount >= min_gallop) break;
                    } else {
                        *dest-- = std::move(*b--);
                        ++bcount;
                        acount = 0;
                        --nb;
                        if (nb == 1) goto copy_a;
                        if (bcount >= min_gallop) break;
                    }
                }
                ++min_gallop;
                do {
                    min_gallop -= min_gallop > 1;
                    min_gallop_ = min_gallop;
                    ptrdiff_t k = na - gallop_right(*b, basea, na, na - 1);
                    acount = k;
                    if (k) {
                        dest -= k;
                        a -= k;
                        std::move_backward(a + 1, a + 1 + k, dest + 1 + k);
                        na -= k;
                        if (na == 0) goto succeed;
                    }
                    *dest-- = std::move(*b--);
                    --nb;
                    if (nb == 1) goto copy_a;

                    k = nb - gallop_left(*a, baseb, nb, nb - 1);
                    bcount = k;
                    if (k) {
                        dest -= k;
                        b -= k;
                        std::move(b + 1, b + 1 + k, dest + 1);
                        nb -= k;
                        if (nb == 1) goto copy_a;
                        if (nb == 0) goto succeed;
                    }
                    *dest-- = std::move(*a--);
                    --na;
                    if (na == 0) goto succeed;
                } while (acount >= kMinGallop || bcount >= kMinGallop);
                ++min_gallop;
                min_gallop_ = min_gallop;
            }
        }
    succeed:
        if (nb) std::move(baseb, baseb + nb, dest - (nb - 1));
        return;
    copy_a:
        // The first element of b belongs at the front of the merge.
        std::move_backward(a + 1 - na, a + 1, dest + 1);
        dest -= na;
        *dest = std::move(*b);
    }

    void merge_at(int i) {
        S* a = pending_[i].base;
        ptrdiff_t na = pending_[i].len;
        S* b = pending_[i + 1].base;
        ptrdiff_t nb = pending_[i + 1].len;
        pending_[i].len = na + nb;
        if (i == n_ - 3) pending_[i + 1] = pending_[i + 2];
        --n_;
        ptrdiff_t k = gallop_right(*b, a, na, 0);
        a += k;
        na -= k;
        if (na == 0) return;
        nb = gallop_left(a[na - 1], b, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) merge_lo(a, na, b, nb);
        else merge_hi(a, na, b, nb);
    }

    /// Powersort node power of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2).
    int powerloop(ptrdiff_t s1, ptrdiff_t n1, ptrdiff_t n2) const {
        int result = 0;
        ptrdiff_t a = 2 * s1 + n1;
        ptrdiff_t b = a + n1 + n2;
        ptrdiff_t n = listlen_;
        for (;;) {
            ++result;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    void found_new_run(ptrdiff_t n2) {
        if (n_) {
            ptrdiff_t s1 = pending_[n_ - 1].base - whole_;
            ptrdiff_t n1 = pending_[n_ - 1].len;
            int power = powerloop(s1, n1, n2);
            while (n_ > 1 && pending_[n_ - 2].power > power) merge_at(n_ - 2);
            pending_[n_ - 1].power = power;
        }
    }

    void force_collapse() {
        while (n_ > 1) {
            int n = n_ - 2;
            if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
            merge_at(n);
        }
    }

public:
    TimSort(S* base, ptrdiff_t n, Less less) : whole_(base), listlen_(n), less_(less) {}

    // Not inlined into python_sort: a prebuilt instantiation (sort_inst.hpp) is then called, not compiled again.
    [[gnu::noinline]] void run() {
        ptrdiff_t nremaining = listlen_;
        if (nremaining < 2) return;
        S* lo = whole_;
        S* hi = whole_ + nremaining;
        ptrdiff_t minrun = compute_minrun(nremaining);
        do {
            bool descending;
            ptrdiff_t n = count_run(lo, hi, descending);
            if (descending) std::reverse(lo, lo + n);
            if (n < minrun) {
                ptrdiff_t force = nremaining <= minrun ? nremaining : minrun;
                binarysort(lo, lo + force, lo + n);
                n = force;
            }
            found_new_run(n);
            pending_[n_].base = lo;
            pending_[n_].len = n;
            ++n_;
            lo += n;
            nremaining -= n;
        } while (nremaining);
        force_collapse();
    }
};

/// The orders sorts compare by, as named types rather than lambdas: a sort's code (the largest
/// in most programs that sort) is then one instantiation per element type, which sort_inst.hpp
/// compiles once into the prebuilt runtime object for the common ones.
struct PyLess {
    template <class A>
    bool operator()(const A& a, const A& b) const { return py::lt(a, b); }
};
/// Orders (key, payload) pairs by key alone: `sort(key=...)` sorts (key, position) pairs.
struct FirstLess {
    template <class A>
    bool operator()(const A& a, const A& b) const { return py::lt(a.first, b.first); }
};
/// Orders (item, count) tuples by count (`Counter.most_common`).
struct CountLess {
    template <class A>
    bool operator()(const A& a, const A& b) const { return std::get<1>(a) < std::get<1>(b); }
};

/// Sort data[0:n] like CPython's list.sort(reverse=...), comparing with `less`.
template <class S, class Less>
inline void python_sort(S* data, size_t n, bool reverse, Less less) {
    if (reverse) std::reverse(data, data + n);
    TimSort<S, Less>(data, static_cast<ptrdiff_t>(n), less).run();
    if (reverse) std::reverse(data, data + n);
}

}  // namespace py::detail
