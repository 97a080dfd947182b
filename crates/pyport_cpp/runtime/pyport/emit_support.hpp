//! Small helpers the code generator relies on for Python's evaluation order and unpacking rules.
#pragma once
#include "prebuilt.hpp"
#include <array>
#include <cstdint>
#include <variant>
#include <tuple>
#include <utility>
#include <initializer_list>
#include <vector>
#include <optional>
#include <string>

#include "base.hpp"
#include "except.hpp"

namespace py {

/// Concatenates pieces that were evaluated left to right (a braced list guarantees that order in C++).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN std::string join_in_order(std::initializer_list<std::string> parts) {
    size_t n = 0;
    for (const auto& p : parts) n += p.size();
    std::string out;
    out.reserve(n);
    for (const auto& p : parts) out += p;
    return out;
}
#else
std::string join_in_order(std::initializer_list<std::string> parts);
#endif

/// `a, b = xs`: CPython's ValueError when the list has the wrong length.
inline void check_unpack(int64_t have, int64_t want, int /*line*/) {
    if (have > want)
        raise<ValueError>("too many values to unpack (expected " + std::to_string(want) + ")");
    if (have < want)
        raise<ValueError>("not enough values to unpack (expected " + std::to_string(want) + ", got " +
                          std::to_string(have) + ")");
}

/// `a, b = u` for a union of lists and tuples of one item type `T`: the `N` items of whichever
/// the union holds (one switch, in the runtime, instead of the targets' code once per member).
template <class T, size_t N, class U>
inline std::array<T, N> unpack_seq_union(const U& u, int line) {
    return std::visit(
        [&](const auto& seq) {
            check_unpack(int64_t(seq.size()), int64_t(N), line);
            return [&]<size_t... I>(std::index_sequence<I...>) { return std::array<T, N>{T(seq.raw(I))...}; }(std::make_index_sequence<N>{});
        },
        u.v);
}

/// `a, b = gen`: the items of a generator or iterator, at most `want + 1` of them pulled (as
/// CPython does: an endless generator still gives its ValueError), with CPython's errors.
template <class T, class It>
inline List<T> unpack_items(It&& iterable, int64_t want, int line) {
    List<T> out;
    for (auto&& x : iterable) {
        if (int64_t(out.size()) == want) check_unpack(want + 1, want, line);
        out.append(T(x));
    }
    check_unpack(int64_t(out.size()), want, line);
    return out;
}

/// `xs *= n`: repeats the list in place, so aliases see the change.
template <class L>
inline void list_imul(const L& xs, int64_t n) {
    auto repeated = list_repeat(xs, n);
    xs.vec() = std::move(repeated.vec());
}

/// A new `List<T>` from any iterable, converting each element (e.g. ints into an int-or-float list).
template <class T, class It>
inline List<T> list_convert(It&& iterable) {
    List<T> out;
    for (auto&& x : iterable) out.append(T(x));
    return out;
}

/// `a, *rest, z = xs`: CPython's ValueError when xs has fewer items than the plain targets.
inline void check_unpack_at_least(int64_t have, int64_t want, int /*line*/) {
    if (have < want)
        raise<ValueError>("not enough values to unpack (expected at least " + std::to_string(want) + ", got " +
                          std::to_string(have) + ")");
}

/// An int-or-float used where Python needs an int (`range`, list repetition, indexes).
inline int_t num_as_index(const Num& x) {
    if (x.is_float) [[unlikely]]
        raise<TypeError>("'float' object cannot be interpreted as an integer");
    return x.i;
}

/// An int-or-float used where Python needs an int, with CPython's TypeError for that place
/// (`can't multiply sequence by non-int of type 'float'`, `list indices must be ...`).
inline int_t num_int_or(const Num& x, const char* msg) {
    if (x.is_float) [[unlikely]]
        raise_lit<TypeError>(msg);
    return x.i;
}

/// An int-or-float argument of three-argument `pow` (CPython's TypeError when it is a float).
inline int_t num_as_pow_int(const Num& x) {
    if (x.is_float) [[unlikely]]
        raise_lit<TypeError>("pow() 3rd argument not allowed unless all arguments are integers");
    return x.i;
}

/// `pow(base, exp, mod)` for ints, as CPython (negative exponents use the modular inverse).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN int64_t pow_mod(int64_t base, int64_t exp, int64_t mod, int /*line*/) {
    if (mod == 0) raise<ValueError>("pow() 3rd argument cannot be 0");
    using i128 = __int128;
    const i128 m = mod < 0 ? -static_cast<i128>(mod) : static_cast<i128>(mod);
    i128 b = static_cast<i128>(base) % m;
    if (b < 0) b += m;
    if (exp < 0) {
        // Modular inverse by the extended Euclidean algorithm.
        i128 r0 = m, r1 = b, t0 = 0, t1 = 1;
        while (r1 != 0) {
            i128 q = r0 / r1;
            i128 r2 = r0 - q * r1;
            r0 = r1;
            r1 = r2;
            i128 t2 = t0 - q * t1;
            t0 = t1;
            t1 = t2;
        }
        if (r0 != 1) raise<ValueError>("base is not invertible for the given modulus");
        b = t0 % m;
        if (b < 0) b += m;
    }
    // |exp| as unsigned: exact even for INT64_MIN.
    uint64_t e = exp < 0 ? static_cast<uint64_t>(-(exp + 1)) + 1 : static_cast<uint64_t>(exp);
    i128 result = 1 % m;
    while (e) {
        if (e & 1) result = result * b % m;
        b = b * b % m;
        e >>= 1;
    }
    // The result takes the sign of the modulus, as Python's `%`.
    int64_t r = static_cast<int64_t>(result);
    if (mod < 0 && r != 0) r += mod;
    return r;
}

/// `round(x, ndigits)` for an int: unchanged for ndigits >= 0, else rounded half to even at 10**-ndigits.
PYPORT_LIBFN int64_t round_int(int64_t x, int64_t ndigits, int line) {
    if (ndigits >= 0) return x;
    if (ndigits < -19) return 0;  // |x| < 9.3e18 < 0.5 * 10**20
    if (ndigits == -19) {
        // Rounds to 0 or to +-10**19, which does not fit in 64 bits.
        if (x > 5000000000000000000LL || x < -5000000000000000000LL) int_overflow(line, "round()");
        return 0;
    }
    int64_t p = 1;
    for (int64_t i = 0; i < -ndigits; ++i) p *= 10;
    int64_t q = floordiv(x, p, line);
    int64_t r = x - q * p;  // 0 <= r < p
    if (2 * static_cast<__int128>(r) > p || (2 * static_cast<__int128>(r) == p && (q & 1))) q += 1;
    return mul(q, p, line);
}
#else
int64_t pow_mod(int64_t base, int64_t exp, int64_t mod, int /*line*/);
int64_t round_int(int64_t x, int64_t ndigits, int line);
#endif

/// `print(*xs)`: appends `str(x)` of every item of an iterable.
template <class It>
inline void print_items_of(It&& iterable, std::vector<Str>& items) {
    for (auto&& x : iterable) items.push_back(py::str(x));
}

/// Prints already-converted items separated by `sep`, then `end`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN void print_joined(const std::vector<Str>& items, const std::string& sep, const std::string& end) {
    std::string line;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) line += sep;
        line += items[i];
    }
    line += end;
    stdout_write(line);
}
#else
void print_joined(const std::vector<Str>& items, const std::string& sep, const std::string& end);
#endif

/// A copy of a value (a `for` loop iterates the object, not the variable that named it).
template <class T>
inline T decay_copy(const T& x) {
    return x;
}

/// The value of an optional that Python code uses as a value; `None` there is Python's TypeError.
template <class T>
inline const T& unwrap(const std::optional<T>& o) {
    if (!o.has_value()) [[unlikely]]
        raise<TypeError>("'NoneType' object used where a value is needed");
    return *o;
}
/// Of a temporary (`for x in f()` where `f` may return None): the value itself, so a range-for
/// over it does not outlive the optional that held it.
template <class T>
inline T unwrap(std::optional<T>&& o) {
    if (!o.has_value()) [[unlikely]]
        raise<TypeError>("'NoneType' object used where a value is needed");
    return std::move(*o);
}

/// A value typed as maybe-None that is never None (a slice of a maybe-None tuple): itself.
template <class T>
    requires(!is_optional_v<T>)
inline std::remove_cvref_t<T> unwrap(T&& x) {
    return std::forward<T>(x);
}

/// Whether an operand typed as maybe-None holds None (never, for a value of that type that is
/// never None: `unwrap`'s last overload). `optional_binop_code` in the emitter.
template <class T>
inline bool none_operand(const T& x) {
    if constexpr (is_optional_v<T>)
        return !x.has_value();
    else
        return false;
}

/// The value of an optional an augmented assignment reads (`xs[i] += 1`): None there is CPython's
/// TypeError `msg` ("unsupported operand type(s) for +=: 'NoneType' and 'int'").
template <class T>
inline const T& unwrap_msg(const std::optional<T>& o, const char* msg) {
    if (!o.has_value()) [[unlikely]]
        raise<TypeError>(msg);
    return *o;
}

/// The container inside an optional that Python code stores into (`cache[k][n] = v` where
/// `cache[k]` may be None): CPython's TypeError for None.
template <class T>
inline T& unwrap_for_store(std::optional<T>& o) {
    if (!o.has_value()) [[unlikely]]
        raise<TypeError>("'NoneType' object does not support item assignment");
    return *o;
}

/// The same for an optional held by a const reference (a parameter): containers are handles
/// to shared storage, so a copy stores into the same object.
template <class T>
inline T unwrap_for_store(const std::optional<T>& o) {
    if (!o.has_value()) [[unlikely]]
        raise<TypeError>("'NoneType' object does not support item assignment");
    return *o;
}

}  // namespace py

namespace py {

/// `a is b` for two mutable containers of one type (lists, dicts, sets, deques): the same storage.
template <class A>
inline bool same_container(const A& a, const A& b) {
    if constexpr (requires { a.is(b); }) return a.is(b);
    else return static_cast<const void*>(a.body().get()) == static_cast<const void*>(b.body().get());
}

/// `t[i]` for a tuple and an index known only at run time; every item converts to `R`
/// (IndexError "tuple index out of range", as CPython).
template <class R, class Tup>
inline R tuple_getitem(const Tup& t, int64_t i) {
    constexpr int64_t n = static_cast<int64_t>(std::tuple_size_v<Tup>);
    if (i < 0) i += n;
    if (i < 0 || i >= n) [[unlikely]]
        raise_lit<IndexError>("tuple index out of range");
    R out{};
    [&]<size_t... I>(std::index_sequence<I...>) {
        ((static_cast<int64_t>(I) == i ? (out = R(std::get<I>(t)), 0) : 0), ...);
    }(std::make_index_sequence<static_cast<size_t>(n)>{});
    return out;
}

/// `hash(x)` of a value CPython cannot hash (a list field of a namedtuple being hashed).
[[noreturn, PYPORT_COLD]] inline int64_t unhashable(const char* type) {
    raise<TypeError>(std::string("unhashable type: '") + type + "'");
}

}  // namespace py
