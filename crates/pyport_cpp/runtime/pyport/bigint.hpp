//! Python's `int` at any size: `py::BigInt` (sign + magnitude, 32-bit limbs) and `py::Int`, the
//! hybrid the compiler uses for Python `int` (inline int64 fast path, heap BigInt on overflow).
//!
//! API (everything exact, with CPython 3.11's semantics and error messages):
//!
//!   py::BigInt — value type, arbitrary precision. Mostly the engine behind py::Int.
//!     BigInt(int64_t), BigInt::from_u64(uint64_t), BigInt::from_double(double)   // int(x)
//!     BigInt::parse(std::string_view s, int base = 10)                            // int(s, base)
//!     + - * (Karatsuba above KARATSUBA_CUTOFF limbs), unary -, abs()
//!     BigInt::divmod(a, b, q, r) / floordiv / mod (floor semantics), pow(a, e), pow_mod(a, e, m)
//!     << >> (int64 counts), & | ^ ~ (two's complement semantics), cmp(a, b), cmp_double(a, d)
//!     bit_length(), fits_i64(), to_i64(), to_double(), truediv(a, b), hash(), to_string(),
//!     to_base(base, upper), format(spec)
//!
//!   py::Int — what generated code uses for a Python `int`; 16 bytes: an int64 stored inline,
//!     or a pointer to a shared immutable heap BigInt when the value does not fit in int64
//!     (always normalised: a value that fits is small). Copying a big value bumps a
//!     (non-atomic) reference count.
//!     Int(integral), Int(BigInt), Int::parse(s, base), Int::from_double(d)
//!     is_small(), small(), big(), to_bigint(), bit_length(), to_double(), hash(),
//!     as_index() (IndexError) / as_ssize() (OverflowError): "cannot fit 'int' into an
//!     index-sized integer"; py_repr/py_format/py_eq/py_lt/py_bool members so
//!     py::repr, py::str, py::format, py::eq, py::lt, py::truthy work on it.
//!     Operators: + - * & | ^ << >> unary - ~, == != < <= > >= (also with any integral type
//!     and with double, exactly as CPython compares int with float; + - * with a double give
//!     a double). Named, int.hpp-style (the `line` argument is accepted and unused: an Int
//!     never overflows): add sub mul neg iabs floordiv mod divmod ipow lshift rshift
//!     pow_mod(b, e, m, line), truediv(a, b) -> double, int_pow_float(a, b) (negative b),
//!     bit_length(x), int_to_float(x), hash_int(x); += -= *= &= |= ^= <<= >>=; std::hash<py::Int>.
//!     Mixed with double: truediv/floordiv/mod(Int, double) and (double, Int) as float ops.
//!     py::eq/ne/lt/le/gt/ge(x, Int) with a plain int or float on the left are overloaded too.
//!     Passing: Int is not trivially copyable (it owns a reference), so pass `const Int&`
//!     across non-inlined calls; moves are cheap and noexcept (fine in std::vector / py::List).
//!     The reference count is not atomic: an Int must not be shared between threads.
//!
//!   Typical generated code:  py::Int f = 1; for (...) f = f * i;  py::print(f);
//!     py::floordiv(a, b, line), py::mod(a, b, line), py::ipow(a, b, line), a << n, py::repr(x).
//!
//!   Limits: py::int_max_str_digits() / py::set_int_max_str_digits(n) mirror
//!   sys.{get,set}_int_max_str_digits (4300 by default; 0 = unlimited) and apply to
//!   int->decimal str and decimal str->int, as in CPython 3.11. Results too large to allocate
//!   throw std::bad_alloc (reported as MemoryError by main.hpp).
#pragma once
#include "prebuilt.hpp"
#include <algorithm>
#include <charconv>
#include <cmath>
#include <compare>
#include <functional>
#include <limits>
#include <new>

#include "base.hpp"
#include "int.hpp"

namespace py {

// ------------------------------------------------------------------------------ str limits

namespace bigint_detail {
inline int64_t g_max_str_digits = 4300;
}

/// sys.get_int_max_str_digits().
inline int64_t int_max_str_digits() { return bigint_detail::g_max_str_digits; }

/// sys.set_int_max_str_digits(n): 0 (no limit) or at least 640.
inline void set_int_max_str_digits(int64_t n) {
    if (n != 0 && n < 640) raise<ValueError>("maxdigits must be 0 or larger than 640");
    bigint_detail::g_max_str_digits = n;
}

namespace bigint_detail {

using limb = uint32_t;
using Mag = std::vector<limb>;  // little-endian, no high zero limbs (zero is empty)

/// Limb count at which multiplication switches from schoolbook to Karatsuba.
inline constexpr size_t KARATSUBA_CUTOFF = 40;
/// Largest magnitude we try to build (bits); beyond it we report MemoryError as CPython would.
inline constexpr uint64_t MAX_BITS = uint64_t{1} << 38;

inline void trim(Mag& m) {
    while (!m.empty() && m.back() == 0) m.pop_back();
}

inline Mag from_u64(uint64_t v) {
    Mag m;
    if (v) m.push_back(static_cast<limb>(v));
    if (v >> 32) m.push_back(static_cast<limb>(v >> 32));
    return m;
}

inline int cmp_mag(const limb* a, size_t na, const limb* b, size_t nb) {
    if (na != nb) return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}
inline int cmp_mag(const Mag& a, const Mag& b) { return cmp_mag(a.data(), a.size(), b.data(), b.size()); }

inline uint64_t bit_length(const Mag& m) {
    if (m.empty()) return 0;
    return (m.size() - 1) * 32 + (32 - static_cast<uint64_t>(__builtin_clz(m.back())));
}

#if PYPORT_LIB_BODIES
PYPORT_LIBFN Mag add_mag(const Mag& a, const Mag& b) {
    const Mag& x = a.size() >= b.size() ? a : b;
    const Mag& y = a.size() >= b.size() ? b : a;
    Mag r(x.size() + 1);
    // Raw pointers and sizes in locals: stores through the result would otherwise make the
    // compiler reload the vectors' bounds on every step.
    const limb* xp = x.data();
    const limb* yp = y.data();
    limb* rp = r.data();
    const size_t nx = x.size(), ny = y.size();
    uint64_t c = 0;
    size_t i = 0;
    // Two limbs at a time (the compiler's add-with-carry).
    for (; i + 2 <= ny; i += 2) {
        uint64_t xa, ya;
        std::memcpy(&xa, xp + i, 8);
        std::memcpy(&ya, yp + i, 8);
        const unsigned __int128 sum = static_cast<unsigned __int128>(xa) + ya + c;
        const uint64_t lo = static_cast<uint64_t>(sum);
        std::memcpy(rp + i, &lo, 8);
        c = static_cast<uint64_t>(sum >> 64);
    }
    for (; i < ny; ++i) {
        c += static_cast<uint64_t>(xp[i]) + yp[i];
        rp[i] = static_cast<limb>(c);
        c >>= 32;
    }
    for (; i < nx; ++i) {
        c += xp[i];
        rp[i] = static_cast<limb>(c);
        c >>= 32;
    }
    rp[i] = static_cast<limb>(c);
    trim(r);
    return r;
}

/// a - b for |a| >= |b|.
PYPORT_LIBFN Mag sub_mag(const Mag& a, const Mag& b) {
    Mag r(a.size());
    const limb* ap = a.data();
    const limb* bp = b.data();
    limb* rp = r.data();
    const size_t na = a.size(), nb = b.size();
    uint64_t borrow = 0;
    size_t i = 0;
    // Two limbs at a time (the compiler's subtract-with-borrow).
    for (; i + 2 <= nb; i += 2) {
        uint64_t xa, ya;
        std::memcpy(&xa, ap + i, 8);
        std::memcpy(&ya, bp + i, 8);
        const unsigned __int128 d = static_cast<unsigned __int128>(xa) - ya - borrow;
        const uint64_t lo = static_cast<uint64_t>(d);
        std::memcpy(rp + i, &lo, 8);
        borrow = static_cast<uint64_t>(d >> 64) & 1;
    }
    for (; i < nb; ++i) {
        uint64_t d = static_cast<uint64_t>(ap[i]) - bp[i] - borrow;
        rp[i] = static_cast<limb>(d);
        borrow = (d >> 32) & 1;
    }
    for (; i < na; ++i) {
        uint64_t d = static_cast<uint64_t>(ap[i]) - borrow;
        rp[i] = static_cast<limb>(d);
        borrow = (d >> 32) & 1;
    }
    trim(r);
    return r;
}

/// out[0..n) += x[0..nx), carrying within out (the caller guarantees no carry out).
PYPORT_LIBFN void add_into(limb* out, size_t n, const limb* x, size_t nx) {
    uint64_t c = 0;
    size_t i = 0;
    for (; i < nx; ++i) {
        c += static_cast<uint64_t>(out[i]) + x[i];
        out[i] = static_cast<limb>(c);
        c >>= 32;
    }
    for (; c && i < n; ++i) {
        c += out[i];
        out[i] = static_cast<limb>(c);
        c >>= 32;
    }
}

/// out[0..n) -= x[0..nx) (the caller guarantees out >= x).
PYPORT_LIBFN void sub_into(limb* out, size_t n, const limb* x, size_t nx) {
    uint64_t borrow = 0;
    size_t i = 0;
    for (; i < nx; ++i) {
        uint64_t d = static_cast<uint64_t>(out[i]) - x[i] - borrow;
        out[i] = static_cast<limb>(d);
        borrow = (d >> 32) & 1;
    }
    for (; borrow && i < n; ++i) {
        uint64_t d = static_cast<uint64_t>(out[i]) - borrow;
        out[i] = static_cast<limb>(d);
        borrow = (d >> 32) & 1;
    }
}

/// out[0..na+nb) = a * b, out zeroed by the caller.
PYPORT_LIBFN void mul_school(const limb* a, size_t na, const limb* b, size_t nb, limb* out) {
    for (size_t i = 0; i < na; ++i) {
        const uint64_t ai = a[i];
        uint64_t c = 0;
        if (ai != 0) {
            for (size_t j = 0; j < nb; ++j) {
                c += ai * b[j] + out[i + j];
                out[i + j] = static_cast<limb>(c);
                c >>= 32;
            }
        }
        out[i + nb] = static_cast<limb>(c);
    }
}

/// out[0..na+nb) = a * b, out zeroed by the caller. Karatsuba for large balanced operands,
/// slices of the longer operand for unbalanced ones.
PYPORT_LIBFN void mul_into(const limb* a, size_t na, const limb* b, size_t nb, limb* out) {
    if (na < nb) {
        std::swap(a, b);
        std::swap(na, nb);
    }
    if (nb == 0) return;
    if (nb < KARATSUBA_CUTOFF) {
        mul_school(a, na, b, nb, out);
        return;
    }
    if (na >= 2 * nb) {
        // Unbalanced: multiply b by nb-limb slices of a and add the partial products in.
        Mag tmp(2 * nb);
        for (size_t off = 0; off < na; off += nb) {
            const size_t len = std::min(nb, na - off);
            std::fill(tmp.begin(), tmp.end(), 0);
            mul_into(a + off, len, b, nb, tmp.data());
            add_into(out + off, na + nb - off, tmp.data(), len + nb);
        }
        return;
    }
    // a = a1*B^m + a0, b = b1*B^m + b0 with m = na/2 (nb > m since na < 2*nb).
    const size_t m = na / 2;
    const limb *a0 = a, *a1 = a + m, *b0 = b, *b1 = b + m;
    const size_t na1 = na - m, nb1 = nb - m;
    // z0 = a0*b0 into out[0..2m), z2 = a1*b1 into out[2m..na+nb).
    mul_into(a0, m, b0, m, out);
    mul_into(a1, na1, b1, nb1, out + 2 * m);
    // (a0 + a1) and (b0 + b1)
    Mag sa(na1 + 1), sb(std::max(m, nb1) + 1);
    std::copy(a1, a1 + na1, sa.begin());
    add_into(sa.data(), sa.size(), a0, m);
    std::copy(b0, b0 + m, sb.begin());
    add_into(sb.data(), sb.size(), b1, nb1);
    Mag z1(sa.size() + sb.size());
    mul_into(sa.data(), sa.size(), sb.data(), sb.size(), z1.data());
    // z1 -= z0 + z2 (read back from out, which holds them at disjoint places).
    sub_into(z1.data(), z1.size(), out, 2 * m);
    sub_into(z1.data(), z1.size(), out + 2 * m, na1 + nb1);
    size_t nz = z1.size();
    while (nz && z1[nz - 1] == 0) --nz;
    add_into(out + m, na + nb - m, z1.data(), nz);
}

PYPORT_LIBFN Mag mul_mag(const Mag& a, const Mag& b) {
    if (a.empty() || b.empty()) return {};
    if ((bit_length(a) + bit_length(b)) > MAX_BITS) throw std::bad_alloc();
    if (a.size() == 1 || b.size() == 1) {
        // By a single limb: one pass, no inner loop.
        const Mag& big = a.size() == 1 ? b : a;
        const uint64_t f = a.size() == 1 ? a[0] : b[0];
        Mag r(big.size() + 1);
        uint64_t c = 0;
        size_t i = 0;
        // Two limbs at a time: a 64-bit word times the factor, carried in 128 bits (through raw
        // pointers, as in add_mag).
        const limb* bp = big.data();
        limb* rp = r.data();
        for (; i + 2 <= big.size(); i += 2) {
            uint64_t w;
            std::memcpy(&w, bp + i, 8);
            const unsigned __int128 p = static_cast<unsigned __int128>(w) * f + c;
            const uint64_t lo = static_cast<uint64_t>(p);
            std::memcpy(rp + i, &lo, 8);
            c = static_cast<uint64_t>(p >> 64);
        }
        for (; i < big.size(); ++i) {
            c += big[i] * f;
            r[i] = static_cast<limb>(c);
            c >>= 32;
        }
        r[big.size()] = static_cast<limb>(c);
        trim(r);
        return r;
    }
    Mag r(a.size() + b.size());
    if (a.size() < KARATSUBA_CUTOFF || b.size() < KARATSUBA_CUTOFF)
        mul_school(a.data(), a.size(), b.data(), b.size(), r.data());
    else
        mul_into(a.data(), a.size(), b.data(), b.size(), r.data());
    trim(r);
    return r;
}

/// m = m * f + add, in place.
PYPORT_LIBFN void mul_small_add(Mag& m, limb f, limb add) {
    uint64_t c = add;
    for (auto& d : m) {
        c += static_cast<uint64_t>(d) * f;
        d = static_cast<limb>(c);
        c >>= 32;
    }
    if (c) m.push_back(static_cast<limb>(c));
}

/// m /= d in place; returns the remainder.
PYPORT_LIBFN limb div_small(Mag& m, limb d) {
    uint64_t r = 0;
    for (size_t i = m.size(); i-- > 0;) {
        const uint64_t cur = (r << 32) | m[i];
        m[i] = static_cast<limb>(cur / d);
        r = cur % d;
    }
    trim(m);
    return static_cast<limb>(r);
}

PYPORT_LIBFN Mag shl_mag(const Mag& a, uint64_t n) {
    if (a.empty()) return {};
    if (bit_length(a) + n > MAX_BITS) throw std::bad_alloc();
    const size_t w = static_cast<size_t>(n / 32);
    const unsigned s = static_cast<unsigned>(n % 32);
    Mag r(a.size() + w + 1, 0);
    if (s == 0) {
        std::copy(a.begin(), a.end(), r.begin() + static_cast<ptrdiff_t>(w));
    } else {
        limb carry = 0;
        for (size_t i = 0; i < a.size(); ++i) {
            r[i + w] = (a[i] << s) | carry;
            carry = a[i] >> (32 - s);
        }
        r[a.size() + w] = carry;
    }
    trim(r);
    return r;
}

/// a >> n (magnitude, truncating); sets *lost when nonzero bits were shifted out.
PYPORT_LIBFN Mag shr_mag(const Mag& a, uint64_t n, bool* lost = nullptr) {
    const uint64_t w64 = n / 32;
    const unsigned s = static_cast<unsigned>(n % 32);
    if (w64 >= a.size()) {
        if (lost) *lost = !a.empty();
        return {};
    }
    const size_t w = static_cast<size_t>(w64);
    if (lost) {
        bool l = false;
        for (size_t i = 0; i < w && !l; ++i) l = a[i] != 0;
        if (s && (a[w] & ((limb{1} << s) - 1))) l = true;
        *lost = l;
    }
    Mag r(a.size() - w);
    for (size_t i = 0; i < r.size(); ++i) {
        uint64_t v = a[i + w];
        if (s) {
            v >>= s;
            if (i + w + 1 < a.size()) v |= static_cast<uint64_t>(a[i + w + 1]) << (32 - s);
        }
        r[i] = static_cast<limb>(v);
    }
    trim(r);
    return r;
}

/// (hi:lo) / d and the remainder, for hi < d (the quotient fits in 64 bits).
inline uint64_t div_128_by_64(uint64_t hi, uint64_t lo, uint64_t d, uint64_t& rem) {
#if defined(__x86_64__)
    uint64_t q;
    asm("divq %4" : "=a"(q), "=d"(rem) : "a"(lo), "d"(hi), "rm"(d));
    return q;
#else
    const unsigned __int128 num = (static_cast<unsigned __int128>(hi) << 64) | lo;
    rem = static_cast<uint64_t>(num % d);
    return static_cast<uint64_t>(num / d);
#endif
}

/// Truncating division of magnitudes: q = u / v, r = u % v (v nonzero). Knuth's algorithm D on
/// 64-bit digits (two limbs each): a quarter of the inner steps of 32-bit digits.
PYPORT_LIBFN void divmod_mag(const Mag& u, const Mag& v, Mag& q, Mag& r) {
    if (cmp_mag(u, v) < 0) {
        q.clear();
        r = u;
        return;
    }
    if (v.size() == 1) {
        q = u;
        const limb rem = div_small(q, v[0]);
        r.clear();
        if (rem) r.push_back(rem);
        return;
    }
    // Pack into 64-bit digits, normalized so the divisor's top bit is set (the dividend gets an
    // extra top digit for the bits shifted out).
    const size_t n = (v.size() + 1) / 2, m = (u.size() + 1) / 2;
    auto digit = [](const Mag& x, size_t i) {
        const uint64_t lo = x[2 * i];
        const uint64_t hi = 2 * i + 1 < x.size() ? x[2 * i + 1] : 0;
        return lo | (hi << 32);
    };
    std::vector<uint64_t> vn(n), un(m + 1);
    for (size_t i = 0; i < n; ++i) vn[i] = digit(v, i);
    for (size_t i = 0; i < m; ++i) un[i] = digit(u, i);
    un[m] = 0;
    const unsigned s = static_cast<unsigned>(__builtin_clzll(vn[n - 1]));
    if (s) {
        for (size_t i = n - 1; i > 0; --i) vn[i] = (vn[i] << s) | (vn[i - 1] >> (64 - s));
        vn[0] <<= s;
        for (size_t i = m; i > 0; --i) un[i] = (un[i] << s) | (un[i - 1] >> (64 - s));
        un[0] <<= s;
    }
    using u128 = unsigned __int128;
    const uint64_t top = vn[n - 1];
    const uint64_t next = n >= 2 ? vn[n - 2] : 0;
    std::vector<uint64_t> qd(m - n + 1, 0);
    for (size_t j = m - n + 1; j-- > 0;) {
        // Estimate the quotient digit from the top two digits, then refine with the third
        // (qhat is then at most one too large).
        uint64_t qhat, rhat;
        bool rhat_big = false;  // rhat >= 2**64: the refinement test cannot succeed
        if (un[j + n] >= top) {
            qhat = ~uint64_t{0};
            const u128 rr = ((static_cast<u128>(un[j + n]) << 64) | un[j + n - 1]) - static_cast<u128>(qhat) * top;
            rhat_big = (rr >> 64) != 0;
            rhat = static_cast<uint64_t>(rr);
        } else {
            qhat = div_128_by_64(un[j + n], un[j + n - 1], top, rhat);
        }
        if (n >= 2) {
            const uint64_t below = un[j + n - 2];
            while (!rhat_big && static_cast<u128>(qhat) * next > ((static_cast<u128>(rhat) << 64) | below)) {
                --qhat;
                const uint64_t before = rhat;
                rhat += top;
                rhat_big = rhat < before;
            }
        }
        // un[j .. j+n] -= qhat * vn.
        uint64_t carry = 0, borrow = 0;
        for (size_t i = 0; i < n; ++i) {
            const u128 p = static_cast<u128>(qhat) * vn[i] + carry;
            carry = static_cast<uint64_t>(p >> 64);
            const uint64_t lo = static_cast<uint64_t>(p);
            const uint64_t x = un[i + j];
            const uint64_t d = x - lo;
            const uint64_t b1 = x < lo;
            un[i + j] = d - borrow;
            borrow = b1 | (d < borrow);
        }
        const uint64_t x = un[j + n];
        const u128 sub = static_cast<u128>(carry) + borrow;
        un[j + n] = x - static_cast<uint64_t>(sub);
        if (static_cast<u128>(x) < sub) {
            // qhat was one too large: add the divisor back.
            --qhat;
            uint64_t c = 0;
            for (size_t i = 0; i < n; ++i) {
                const u128 t = static_cast<u128>(un[i + j]) + vn[i] + c;
                un[i + j] = static_cast<uint64_t>(t);
                c = static_cast<uint64_t>(t >> 64);
            }
            un[j + n] += c;
        }
        qd[j] = qhat;
    }
    auto unpack = [](const uint64_t* d, size_t k, Mag& out) {
        out.resize(2 * k);
        for (size_t i = 0; i < k; ++i) {
            out[2 * i] = static_cast<limb>(d[i]);
            out[2 * i + 1] = static_cast<limb>(d[i] >> 32);
        }
        trim(out);
    };
    unpack(qd.data(), qd.size(), q);
    // The remainder: the low n digits, shifted back.
    if (s) {
        for (size_t i = 0; i < n; ++i) un[i] = (un[i] >> s) | (un[i + 1] << (64 - s));
    }
    unpack(un.data(), n, r);
}
#else
Mag add_mag(const Mag& a, const Mag& b);
Mag sub_mag(const Mag& a, const Mag& b);
void add_into(limb* out, size_t n, const limb* x, size_t nx);
void sub_into(limb* out, size_t n, const limb* x, size_t nx);
void mul_school(const limb* a, size_t na, const limb* b, size_t nb, limb* out);
void mul_into(const limb* a, size_t na, const limb* b, size_t nb, limb* out);
Mag mul_mag(const Mag& a, const Mag& b);
void mul_small_add(Mag& m, limb f, limb add);
limb div_small(Mag& m, limb d);
Mag shl_mag(const Mag& a, uint64_t n);
Mag shr_mag(const Mag& a, uint64_t n, bool* lost = nullptr);
void divmod_mag(const Mag& u, const Mag& v, Mag& q, Mag& r);
#endif

inline bool is_power_of_2_base(int base) { return (base & (base - 1)) == 0; }

}  // namespace bigint_detail

// ====================================================================================== BigInt

/// An arbitrary-precision integer with Python semantics (value type).
class BigInt {
public:
    using Mag = bigint_detail::Mag;

    BigInt() = default;
    BigInt(int64_t v) : neg_(v < 0), mag_(bigint_detail::from_u64(v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v))) {}  // NOLINT: implicit
    BigInt(bool neg, Mag mag) : neg_(neg), mag_(std::move(mag)) {
        bigint_detail::trim(mag_);
        if (mag_.empty()) neg_ = false;
    }
    static BigInt from_u64(uint64_t v) { return BigInt(false, bigint_detail::from_u64(v)); }

    /// int(d) for a float: truncation toward zero, exact.
    static BigInt from_double(double d);

    /// int(s, base) for a str, base 0 or 2..36 (CPython's grammar, messages and digit limit).
    static BigInt parse(std::string_view s, int base = 10);

    bool is_zero() const { return mag_.empty(); }
    bool is_negative() const { return neg_; }
    int sign() const { return mag_.empty() ? 0 : neg_ ? -1 : 1; }
    const Mag& magnitude() const { return mag_; }

    bool fits_i64() const {
        if (mag_.size() <= 1) return true;
        if (mag_.size() > 2) return false;
        const uint64_t m = (static_cast<uint64_t>(mag_[1]) << 32) | mag_[0];
        return neg_ ? m <= (uint64_t{1} << 63) : m < (uint64_t{1} << 63);
    }
    /// The value as int64 (precondition: fits_i64()).
    int64_t to_i64() const {
        uint64_t m = 0;
        if (!mag_.empty()) m = mag_[0];
        if (mag_.size() > 1) m |= static_cast<uint64_t>(mag_[1]) << 32;
        return neg_ ? static_cast<int64_t>(0 - m) : static_cast<int64_t>(m);
    }

    /// int.bit_length().
    int64_t bit_length() const { return static_cast<int64_t>(bigint_detail::bit_length(mag_)); }

    /// float(x): correctly rounded (half to even); OverflowError when too large.
    double to_double() const;

    // -------------------------------------------------------------------- arithmetic
    friend BigInt operator-(const BigInt& a) { return BigInt(!a.neg_, a.mag_); }
    friend BigInt abs(const BigInt& a) { return BigInt(false, a.mag_); }

    friend BigInt operator+(const BigInt& a, const BigInt& b);
    friend BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }
    friend BigInt operator*(const BigInt& a, const BigInt& b);

    /// Floor division and modulo: a == b*q + r with r having b's sign.
    static void divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);
    friend BigInt floordiv(const BigInt& a, const BigInt& b);
    friend BigInt mod(const BigInt& a, const BigInt& b);

    /// a ** e for e >= 0.
    friend BigInt pow(const BigInt& a, uint64_t e);

    /// pow(a, e, m) as CPython's long_pow with a modulus (negative e: modular inverse).
    static BigInt pow_mod(const BigInt& base, const BigInt& exp, const BigInt& modulus);

    /// The inverse of a modulo n (n > 1), as CPython's long_invmod.
    static BigInt invmod(const BigInt& a0, const BigInt& n0);

    // ------------------------------------------------------------------- bits and shifts
    friend BigInt operator<<(const BigInt& a, uint64_t n) { return BigInt(a.neg_, bigint_detail::shl_mag(a.mag_, n)); }
    /// a >> n rounds toward negative infinity.
    friend BigInt operator>>(const BigInt& a, uint64_t n);
    friend BigInt operator~(const BigInt& a) { return -(a + BigInt(1)); }
    friend BigInt operator&(const BigInt& a, const BigInt& b) { return bitwise(a, b, '&'); }
    friend BigInt operator|(const BigInt& a, const BigInt& b) { return bitwise(a, b, '|'); }
    friend BigInt operator^(const BigInt& a, const BigInt& b) { return bitwise(a, b, '^'); }

    // ------------------------------------------------------------------------ comparisons
    /// -1, 0 or 1.
    friend int cmp(const BigInt& a, const BigInt& b);
    /// Exact comparison with a float as CPython: -1, 0, 1, or 2 when d is nan (unordered).
    friend int cmp_double(const BigInt& a, double d);
    friend bool operator==(const BigInt& a, const BigInt& b) { return a.neg_ == b.neg_ && a.mag_ == b.mag_; }
    friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) { return cmp(a, b) <=> 0; }

    /// a / b as a correctly rounded float, as CPython's long_true_divide.
    friend double truediv(const BigInt& a, const BigInt& b);

    /// hash(x) as CPython: |x| mod (2**61 - 1) with x's sign, and -1 becomes -2.
    int64_t hash() const;

    // ------------------------------------------------------------------------------ text
    /// Decimal digits of |x| (no sign, no limit check).
    std::string decimal_digits() const;

    /// str(x), with CPython's limit on the number of digits (sys.set_int_max_str_digits).
    std::string to_string() const;
    void append_decimal(std::string& out) const;
    /// Digits of |x| in base 2, 8 or 16 (no prefix, no sign).
    std::string to_base(int base, bool upper = false) const;

    /// format(x, spec).
    std::string format(std::string_view spec, const char* type_name = "int") const;

    [[noreturn]] static void str_limit_error();

private:
    bool neg_ = false;
    Mag mag_;

    /// Two's complement of x in n limbs (n > the magnitude's size).
    static Mag twos(const BigInt& x, size_t n);
    using limb_t = bigint_detail::limb;
    static BigInt bitwise(const BigInt& a, const BigInt& b, char op);
};

#if PYPORT_LIB_BODIES
PYPORT_LIBFN BigInt BigInt::from_double(double d) {
    if (std::isinf(d)) raise<OverflowError>("cannot convert float infinity to integer");
    if (std::isnan(d)) raise<ValueError>("cannot convert float NaN to integer");
    d = std::trunc(d);
    if (std::fabs(d) < 9223372036854775808.0) return BigInt(static_cast<int64_t>(d));
    int e;
    const double fr = std::frexp(std::fabs(d), &e);  // |d| = fr * 2^e, e > 63
    const auto mant = static_cast<uint64_t>(std::ldexp(fr, 53));
    return BigInt(d < 0, bigint_detail::shl_mag(bigint_detail::from_u64(mant), static_cast<uint64_t>(e - 53)));
}

PYPORT_LIBFN double BigInt::to_double() const {
    using namespace bigint_detail;
    const uint64_t nbits = bigint_detail::bit_length(mag_);
    double r;
    if (nbits <= 64) {
        uint64_t m = 0;
        if (!mag_.empty()) m = mag_[0];
        if (mag_.size() > 1) m |= static_cast<uint64_t>(mag_[1]) << 32;
        r = static_cast<double>(m);
    } else {
        if (nbits > 1025) raise_lit<OverflowError>("int too large to convert to float");
        // Top 64 bits with a sticky bit for everything below: the hardware conversion of
        // that uint64 rounds exactly as rounding the whole value would (11 spare bits).
        bool lost = false;
        Mag top = shr_mag(mag_, nbits - 64, &lost);
        uint64_t m = (static_cast<uint64_t>(top[1]) << 32) | top[0];
        if (lost) m |= 1;
        r = std::ldexp(static_cast<double>(m), static_cast<int>(nbits - 64));
        if (std::isinf(r)) raise_lit<OverflowError>("int too large to convert to float");
    }
    return neg_ ? -r : r;
}

PYPORT_LIBFN BigInt operator+(const BigInt& a, const BigInt& b) {
    using namespace bigint_detail;
    if (a.neg_ == b.neg_) return BigInt(a.neg_, add_mag(a.mag_, b.mag_));
    const int c = cmp_mag(a.mag_, b.mag_);
    if (c == 0) return BigInt();
    if (c > 0) return BigInt(a.neg_, sub_mag(a.mag_, b.mag_));
    return BigInt(b.neg_, sub_mag(b.mag_, a.mag_));
}

PYPORT_LIBFN BigInt operator*(const BigInt& a, const BigInt& b) {
    return BigInt(a.neg_ != b.neg_, bigint_detail::mul_mag(a.mag_, b.mag_));
}

PYPORT_LIBFN void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
    using namespace bigint_detail;
    if (b.is_zero()) raise_lit<ZeroDivisionError>("integer division or modulo by zero");
    Mag qm, rm;
    divmod_mag(a.mag_, b.mag_, qm, rm);
    const bool differ = a.neg_ != b.neg_;
    if (differ && !rm.empty()) {
        // Truncated -> floored: q = -(|q| + 1), r = |b| - |r| with b's sign.
        qm = add_mag(qm, Mag{1});
        rm = sub_mag(b.mag_, rm);
    }
    q = BigInt(differ, std::move(qm));
    r = BigInt(b.neg_, std::move(rm));
}

PYPORT_LIBFN BigInt floordiv(const BigInt& a, const BigInt& b) {
    BigInt q, r;
    BigInt::divmod(a, b, q, r);
    return q;
}

PYPORT_LIBFN BigInt mod(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) raise_lit<ZeroDivisionError>("integer modulo by zero");
    BigInt q, r;
    BigInt::divmod(a, b, q, r);
    return r;
}

PYPORT_LIBFN BigInt pow(const BigInt& a, uint64_t e) {
    using namespace bigint_detail;
    if (e == 0) return BigInt(1);
    if (a.is_zero()) return BigInt();
    const bool neg = a.neg_ && (e & 1);
    if (a.mag_.size() == 1 && a.mag_[0] == 1) return BigInt(neg, Mag{1});
    if (a.mag_.size() == 1 && (a.mag_[0] & (a.mag_[0] - 1)) == 0) {
        // A power of two: a shift.
        const uint64_t k = static_cast<uint64_t>(__builtin_ctz(a.mag_[0]));
        if (e > MAX_BITS / k) throw std::bad_alloc();
        return BigInt(neg, shl_mag(Mag{1}, k * e));
    }
    const uint64_t bits = bigint_detail::bit_length(a.mag_);
    if (e > MAX_BITS / (bits - 1)) throw std::bad_alloc();
    Mag result{1};
    const int top = 63 - __builtin_clzll(e);
    for (int i = top; i >= 0; --i) {
        result = mul_mag(result, result);
        if ((e >> i) & 1) result = mul_mag(result, a.mag_);
    }
    return BigInt(neg, std::move(result));
}

PYPORT_LIBFN BigInt BigInt::pow_mod(const BigInt& base, const BigInt& exp, const BigInt& modulus) {
    using namespace bigint_detail;
    if (modulus.is_zero()) raise_lit<ValueError>("pow() 3rd argument cannot be 0");
    const BigInt m = abs(modulus);
    const bool negative_output = modulus.neg_;
    if (m.mag_.size() == 1 && m.mag_[0] == 1) return BigInt();
    BigInt a = base;
    BigInt e = exp;
    if (e.neg_) {
        e = -e;
        a = invmod(a, m);
    }
    if (a.neg_ || cmp_mag(a.mag_, m.mag_) >= 0) a = mod(a, m);
    BigInt z(1);
    const uint64_t nbits = bigint_detail::bit_length(e.mag_);
    for (uint64_t i = nbits; i-- > 0;) {
        z = mod(z * z, m);
        if ((e.mag_[i / 32] >> (i % 32)) & 1) z = mod(z * a, m);
    }
    if (nbits == 0) z = mod(z, m);
    if (negative_output && !z.is_zero()) z = z - m;
    return z;
}

PYPORT_LIBFN BigInt BigInt::invmod(const BigInt& a0, const BigInt& n0) {
    BigInt a = a0, n = n0, b(1), c(0);
    while (!n.is_zero()) {
        BigInt q, r;
        divmod(a, n, q, r);
        a = std::move(n);
        n = std::move(r);
        BigInt t = b - q * c;
        b = std::move(c);
        c = std::move(t);
    }
    if (!(a.mag_.size() == 1 && a.mag_[0] == 1 && !a.neg_))
        raise_lit<ValueError>("base is not invertible for the given modulus");
    return mod(b, n0);
}

PYPORT_LIBFN BigInt operator>>(const BigInt& a, uint64_t n) {
    using namespace bigint_detail;
    if (!a.neg_) return BigInt(false, shr_mag(a.mag_, n));
    // -(((|a| - 1) >> n) + 1)
    Mag t = shr_mag(sub_mag(a.mag_, Mag{1}), n);
    return BigInt(true, add_mag(t, Mag{1}));
}

PYPORT_LIBFN int cmp(const BigInt& a, const BigInt& b) {
    if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
    const int c = bigint_detail::cmp_mag(a.mag_, b.mag_);
    return a.neg_ ? -c : c;
}

PYPORT_LIBFN int cmp_double(const BigInt& a, double d) {
    if (std::isnan(d)) return 2;
    if (std::isinf(d)) return d > 0 ? -1 : 1;
    if (a.bit_length() <= 53) {
        const double x = a.to_double();
        return x < d ? -1 : x > d ? 1 : 0;
    }
    // |a| >= 2**53: compare with the (exact) integer part of d, then its fraction.
    const double t = std::trunc(d);
    const int c = cmp(a, BigInt::from_double(t));
    if (c != 0) return c;
    const double frac = d - t;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

PYPORT_LIBFN double truediv(const BigInt& a, const BigInt& b) {
    using namespace bigint_detail;
    constexpr int DBL_MANT = 53, DBL_MAXE = 1024, DBL_MINE = -1021;
    if (b.is_zero()) raise_lit<ZeroDivisionError>("division by zero");
    const bool negate = a.neg_ != b.neg_;
    if (a.is_zero()) return negate ? -0.0 : 0.0;
    const int64_t abits = a.bit_length(), bbits = b.bit_length();
    if (abits <= DBL_MANT && bbits <= DBL_MANT) {
        // Both exact as doubles: IEEE division rounds correctly.
        const double r = std::fabs(a.to_double()) / std::fabs(b.to_double());
        return negate ? -r : r;
    }
    const int64_t diff = abits - bbits;
    if (diff > DBL_MAXE) raise_lit<OverflowError>("integer division result too large for a float");
    if (diff < DBL_MINE - DBL_MANT - 1) return negate ? -0.0 : 0.0;
    const int64_t shift = std::max<int64_t>(diff, DBL_MINE) - DBL_MANT - 2;
    bool inexact = false;
    Mag x = shift <= 0 ? shl_mag(a.mag_, static_cast<uint64_t>(-shift)) : shr_mag(a.mag_, static_cast<uint64_t>(shift), &inexact);
    Mag q, r;
    divmod_mag(x, b.mag_, q, r);
    if (!r.empty()) inexact = true;
    // q has at most DBL_MANT + 3 bits: it fits a uint64.
    const int64_t xbits = static_cast<int64_t>(bigint_detail::bit_length(q));
    uint64_t qv = 0;
    if (!q.empty()) qv = q[0];
    if (q.size() > 1) qv |= static_cast<uint64_t>(q[1]) << 32;
    const int64_t extra = std::max<int64_t>(xbits, DBL_MINE - shift) - DBL_MANT;
    const uint64_t mask = uint64_t{1} << (extra - 1);
    uint64_t low = qv | (inexact ? 1 : 0);
    if ((low & mask) && (low & (3 * mask - 1))) low += mask;
    qv = low & ~(2 * mask - 1);
    const double dx = static_cast<double>(qv);
    if (shift + xbits >= DBL_MAXE && (shift + xbits > DBL_MAXE || dx == std::ldexp(1.0, static_cast<int>(xbits))))
        raise_lit<OverflowError>("integer division result too large for a float");
    const double res = std::ldexp(dx, static_cast<int>(shift));
    return negate ? -res : res;
}

PYPORT_LIBFN int64_t BigInt::hash() const {
    constexpr uint64_t P = (uint64_t{1} << 61) - 1;
    unsigned __int128 h = 0;
    for (size_t i = mag_.size(); i-- > 0;) h = ((h << 32) | mag_[i]) % P;
    int64_t r = static_cast<int64_t>(h);
    if (neg_) r = -r;
    return r == -1 ? -2 : r;
}

namespace bigint_detail {
/// The decimal digits of `m` by repeated division by 10**9 (quadratic, for small values),
/// appended to `out`; left-padded with zeros to `width` digits when `width` > 0.
PYPORT_LIBFN void decimal_small(const Mag& m, size_t width, std::string& out) {
    Mag t = m;
    std::string rev;
    while (!t.empty()) {
        // t /= 10**9 with a constant divisor (a multiply, not a hardware divide).
        uint64_t rem = 0;
        for (size_t i = t.size(); i-- > 0;) {
            const uint64_t cur = (rem << 32) | t[i];
            t[i] = static_cast<limb>(cur / 1000000000u);
            rem = cur % 1000000000u;
        }
        trim(t);
        limb chunk = static_cast<limb>(rem);
        for (int k = 0; k < 9; ++k) {
            rev.push_back(static_cast<char>('0' + chunk % 10));
            chunk /= 10;
            if (t.empty() && chunk == 0) break;
        }
    }
    if (rev.empty()) rev.push_back('0');
    while (rev.size() > 1 && rev.back() == '0') rev.pop_back();
    if (width > 0) {
        if (rev == "0") rev.clear();
        while (rev.size() < width) rev.push_back('0');
    }
    out.append(rev.rbegin(), rev.rend());
}

/// Below this many limbs, `decimal_small`; above, split by a power of ten.
inline constexpr size_t DECIMAL_SPLIT_CUTOFF = 60;

/// The digits of `m` < pows[k + 1] (pows[j] = 10**(9 * 2**j)): the quotient and remainder by
/// pows[k], each converted the same way, the remainder padded to its 9 * 2**k digits.
PYPORT_LIBFN void decimal_split(const Mag& m, int k, size_t width, const std::vector<Mag>& pows, std::string& out) {
    if (k < 0 || m.size() <= DECIMAL_SPLIT_CUTOFF) {
        decimal_small(m, width, out);
        return;
    }
    if (cmp_mag(m, pows[static_cast<size_t>(k)]) < 0) {
        decimal_split(m, k - 1, width, pows, out);
        return;
    }
    const size_t low = size_t{9} << k;
    Mag q, r;
    divmod_mag(m, pows[static_cast<size_t>(k)], q, r);
    decimal_split(q, k - 1, width > low ? width - low : 0, pows, out);
    decimal_split(r, k - 1, low, pows, out);
}
}  // namespace bigint_detail

/// Decimal digits: subquadratic splitting by powers of 10**9 for big values (each level a
/// division, Knuth's algorithm D), repeated division by 10**9 below the cutoff.
PYPORT_LIBFN std::string BigInt::decimal_digits() const {
    using namespace bigint_detail;
    if (mag_.empty()) return "0";
    std::string out;
    out.reserve(static_cast<size_t>(bigint_detail::bit_length(mag_) * 0.30103) + 12);
    if (mag_.size() <= DECIMAL_SPLIT_CUTOFF) {
        bigint_detail::decimal_small(mag_, 0, out);
        return out;
    }
    std::vector<Mag> pows;
    pows.push_back(bigint_detail::from_u64(1000000000u));
    while (2 * pows.back().size() <= mag_.size() + 1) pows.push_back(bigint_detail::mul_mag(pows.back(), pows.back()));
    bigint_detail::decimal_split(mag_, static_cast<int>(pows.size()) - 1, 0, pows, out);
    return out;
}

PYPORT_LIBFN std::string BigInt::to_string() const {
    std::string out;
    append_decimal(out);
    return out;
}

PYPORT_LIBFN void BigInt::append_decimal(std::string& out) const {
    const int64_t limit = int_max_str_digits();
    // 3.32 bits per digit: a quick reject of values certainly longer than the limit.
    if (limit > 0 && static_cast<double>(bit_length()) > (limit + 1) * 3.3219280948873623 + 1)
        str_limit_error();
    std::string d = decimal_digits();
    if (limit > 0 && static_cast<int64_t>(d.size()) > limit) str_limit_error();
    if (neg_) out += '-';
    out += d;
}

PYPORT_LIBFN std::string BigInt::to_base(int base, bool upper) const {
    if (base == 10) return decimal_digits();
    if (mag_.empty()) return "0";
    const int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    const char* alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    const uint64_t n = bigint_detail::bit_length(mag_);
    std::string out;
    out.reserve(static_cast<size_t>(n / bits + 1));
    for (uint64_t pos = ((n + bits - 1) / bits) * bits; pos > 0;) {
        pos -= bits;
        unsigned v = 0;
        for (int k = bits - 1; k >= 0; --k) {
            const uint64_t bit = pos + static_cast<uint64_t>(k);
            v = (v << 1) | ((bit / 32 < mag_.size()) ? (mag_[bit / 32] >> (bit % 32)) & 1 : 0);
        }
        if (!out.empty() || v) out += alphabet[v];
    }
    return out;
}

PYPORT_LIBFN void BigInt::str_limit_error() {
    raise<ValueError>("Exceeds the limit (" + std::to_string(int_max_str_digits()) +
                      " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
}

PYPORT_LIBFN BigInt::Mag BigInt::twos(const BigInt& x, size_t n) {
    Mag r(n, 0);
    std::copy(x.mag_.begin(), x.mag_.end(), r.begin());
    if (x.neg_) {
        uint64_t c = 1;
        for (auto& d : r) {
            c += static_cast<limb_t>(~d);
            d = static_cast<limb_t>(c);
            c >>= 32;
        }
    }
    return r;
}

PYPORT_LIBFN BigInt BigInt::bitwise(const BigInt& a, const BigInt& b, char op) {
    const size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
    Mag x = twos(a, n), y = twos(b, n);
    for (size_t i = 0; i < n; ++i) x[i] = op == '&' ? (x[i] & y[i]) : op == '|' ? (x[i] | y[i]) : (x[i] ^ y[i]);
    const bool neg = (x.back() >> 31) != 0;
    if (neg) {
        // Back to sign + magnitude: negate the two's complement.
        uint64_t c = 1;
        for (auto& d : x) {
            c += static_cast<limb_t>(~d);
            d = static_cast<limb_t>(c);
            c >>= 32;
        }
    }
    return BigInt(neg, std::move(x));
}
#endif

// Namespace-scope declarations make the hidden friends callable as py::floordiv(a, b) etc.
BigInt abs(const BigInt& a);
BigInt floordiv(const BigInt& a, const BigInt& b);
BigInt mod(const BigInt& a, const BigInt& b);
BigInt pow(const BigInt& a, uint64_t e);
int cmp(const BigInt& a, const BigInt& b);
int cmp_double(const BigInt& a, double d);
double truediv(const BigInt& a, const BigInt& b);

#if PYPORT_LIB_BODIES
PYPORT_LIBFN BigInt BigInt::parse(std::string_view orig, int base) {
    using namespace numfmt_detail;
    if ((base != 0 && base < 2) || base > 36) raise<ValueError>("int() base must be >= 2 and <= 36, or 0");
    const int orig_base = base;
    auto fail = [&]() -> BigInt {
        std::string r = str_repr(orig);
        r.resize(utf8_prefix_bytes(r, 200));
        raise<ValueError>("invalid literal for int() with base " + std::to_string(orig_base) + ": " + r);
    };
    std::string tmp;
    const std::string_view s = to_ascii_number(orig, tmp);
    auto at = [&](size_t k) -> char { return k < s.size() ? s[k] : '\0'; };
    auto digit_value = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return 37;
    };
    size_t p = 0;
    while (at(p) != '\0' && ascii_space(at(p))) ++p;
    bool neg = false;
    if (at(p) == '+') {
        ++p;
    } else if (at(p) == '-') {
        ++p;
        neg = true;
    }
    bool error_if_nonzero = false;
    if (base == 0) {
        const char c1 = at(p + 1);
        if (at(p) != '0') base = 10;
        else if (c1 == 'x' || c1 == 'X') base = 16;
        else if (c1 == 'o' || c1 == 'O') base = 8;
        else if (c1 == 'b' || c1 == 'B') base = 2;
        else {
            error_if_nonzero = true;
            base = 10;
        }
    }
    if (at(p) == '0') {
        const char c1 = at(p + 1);
        if ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) ||
            (base == 2 && (c1 == 'b' || c1 == 'B'))) {
            p += 2;
            if (at(p) == '_') ++p;
        }
    }
    if (at(p) == '_') return fail();
    const size_t start = p;
    std::vector<uint8_t> digits;
    bool nonzero = false;
    char prev = 0;
    for (;;) {
        const char c = at(p);
        const int dv = digit_value(c);
        if (!(dv < base || c == '_')) break;
        if (c == '_') {
            if (prev == '_') return fail();
        } else {
            digits.push_back(static_cast<uint8_t>(dv));
            if (dv) nonzero = true;
        }
        prev = c;
        ++p;
    }
    if (prev == '_') return fail();
    const int64_t ndigits = static_cast<int64_t>(digits.size());
    const int64_t limit = int_max_str_digits();
    if (!bigint_detail::is_power_of_2_base(base) && limit > 0 && ndigits > limit)
        raise<ValueError>("Exceeds the limit (" + std::to_string(limit) +
                          " digits) for integer string conversion: value has " + std::to_string(ndigits) +
                          " digits; use sys.set_int_max_str_digits() to increase the limit");
    if (error_if_nonzero && nonzero) return fail();
    if (p == start) return fail();
    while (at(p) != '\0' && ascii_space(at(p))) ++p;
    if (p != s.size()) return fail();
    if (bigint_detail::is_power_of_2_base(base)) {
        // Linear time: each digit is a fixed number of bits.
        const unsigned k = static_cast<unsigned>(__builtin_ctz(static_cast<unsigned>(base)));
        Mag m((digits.size() * k + 31) / 32 + 1, 0);
        uint64_t bit = 0;
        for (size_t j = digits.size(); j-- > 0; bit += k) {
            const uint64_t v = static_cast<uint64_t>(digits[j]) << (bit % 32);
            m[bit / 32] |= static_cast<bigint_detail::limb>(v);
            if (v >> 32) m[bit / 32 + 1] |= static_cast<bigint_detail::limb>(v >> 32);
        }
        return BigInt(neg, std::move(m));
    }
    // Accumulate in chunks of chunk_len digits: base**chunk_len is the largest power below 2**32.
    int chunk_len = 0;
    for (uint64_t pw = static_cast<uint64_t>(base); pw <= 0xFFFFFFFFu; pw *= static_cast<uint64_t>(base)) ++chunk_len;
    Mag m;
    size_t i = 0;
    const size_t first = digits.size() % static_cast<size_t>(chunk_len);
    auto take = [&](size_t count) {
        uint32_t v = 0, f = 1;
        for (size_t k = 0; k < count; ++k, ++i) {
            v = v * static_cast<uint32_t>(base) + digits[i];
            f *= static_cast<uint32_t>(base);
        }
        bigint_detail::mul_small_add(m, f, v);
        bigint_detail::trim(m);
    };
    if (first) take(first);
    while (i < digits.size()) take(static_cast<size_t>(chunk_len));
    return BigInt(neg, std::move(m));
}

PYPORT_LIBFN std::string BigInt::format(std::string_view spec, const char* type_name) const {
    using namespace numfmt_detail;
    if (spec.empty()) return to_string();
    Spec f = parse_spec(spec, 'd', '>', type_name);
    switch (f.type) {
        case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
            return format_float_internal(to_double(), f);
        default:
            unknown_presentation_type(f.type, type_name);
    }
    if (f.precision != -1) raise<ValueError>("Precision not allowed in integer format specifier");
    if (f.no_neg_0) raise<ValueError>("Negative zero coercion (z) not allowed in integer format specifier");
    if (f.type == 'c') {
        if (f.sign) raise<ValueError>("Sign not allowed with integer format specifier 'c'");
        if (f.alternate) raise<ValueError>("Alternate form (#) not allowed with integer format specifier 'c'");
        if (!fits_i64()) raise<OverflowError>("Python int too large to convert to C long");
        return format_int(to_i64(), spec);
    }
    std::string digits;
    const char* prefix = "";
    switch (f.type) {
        case 'b': digits = to_base(2); prefix = "0b"; break;
        case 'o': digits = to_base(8); prefix = "0o"; break;
        case 'x': digits = to_base(16); prefix = "0x"; break;
        case 'X': digits = to_base(16, true); prefix = "0X"; break;
        default: {
            const int64_t limit = int_max_str_digits();
            if (limit > 0 && static_cast<double>(bit_length()) > (limit + 1) * 3.3219280948873623 + 1)
                str_limit_error();
            digits = decimal_digits();
            if (limit > 0 && static_cast<int64_t>(digits.size()) > limit) str_limit_error();
        }
    }
    return fill_number(f, neg_, f.alternate ? std::string_view(prefix) : std::string_view(), digits, false, {},
                       f.type == 'n' ? G_LOCALE : f.thousands);
}
#endif

// ========================================================================================= Int

namespace bigint_detail {
/// A shared, immutable heap BigInt (intrusive, single-threaded reference count).
struct BigBox {
    uint64_t refs;
    BigInt value;
};
}  // namespace bigint_detail

/// Python's `int`: int64 inline, a shared heap BigInt only when the value does not fit.
class Int {
public:
    /// A value and a heap pointer, never into itself: lists move Ints with memmove (list.hpp).
    using pyport_relocatable = void;
    constexpr Int() noexcept : v_(0), p_(nullptr) {}
    template <std::integral I>
        requires(sizeof(I) <= sizeof(int64_t))
    constexpr Int(I v) : v_(0), p_(nullptr) {  // NOLINT: implicit on purpose
        if constexpr (std::is_unsigned_v<I> && sizeof(I) >= sizeof(int64_t)) {
            if (v > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) [[unlikely]] {
                init_big(BigInt::from_u64(static_cast<uint64_t>(v)));
                return;
            }
        }
        v_ = static_cast<int64_t>(v);
    }
    Int(BigInt b) : v_(0), p_(nullptr) { init_big(std::move(b)); }  // NOLINT: implicit
    Int(BoolCell b) noexcept : v_(b.v), p_(nullptr) {}              // NOLINT: implicit

    Int(const Int& o) noexcept : v_(o.v_), p_(o.p_) {
        if (p_) ++p_->refs;
    }
    Int(Int&& o) noexcept : v_(o.v_), p_(o.p_) { o.p_ = nullptr; }
    Int& operator=(const Int& o) noexcept {
        if (o.p_) ++o.p_->refs;
        release();
        v_ = o.v_;
        p_ = o.p_;
        return *this;
    }
    Int& operator=(Int&& o) noexcept {
        if (this != &o) {
            release();
            v_ = o.v_;
            p_ = o.p_;
            o.p_ = nullptr;
        }
        return *this;
    }
    ~Int() { release(); }

    /// int(s, base).
    static Int parse(std::string_view s, int base = 10);
    /// int(x) for a float (truncation; OverflowError for inf, ValueError for nan).
    static Int from_double(double d);

    /// True when the value is stored inline (fits in int64).
    bool is_small() const noexcept { return p_ == nullptr; }
    /// The inline value (precondition: is_small()).
    int64_t small() const noexcept { return v_; }
    /// The heap value (precondition: !is_small()).
    const BigInt& big() const noexcept { return p_->value; }
    BigInt to_bigint() const { return p_ ? p_->value : BigInt(v_); }
    using Box = bigint_detail::BigBox;
    static const BigInt& big_of(int64_t v, const Box* p, BigInt& scratch) {
        if (p) return p->value;
        scratch = BigInt(v);
        return scratch;
    }
    /// The value as a BigInt without copying a heap value (`scratch` holds a small one).
    const BigInt& as_big(BigInt& scratch) const {
        if (p_) return p_->value;
        scratch = BigInt(v_);
        return scratch;
    }

    /// An index (`xs[i]`): IndexError when the value does not fit an index-sized integer.
    int64_t as_index() const {
        if (p_) [[unlikely]]
            raise_lit<IndexError>("cannot fit 'int' into an index-sized integer");
        return v_;
    }
    /// A size (`[0] * n`, `range(n)`): OverflowError when it does not fit.
    int64_t as_ssize() const {
        if (p_) [[unlikely]]
            raise_lit<OverflowError>("cannot fit 'int' into an index-sized integer");
        return v_;
    }

    int64_t bit_length() const {
        if (!p_) {
            const uint64_t m = v_ < 0 ? 0 - static_cast<uint64_t>(v_) : static_cast<uint64_t>(v_);
            return m ? 64 - __builtin_clzll(m) : 0;
        }
        return p_->value.bit_length();
    }
    /// float(x), correctly rounded (OverflowError "int too large to convert to float").
    double to_double() const { return p_ ? p_->value.to_double() : static_cast<double>(v_); }
    int64_t hash() const {
        if (!p_) {
            // Same formula as BigInt::hash, cheaper.
            constexpr uint64_t P = (uint64_t{1} << 61) - 1;
            const uint64_t m = v_ < 0 ? 0 - static_cast<uint64_t>(v_) : static_cast<uint64_t>(v_);
            int64_t r = static_cast<int64_t>(m % P);
            if (v_ < 0) r = -r;
            return r == -1 ? -2 : r;
        }
        return p_->value.hash();
    }
    int sign() const { return p_ ? p_->value.sign() : (v_ > 0) - (v_ < 0); }

    // Hooks used by py::repr / py::str / py::format / py::eq / py::lt / py::truthy.
    void py_repr(std::string& out) const {
        if (!p_) {
            char buf[24];
            auto r = std::to_chars(buf, buf + sizeof buf, v_);
            out.append(buf, r.ptr);
        } else {
            p_->value.append_decimal(out);
        }
    }
    std::string py_format(std::string_view spec) const;
    bool py_bool() const { return p_ != nullptr || v_ != 0; }
    /// py::hash(x) (hash.hpp): CPython's int hash.
    int64_t py_hash() const { return hash(); }
    /// Python truthiness (`if x:`); preferred over the int64 conversion below.
    explicit operator bool() const noexcept { return p_ != nullptr || v_ != 0; }
    /// Runtime functions written for int64 (sizes, counts, indexes) accept an Int through this:
    /// OverflowError "cannot fit 'int' into an index-sized integer" when it does not fit,
    /// never a truncated value.
    operator int64_t() const { return as_ssize(); }  // NOLINT: implicit on purpose
    /// `static_cast<double>(x)`: float(x), correctly rounded (OverflowError when too large).
    explicit operator double() const { return to_double(); }
    /// C's `/` and `%` on an Int would silently go through int64: generated code uses
    /// py::truediv / py::floordiv / py::mod instead.
    friend Int operator/(const Int&, const Int&) = delete;
    friend Int operator%(const Int&, const Int&) = delete;
    template <class X> bool py_eq(const X& x) const {
        if constexpr (is_none_v<X>) return false;
        else if constexpr (requires { *this == x; }) return *this == x;
        else return false;  // an int never equals a str, list, ... (`{1} == {"a"}`)
    }
    template <class X> bool py_lt(const X& x) const { return *this < x; }

    // ---------------------------------------------------------------- fast paths (inline)
    friend Int operator+(const Int& a, const Int& b) {
        int64_t r;
        const bool ovf = __builtin_add_overflow(a.v_, b.v_, &r);
        if (PYPORT_LIKELY(!(ovf | (a.p_ != nullptr) | (b.p_ != nullptr)))) return Int(r, Small{});
        return add_slow(a.v_, a.p_, b.v_, b.p_);
    }
    friend Int operator-(const Int& a, const Int& b) {
        int64_t r;
        const bool ovf = __builtin_sub_overflow(a.v_, b.v_, &r);
        if (PYPORT_LIKELY(!(ovf | (a.p_ != nullptr) | (b.p_ != nullptr)))) return Int(r, Small{});
        return sub_slow(a.v_, a.p_, b.v_, b.p_);
    }
    friend Int operator*(const Int& a, const Int& b) {
        int64_t r;
        const bool ovf = __builtin_mul_overflow(a.v_, b.v_, &r);
        if (PYPORT_LIKELY(!(ovf | (a.p_ != nullptr) | (b.p_ != nullptr)))) return Int(r, Small{});
        return mul_slow(a.v_, a.p_, b.v_, b.p_);
    }
    friend Int operator-(const Int& a) {
        if (PYPORT_LIKELY(!a.p_ && a.v_ != std::numeric_limits<int64_t>::min())) return Int(-a.v_, Small{});
        return Int(-a.to_bigint());
    }
    friend Int operator+(const Int& a) { return a; }
    friend Int operator~(const Int& a) {
        if (PYPORT_LIKELY(!a.p_)) return Int(~a.v_, Small{});
        return Int(~a.big());
    }
    friend Int operator&(const Int& a, const Int& b) {
        if (PYPORT_LIKELY(!(a.p_ || b.p_))) return Int(a.v_ & b.v_, Small{});
        return Int(a.to_bigint() & b.to_bigint());
    }
    friend Int operator|(const Int& a, const Int& b) {
        if (PYPORT_LIKELY(!(a.p_ || b.p_))) return Int(a.v_ | b.v_, Small{});
        return Int(a.to_bigint() | b.to_bigint());
    }
    friend Int operator^(const Int& a, const Int& b) {
        if (PYPORT_LIKELY(!(a.p_ || b.p_))) return Int(a.v_ ^ b.v_, Small{});
        return Int(a.to_bigint() ^ b.to_bigint());
    }
    /// a << n (ValueError "negative shift count").
    friend Int operator<<(const Int& a, const Int& n) {
        if (PYPORT_LIKELY(!(a.p_ || n.p_) && n.v_ >= 0 && n.v_ < 63)) {
            const int64_t r = static_cast<int64_t>(static_cast<uint64_t>(a.v_) << n.v_);
            if (PYPORT_LIKELY((r >> n.v_) == a.v_)) return Int(r, Small{});
        }
        return lshift_slow(a, n);
    }
    /// a >> n, rounding toward negative infinity (ValueError "negative shift count").
    friend Int operator>>(const Int& a, const Int& n) {
        if (PYPORT_LIKELY(!(a.p_ || n.p_) && n.v_ >= 0)) return Int(n.v_ >= 64 ? (a.v_ < 0 ? -1 : 0) : a.v_ >> n.v_, Small{});
        return rshift_slow(a, n);
    }
    friend Int& operator+=(Int& a, const Int& b) { return a = a + b; }
    friend Int& operator-=(Int& a, const Int& b) { return a = a - b; }
    friend Int& operator*=(Int& a, const Int& b) { return a = a * b; }
    friend Int& operator&=(Int& a, const Int& b) { return a = a & b; }
    friend Int& operator|=(Int& a, const Int& b) { return a = a | b; }
    friend Int& operator^=(Int& a, const Int& b) { return a = a ^ b; }
    friend Int& operator<<=(Int& a, const Int& n) { return a = a << n; }
    friend Int& operator>>=(Int& a, const Int& n) { return a = a >> n; }

    /// a // b (ZeroDivisionError "integer division or modulo by zero").
    friend Int floordiv(const Int& a, const Int& b) {
        if (PYPORT_LIKELY(!(a.p_ || b.p_) && b.v_ > 0)) {
            int64_t q = a.v_ / b.v_;
            if ((a.v_ % b.v_) < 0) --q;
            return Int(q, Small{});
        }
        return floordiv_slow(a, b);
    }
    /// a % b (ZeroDivisionError "integer modulo by zero"); the result has b's sign.
    friend Int mod(const Int& a, const Int& b) {
        if (PYPORT_LIKELY(!(a.p_ || b.p_) && b.v_ > 0)) {
            int64_t r = a.v_ % b.v_;
            if (r < 0) r += b.v_;
            return Int(r, Small{});
        }
        return mod_slow(a, b);
    }
    friend std::tuple<Int, Int> divmod(const Int& a, const Int& b) {
        if (PYPORT_LIKELY(!(a.p_ || b.p_) && b.v_ > 0)) {
            int64_t q = a.v_ / b.v_, r = a.v_ % b.v_;
            if (r < 0) {
                --q;
                r += b.v_;
            }
            return {Int(q, Small{}), Int(r, Small{})};
        }
        return divmod_slow(a, b);
    }

    // ------------------------------------------------------------------------ comparisons
    friend bool operator==(const Int& a, const Int& b) {
        if (PYPORT_LIKELY(!(a.p_ || b.p_))) return a.v_ == b.v_;
        if (a.p_ && b.p_) return a.p_ == b.p_ || a.p_->value == b.p_->value;
        return false;  // normalised: a big value never equals a small one
    }
    friend std::strong_ordering operator<=>(const Int& a, const Int& b) {
        if (PYPORT_LIKELY(!(a.p_ || b.p_))) return a.v_ <=> b.v_;
        return cmp_slow(a, b) <=> 0;
    }
    template <std::integral I> friend bool operator==(const Int& a, I b) { return a == Int(b); }
    template <std::integral I> friend std::strong_ordering operator<=>(const Int& a, I b) { return a <=> Int(b); }
    friend bool operator==(const Int& a, double d) {
        if (PYPORT_LIKELY(!a.p_) && a.v_ >= -(int64_t{1} << 53) && a.v_ <= (int64_t{1} << 53))
            return static_cast<double>(a.v_) == d;
        return cmp_double_slow(a, d) == 0;
    }
    friend std::partial_ordering operator<=>(const Int& a, double d) {
        if (PYPORT_LIKELY(!a.p_) && a.v_ >= -(int64_t{1} << 53) && a.v_ <= (int64_t{1} << 53))
            return static_cast<double>(a.v_) <=> d;
        const int c = cmp_double_slow(a, d);
        if (c == 2) return std::partial_ordering::unordered;
        return c <=> 0;
    }

    // ----------------------------------------------------------------- slow paths (cold)
    // + - * pass the operands' fields by value, so callers' Ints need no address (they can
    // live in registers in hot loops).
    [[gnu::cold]] static Int add_slow(int64_t av, const Box* ap, int64_t bv, const Box* bp);
    [[gnu::cold]] static Int sub_slow(int64_t av, const Box* ap, int64_t bv, const Box* bp);
    [[gnu::cold]] static Int mul_slow(int64_t av, const Box* ap, int64_t bv, const Box* bp);
    [[gnu::cold]] static Int floordiv_slow(const Int& a, const Int& b);
    [[gnu::cold]] static Int mod_slow(const Int& a, const Int& b);
    [[gnu::cold]] static std::tuple<Int, Int> divmod_slow(const Int& a, const Int& b);
    [[gnu::cold]] static Int lshift_slow(const Int& a, const Int& n);
    [[gnu::cold]] static Int rshift_slow(const Int& a, const Int& n);
    [[gnu::cold]] static int cmp_slow(const Int& a, const Int& b);
    [[gnu::cold]] static int cmp_double_slow(const Int& a, double d);

private:
    struct Small {};
    constexpr Int(int64_t v, Small) noexcept : v_(v), p_(nullptr) {}

    int64_t v_;                      // the value when p_ is null (0 otherwise)
    bigint_detail::BigBox* p_;       // the value when it does not fit in int64

    void init_big(BigInt&& b);
    // Dropping a small value is one test, inlined everywhere; a big one's release is out of line.
    void release() noexcept {
        if (p_) [[unlikely]]
            release_big();
    }
    [[gnu::noinline]] PYPORT_LIBFN void release_big() noexcept;
};

#if PYPORT_LIB_BODIES
void Int::release_big() noexcept {
    if (--p_->refs == 0) delete p_;
}
PYPORT_LIBFN Int Int::parse(std::string_view s, int base) {
    // Fast path: a plain decimal of at most 18 digits, optionally signed.
    if (base == 10 && !s.empty() && s.size() <= 19) {
        size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
        if (i < s.size() && s.size() - i <= 18) {
            int64_t v = 0;
            size_t k = i;
            for (; k < s.size() && s[k] >= '0' && s[k] <= '9'; ++k) v = v * 10 + (s[k] - '0');
            if (k == s.size()) return Int(s[0] == '-' ? -v : v);
        }
    }
    return Int(BigInt::parse(s, base));
}

PYPORT_LIBFN Int Int::from_double(double d) {
    if (d > -9223372036854775808.0 && d < 9223372036854775808.0) return Int(static_cast<int64_t>(d));
    return Int(BigInt::from_double(d));
}

PYPORT_LIBFN std::string Int::py_format(std::string_view spec) const {
    return p_ ? p_->value.format(spec) : format_int(v_, spec);
}

PYPORT_LIBFN Int Int::add_slow(int64_t av, const Box* ap, int64_t bv, const Box* bp) {
    BigInt x, y;
    return Int(big_of(av, ap, x) + big_of(bv, bp, y));
}

PYPORT_LIBFN Int Int::sub_slow(int64_t av, const Box* ap, int64_t bv, const Box* bp) {
    BigInt x, y;
    return Int(big_of(av, ap, x) - big_of(bv, bp, y));
}

PYPORT_LIBFN Int Int::mul_slow(int64_t av, const Box* ap, int64_t bv, const Box* bp) {
    BigInt x, y;
    return Int(big_of(av, ap, x) * big_of(bv, bp, y));
}

PYPORT_LIBFN Int Int::floordiv_slow(const Int& a, const Int& b) {
    if (!(a.p_ || b.p_)) {
        if (b.v_ == 0) raise_lit<ZeroDivisionError>("integer division or modulo by zero");
        if (!(b.v_ == -1 && a.v_ == std::numeric_limits<int64_t>::min())) {
            int64_t q = a.v_ / b.v_, r = a.v_ % b.v_;
            if (r != 0 && ((r ^ b.v_) < 0)) --q;
            return Int(q, Small{});
        }
    }
    BigInt x, y;
    return Int(floordiv(a.as_big(x), b.as_big(y)));
}

PYPORT_LIBFN Int Int::mod_slow(const Int& a, const Int& b) {
    if (!(a.p_ || b.p_)) {
        if (b.v_ == 0) raise_lit<ZeroDivisionError>("integer modulo by zero");
        if (b.v_ == -1) return Int();
        int64_t r = a.v_ % b.v_;
        if (r != 0 && ((r ^ b.v_) < 0)) r += b.v_;
        return Int(r, Small{});
    }
    if (b.p_ == nullptr && b.v_ == 0) raise_lit<ZeroDivisionError>("integer modulo by zero");
    BigInt x, y;
    return Int(mod(a.as_big(x), b.as_big(y)));
}

PYPORT_LIBFN std::tuple<Int, Int> Int::divmod_slow(const Int& a, const Int& b) {
    BigInt q, r;
    BigInt x, y;
    BigInt::divmod(a.as_big(x), b.as_big(y), q, r);
    return {Int(std::move(q)), Int(std::move(r))};
}

PYPORT_LIBFN Int Int::lshift_slow(const Int& a, const Int& n) {
    if (n.sign() < 0) raise_lit<ValueError>("negative shift count");
    if (a.sign() == 0) return Int();
    if (n.p_) raise_lit<OverflowError>("too many digits in integer");
    BigInt x;
    return Int(a.as_big(x) << static_cast<uint64_t>(n.v_));
}

PYPORT_LIBFN Int Int::rshift_slow(const Int& a, const Int& n) {
    if (n.sign() < 0) raise_lit<ValueError>("negative shift count");
    if (n.p_) return Int(a.sign() < 0 ? -1 : 0);
    BigInt x;
    return Int(a.as_big(x) >> static_cast<uint64_t>(n.v_));
}

PYPORT_LIBFN int Int::cmp_slow(const Int& a, const Int& b) {
    BigInt x, y;
    return cmp(a.as_big(x), b.as_big(y));
}

PYPORT_LIBFN int Int::cmp_double_slow(const Int& a, double d) {
    if (!a.p_) return compare_int_float(a.v_, d);
    return cmp_double(a.p_->value, d);
}

PYPORT_LIBFN void Int::init_big(BigInt&& b) {
    if (b.fits_i64()) {
        v_ = b.to_i64();
        p_ = nullptr;
    } else {
        p_ = new bigint_detail::BigBox{1, std::move(b)};
    }
}
#endif

Int floordiv(const Int& a, const Int& b);
Int mod(const Int& a, const Int& b);
std::tuple<Int, Int> divmod(const Int& a, const Int& b);

static_assert(sizeof(Int) == 16, "py::Int must stay two words");

// ------------------------------------------------------------- int.hpp-style named functions
// `line` is accepted for symmetry with the checked int64 functions; an Int never overflows.

inline Int add(const Int& a, const Int& b, int /*line*/) { return a + b; }
inline Int sub(const Int& a, const Int& b, int /*line*/) { return a - b; }
inline Int mul(const Int& a, const Int& b, int /*line*/) { return a * b; }
inline Int neg(const Int& a, int /*line*/) { return -a; }
inline Int iabs(const Int& a, int /*line*/) { return a.sign() < 0 ? -a : a; }
inline Int floordiv(const Int& a, const Int& b, int /*line*/) { return floordiv(a, b); }
inline Int mod(const Int& a, const Int& b, int /*line*/) { return mod(a, b); }
inline std::tuple<Int, Int> divmod(const Int& a, const Int& b, int /*line*/) { return divmod(a, b); }
inline Int lshift(const Int& a, const Int& n, int /*line*/) { return a << n; }
inline Int rshift(const Int& a, const Int& n, int /*line*/) { return a >> n; }
inline Int bit_and(const Int& a, const Int& b) { return a & b; }
inline Int bit_or(const Int& a, const Int& b) { return a | b; }
inline Int bit_xor(const Int& a, const Int& b) { return a ^ b; }
inline Int invert(const Int& a) { return ~a; }
inline int64_t bit_length(const Int& a) { return a.bit_length(); }
inline double int_to_float(const Int& a) { return a.to_double(); }
inline int64_t hash_int(const Int& a) { return a.hash(); }

/// `a ** b` for b >= 0 (for b < 0 Python gives a float: use int_pow_float).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Int ipow(const Int& a, const Int& b, int /*line*/) {
    if (b.sign() < 0) internal_error("ipow called with a negative exponent");
    if (a.is_small() && b.is_small()) {
        int64_t base = a.small(), e = b.small(), result = 1;
        bool ok = true;
        for (;;) {
            if (e & 1) ok &= !__builtin_mul_overflow(result, base, &result);
            e >>= 1;
            if (!e || !ok) break;
            ok &= !__builtin_mul_overflow(base, base, &base);
            if (!ok) break;
        }
        if (ok) return Int(result);
    }
    const BigInt ab = a.to_bigint();
    if (!b.is_small()) {
        // A huge exponent: only 0, 1 and -1 give a representable result.
        if (ab.is_zero()) return Int();
        if (ab.bit_length() == 1) {
            const bool odd = (b.big().magnitude()[0] & 1) != 0;
            return Int(ab.is_negative() && odd ? -1 : 1);
        }
        throw std::bad_alloc();
    }
    return Int(pow(ab, static_cast<uint64_t>(b.small())));
}
#else
Int ipow(const Int& a, const Int& b, int /*line*/);
#endif

/// `a ** b` with b < 0: a float, as CPython (float(a) ** float(b)).
inline double int_pow_float(const Int& a, const Int& b) { return float_pow(a.to_double(), b.to_double()); }

#ifndef PYPORT_INT64
// ------------------------------------------- the named functions on two plain C++ integers
// Literals, loop counters and len() results are int64 in generated code. The same Python
// operators on them are exact too: the int64 result inline when it fits, else an Int holding
// the BigInt (under PYPORT_INT64 int.hpp's checked versions stop instead). Overflow leaves
// through a cold out-of-line call, so a loop keeps only the flag test.

namespace bigint_detail {
[[PYPORT_COLD]] inline Int neg_min() { return Int(-BigInt(std::numeric_limits<int64_t>::min())); }
}  // namespace bigint_detail

inline Int add(int64_t a, int64_t b, int /*line*/) {
    int64_t r;
    if (!__builtin_add_overflow(a, b, &r)) [[likely]]
        return Int(r);
    return Int::add_slow(a, nullptr, b, nullptr);
}
inline Int sub(int64_t a, int64_t b, int /*line*/) {
    int64_t r;
    if (!__builtin_sub_overflow(a, b, &r)) [[likely]]
        return Int(r);
    return Int::sub_slow(a, nullptr, b, nullptr);
}
inline Int mul(int64_t a, int64_t b, int /*line*/) {
    int64_t r;
    if (!__builtin_mul_overflow(a, b, &r)) [[likely]]
        return Int(r);
    return Int::mul_slow(a, nullptr, b, nullptr);
}
inline Int neg(int64_t a, int /*line*/) {
    if (a != INT_MIN64) [[likely]]
        return Int(-a);
    return bigint_detail::neg_min();
}
inline Int iabs(int64_t a, int /*line*/) {
    if (a != INT_MIN64) [[likely]]
        return Int(a < 0 ? -a : a);
    return bigint_detail::neg_min();
}
/// `a // b` (ZeroDivisionError; INT64_MIN // -1 is 2**63).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Int floordiv(int64_t a, int64_t b, int /*line*/) {
    if (b > 0) [[likely]] {
        int64_t q = a / b;
        if ((a % b) < 0) --q;
        return Int(q);
    }
    if (b == 0) raise_lit<ZeroDivisionError>("integer division or modulo by zero");
    if (b == -1) return a == INT_MIN64 ? bigint_detail::neg_min() : Int(-a);
    int64_t q = a / b, r = a % b;
    if (r != 0 && ((r ^ b) < 0)) --q;
    return Int(q);
}
/// `a % b` (ZeroDivisionError; the result has b's sign; never overflows).
PYPORT_LIBFN Int mod(int64_t a, int64_t b, int /*line*/) {
    if (b > 0) [[likely]] {
        int64_t r = a % b;
        if (r < 0) r += b;
        return Int(r);
    }
    if (b == 0) raise_lit<ZeroDivisionError>("integer modulo by zero");
    if (b == -1) return Int();
    int64_t r = a % b;
    if (r != 0 && ((r ^ b) < 0)) r += b;
    return Int(r);
}
PYPORT_LIBFN std::tuple<Int, Int> divmod(int64_t a, int64_t b, int /*line*/) {
    if (b == 0) raise_lit<ZeroDivisionError>("integer division or modulo by zero");
    if (b == -1) return {a == INT_MIN64 ? bigint_detail::neg_min() : Int(-a), Int()};
    int64_t q = a / b, r = a % b;
    if (r != 0 && ((r ^ b) < 0)) {
        --q;
        r += b;
    }
    return {Int(q), Int(r)};
}
#else
Int floordiv(int64_t a, int64_t b, int /*line*/);
Int mod(int64_t a, int64_t b, int /*line*/);
std::tuple<Int, Int> divmod(int64_t a, int64_t b, int /*line*/);
#endif
/// `base ** exp` for exp >= 0 (the compiler routes negative exponents to floats).
inline Int ipow(int64_t base, int64_t exp, int line) { return ipow(Int(base), Int(exp), line); }
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Int lshift(int64_t a, int64_t n, int /*line*/) {
    if (n >= 0 && n < 63) [[likely]] {
        const int64_t r = static_cast<int64_t>(static_cast<uint64_t>(a) << n);
        if ((r >> n) == a) [[likely]]
            return Int(r);
    }
    return Int(a) << Int(n);
}
#else
Int lshift(int64_t a, int64_t n, int /*line*/);
#endif
inline Int rshift(int64_t a, int64_t n, int /*line*/) {
    if (n < 0) [[unlikely]]
        raise_lit<ValueError>("negative shift count");
    return Int(n >= 64 ? (a < 0 ? -1 : 0) : a >> n);
}
/// `a // d` and `a % d` for a constant d > 0 (no zero or overflow check needed; the constant
/// lets the compiler divide by multiplication).
template <std::integral A, std::integral D>
inline Int floordiv_by_positive(A a, D d) {
    const int64_t x = a, y = d;
    const int64_t q = x / y;
    return Int(q - ((x % y) < 0));
}
template <std::integral A, std::integral D>
inline Int mod_by_positive(A a, D d) {
    const int64_t x = a, y = d;
    const int64_t r = x % y;
    return Int(r < 0 ? r + y : r);
}
#endif  // !PYPORT_INT64

/// `pow(base, exp, mod)` as CPython (negative exp uses the modular inverse).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Int pow_mod(const Int& base, const Int& exp, const Int& m, int /*line*/) {
    if (base.is_small() && exp.is_small() && m.is_small() && exp.small() >= 0 && m.small() != 0) {
        // All small, non-negative exponent: 128-bit intermediates suffice.
        using i128 = __int128;
        const int64_t mv = m.small();
        const i128 am = mv < 0 ? -static_cast<i128>(mv) : static_cast<i128>(mv);
        i128 b = static_cast<i128>(base.small()) % am;
        if (b < 0) b += am;
        uint64_t e = static_cast<uint64_t>(exp.small());
        i128 r = 1 % am;
        while (e) {
            if (e & 1) r = r * b % am;
            b = b * b % am;
            e >>= 1;
        }
        int64_t out = static_cast<int64_t>(r);
        if (mv < 0 && out != 0) out += mv;
        return Int(out);
    }
    return Int(BigInt::pow_mod(base.to_bigint(), exp.to_bigint(), m.to_bigint()));
}
#else
Int pow_mod(const Int& base, const Int& exp, const Int& m, int /*line*/);
#endif

/// `a / b` for ints: the correctly rounded float, as CPython's long_true_divide.
inline double truediv(const Int& a, const Int& b) {
    if (a.is_small() && b.is_small()) [[likely]]
        return int_truediv(a.small(), b.small());
    BigInt x, y;
    return truediv(a.as_big(x), b.as_big(y));
}
inline double truediv(const Int& a, const Int& b, int /*line*/) { return truediv(a, b); }

// ----------------------------------------------------------------------- mixed with floats
inline double operator+(const Int& a, double b) { return a.to_double() + b; }
inline double operator+(double a, const Int& b) { return a + b.to_double(); }
inline double operator-(const Int& a, double b) { return a.to_double() - b; }
inline double operator-(double a, const Int& b) { return a - b.to_double(); }
inline double operator*(const Int& a, double b) { return a.to_double() * b; }
inline double operator*(double a, const Int& b) { return a * b.to_double(); }
inline double truediv(const Int& a, double b) { return fdiv(a.to_double(), b); }
inline double truediv(double a, const Int& b) { return fdiv(a, b.to_double()); }
inline double floordiv(const Int& a, double b) { return float_floordiv(a.to_double(), b); }
inline double floordiv(double a, const Int& b) { return float_floordiv(a, b.to_double()); }
inline double mod(const Int& a, double b) { return float_mod(a.to_double(), b); }
inline double mod(double a, const Int& b) { return float_mod(a, b.to_double()); }

// Int mixed with other integer types must not fall back to the double overloads above.
#define PYPORT_INT_MIXED(OP)                                                                        \
    template <std::integral I> inline Int operator OP(const Int& a, I b) { return a OP Int(b); } \
    template <std::integral I> inline Int operator OP(I a, const Int& b) { return Int(a) OP b; }
PYPORT_INT_MIXED(+)
PYPORT_INT_MIXED(-)
PYPORT_INT_MIXED(*)
PYPORT_INT_MIXED(&)
PYPORT_INT_MIXED(|)
PYPORT_INT_MIXED(^)
PYPORT_INT_MIXED(<<)
PYPORT_INT_MIXED(>>)
#undef PYPORT_INT_MIXED

// The named functions with an Int and a plain integer (a literal, a len(), a loop counter):
// without these, int.hpp's int64 overloads and the Int ones above would be equally good.
// The Int parameter is deduced (`T` must be Int itself), so two plain integers never convert
// to Int to reach these: they keep int.hpp's overloads, unambiguously.
#define PYPORT_INT_MIXED_FN(F)                                                                                 \
    template <class T, std::integral I>                                                                        \
        requires std::same_as<T, Int>                                                                          \
    inline auto F(const T& a, I b, int line) { return F(a, Int(b), line); }                                   \
    template <class T, std::integral I>                                                                        \
        requires std::same_as<T, Int>                                                                          \
    inline auto F(I a, const T& b, int line) { return F(Int(a), b, line); }
PYPORT_INT_MIXED_FN(add)
PYPORT_INT_MIXED_FN(sub)
PYPORT_INT_MIXED_FN(mul)
PYPORT_INT_MIXED_FN(floordiv)
PYPORT_INT_MIXED_FN(mod)
PYPORT_INT_MIXED_FN(divmod)
PYPORT_INT_MIXED_FN(lshift)
PYPORT_INT_MIXED_FN(rshift)
PYPORT_INT_MIXED_FN(ipow)
PYPORT_INT_MIXED_FN(truediv)
#undef PYPORT_INT_MIXED_FN
#define PYPORT_INT_MIXED_FN2(F)                                                                   \
    template <class T, std::integral I>                                                           \
        requires std::same_as<T, Int>                                                             \
    inline Int F(const T& a, I b) { return F(a, Int(b)); }                                        \
    template <class T, std::integral I>                                                           \
        requires std::same_as<T, Int>                                                             \
    inline Int F(I a, const T& b) { return F(Int(a), b); }
PYPORT_INT_MIXED_FN2(bit_and)
PYPORT_INT_MIXED_FN2(bit_or)
PYPORT_INT_MIXED_FN2(bit_xor)
#undef PYPORT_INT_MIXED_FN2
template <class A, class B, class C>
    requires((std::same_as<A, Int> || std::same_as<B, Int> || std::same_as<C, Int>) &&
             !(std::same_as<A, Int> && std::same_as<B, Int> && std::same_as<C, Int>) &&
             (std::same_as<A, Int> || std::integral<A>) && (std::same_as<B, Int> || std::integral<B>) &&
             (std::same_as<C, Int> || std::integral<C>))
inline Int pow_mod(const A& b, const B& e, const C& m, int line) {
    return pow_mod(Int(b), Int(e), Int(m), line);
}

// py::eq(x, Int) with a plain number on the left: the generic py::eq would call it unequal.
template <class A>
    requires(is_int_v<A> || is_float_v<A>)
inline bool eq(const A& a, const Int& b) { return b == a; }
template <class A>
    requires(is_int_v<A> || is_float_v<A>)
inline bool ne(const A& a, const Int& b) { return !(b == a); }
// ... and py::lt & co. would not compile (rich_cmp looks for a member on the left operand).
template <class A>
    requires(is_int_v<A> || is_float_v<A>)
inline bool lt(const A& a, const Int& b) { return a < b; }
template <class A>
    requires(is_int_v<A> || is_float_v<A>)
inline bool le(const A& a, const Int& b) { return a <= b; }
template <class A>
    requires(is_int_v<A> || is_float_v<A>)
inline bool gt(const A& a, const Int& b) { return a > b; }
template <class A>
    requires(is_int_v<A> || is_float_v<A>)
inline bool ge(const A& a, const Int& b) { return a >= b; }

// ... and with the plain number on the right (py::gt(big, 1.5)).
template <class B>
    requires(is_int_v<B> || is_float_v<B>)
inline bool lt(const Int& a, const B& b) { return a < b; }
template <class B>
    requires(is_int_v<B> || is_float_v<B>)
inline bool le(const Int& a, const B& b) { return a <= b; }
template <class B>
    requires(is_int_v<B> || is_float_v<B>)
inline bool gt(const Int& a, const B& b) { return a > b; }
template <class B>
    requires(is_int_v<B> || is_float_v<B>)
inline bool ge(const Int& a, const B& b) { return a >= b; }

/// `a / b` of two ints (generated code's name for it), exact for Ints.
inline double int_truediv(const Int& a, const Int& b) { return truediv(a, b); }
// `A` is `Int` itself (not a type converting to it): `int_truediv(i, 7)` with an int64_t `i` is the
// int64 overload's, not an ambiguity g++ only warns about.
template <std::same_as<Int> A, std::integral I> inline double int_truediv(const A& a, I b) { return truediv(a, Int(b)); }
template <std::integral I, std::same_as<Int> B> inline double int_truediv(I a, const B& b) { return truediv(Int(a), b); }

// int.hpp's helpers for a positive constant divisor and bit counts, for an Int.
template <std::integral I> inline Int floordiv_by_positive(const Int& a, I d) { return floordiv(a, Int(d)); }
template <std::integral I> inline Int mod_by_positive(const Int& a, I d) { return mod(a, Int(d)); }
inline int64_t int_bit_length(const Int& a) { return a.bit_length(); }
inline int64_t int_bit_count(const Int& a) {
    if (a.is_small()) return int_bit_count(a.small());
    const BigInt m = a.sign() < 0 ? -a.big() : a.big();
    int64_t n = 0;
    for (char c : m.to_base(2, false)) n += c == '1';
    return n;
}

/// The C++ type of a Python `int` in generated code: exact by default, the checked int64 of
/// int.hpp when PYPORT_INT64 is defined (`pyport convert --int64`).
#ifdef PYPORT_INT64
using int_t = int64_t;
#else
using int_t = Int;
#endif

}  // namespace py

/// Hashing for unordered containers: Python's hash(x).
template <>
struct std::hash<py::Int> {
    size_t operator()(const py::Int& x) const noexcept { return static_cast<size_t>(x.hash()); }
};
