//! The `random` module: CPython 3.11's Mersenne Twister and every `random.Random` method on top of it, bit for bit (same seed, same numbers).
//
// API (for the compiler; Python spelling → C++):
//
//   random.Random(x)            → py::Random(x)          (x: anything `seed` takes; no argument: OS entropy)
//   random.<fn>(...)            → py::random_<fn>(...)   (the module's hidden shared instance, py::random_default();
//                                                         every method below has a module-level twin)
//   r.<fn>(...) on a Random     → r.<fn>(...)            (py::Random is a handle: copies alias one generator,
//                                                         like Python references)
//
// Seeding (resets the `gauss` pair like CPython):
//   void seed()                                  seed() / seed(None): 624 words of OS entropy
//   void seed(const X& a)                        X: bool, any integer, double, py::Num, std::nullopt_t/NoneType,
//                                                std::optional<...>, or a string (str: UTF-8 → sha512, version 2)
//   void seed(const X& a, int64_t version)       version=1 for str/bytes: CPython's old string hash
//   void seed_bytes(std::string_view b, int64_t version = 2)   bytes / bytearray seeds
//   void seed_words(std::vector<uint32_t> w)     an int beyond 64 bits: little-endian 32-bit words of abs(n)
// Core:
//   double   random()
//   uint64_t getrandbits(int64_t k)              0 <= k <= 64 (k > 64: PyportLimit, use getrandbits_words)
//   std::vector<uint32_t> getrandbits_words(int64_t k)   any k: little-endian 32-bit words of the result
//   unsigned __int128 randbelow(unsigned __int128 n)     CPython's _randbelow_with_getrandbits, n > 0
// Integers (errors as CPython: "empty range for randrange() (a, b, w)", "zero step for randrange()", …):
//   int64_t randrange(int64_t stop)
//   int64_t randrange(int64_t start, int64_t stop, int64_t step = 1)
//   int64_t randint(int64_t a, int64_t b)        (also for b == INT64_MAX: computed in 128 bits)
// Sequences (Seq = py::List<T>, py::Range, py::Str/std::string_view, std::vector<T>; elements come back as
// T, int64_t, Str (one code point)):
//   auto     choice(const Seq& seq)                     IndexError "Cannot choose from an empty sequence"
//   void     shuffle(const List<T>& xs)
//   List<E>  sample(const Seq& pop, int64_t k)          pool or set selection by CPython's setsize rule
//   List<E>  sample(const Seq& pop, int64_t k, const List<C>& counts)      sample(pop, k, counts=counts)
//   List<E>  choices(const Seq& pop, int64_t k = 1)                        choices(pop, k=k)
//   List<E>  choices(const Seq& pop, const List<W>& weights, int64_t k = 1)  choices(pop, weights, k=k)
//   List<E>  choices_cum(const Seq& pop, const List<W>& cum_weights, int64_t k = 1)  cum_weights=
//   List<E>  choices(pop, const std::optional<List<W>>& weights, const std::optional<List<W>>& cum_weights, k)
//                                                       the general form (both given: TypeError like CPython)
// Real-valued distributions (float arguments; pass ints as doubles — exact below 2**53):
//   double uniform(A a, B b)     ints, floats or Num; int-int keeps CPython's exact `b - a`
//   double triangular(double low = 0.0, double high = 1.0, std::optional<double> mode = std::nullopt)
//   double gauss(double mu = 0.0, double sigma = 1.0)        (keeps CPython's gauss_next pair)
//   double normalvariate(double mu = 0.0, double sigma = 1.0)
//   double lognormvariate(double mu, double sigma)
//   double expovariate(double lambd)                          (3.11: lambd is required)
//   double vonmisesvariate(double mu, double kappa)
//   double gammavariate(double alpha, double beta)
//   double betavariate(double alpha, double beta)
//   double paretovariate(double alpha)
//   double weibullvariate(double alpha, double beta)
//
// Not provided: getstate/setstate, randbytes (no bytes type), ints beyond 64 bits as arguments of randrange /
// randint / sample counts (PyportLimit if a sum overflows), float arguments to randrange (deprecated in 3.11),
// triangular(low, high, mode) with high == low and an int low (CPython then returns that int, pyport the float),
// seed(nan) (CPython hashes NaN by identity, so it is nondeterministic there too: pyport seeds from entropy).
#pragma once
#include "prebuilt.hpp"
#include <cmath>
#include <ctime>
#include <cstdio>

#include "bigint.hpp"
#include "iter.hpp"
#include "list.hpp"
#include "num.hpp"
#include "numfmt.hpp"
#include "pymath.hpp"
#include "str.hpp"

namespace py {

namespace detail {

// ------------------------------------------------------------------ SHA-512 (for str/bytes seeds)
inline uint64_t sha512_rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

struct Sha512Digest {
    uint8_t bytes[64];
};

/// SHA-512 of `data` (FIPS 180-4): the 64 bytes CPython's `_sha512(a).digest()` returns.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Sha512Digest sha512(std::string_view data) {
    static constexpr uint64_t K[80] = {
        0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
        0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
        0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
        0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
        0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
        0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
        0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
        0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
        0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
        0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
        0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
        0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
        0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
        0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
        0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
        0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
        0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
        0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
        0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
        0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL};
    uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                     0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                     0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
    std::string msg(data);
    const uint64_t bit_len = static_cast<uint64_t>(data.size()) * 8;  // messages < 2**61 bytes
    msg.push_back(static_cast<char>(0x80));
    while (msg.size() % 128 != 112) msg.push_back('\0');
    for (int i = 0; i < 8; ++i) msg.push_back('\0');  // high 64 bits of the 128-bit length
    for (int i = 7; i >= 0; --i) msg.push_back(static_cast<char>((bit_len >> (8 * i)) & 0xff));
    for (size_t off = 0; off < msg.size(); off += 128) {
        uint64_t w[80];
        for (int t = 0; t < 16; ++t) {
            uint64_t v = 0;
            for (int b = 0; b < 8; ++b) v = (v << 8) | static_cast<unsigned char>(msg[off + 8 * t + b]);
            w[t] = v;
        }
        for (int t = 16; t < 80; ++t) {
            uint64_t s0 = sha512_rotr(w[t - 15], 1) ^ sha512_rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
            uint64_t s1 = sha512_rotr(w[t - 2], 19) ^ sha512_rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int t = 0; t < 80; ++t) {
            uint64_t S1 = sha512_rotr(e, 14) ^ sha512_rotr(e, 18) ^ sha512_rotr(e, 41);
            uint64_t ch = (e & f) ^ (~e & g);
            uint64_t t1 = hh + S1 + ch + K[t] + w[t];
            uint64_t S0 = sha512_rotr(a, 28) ^ sha512_rotr(a, 34) ^ sha512_rotr(a, 39);
            uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
            uint64_t t2 = S0 + maj;
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
    Sha512Digest out{};
    for (int i = 0; i < 8; ++i)
        for (int b = 0; b < 8; ++b) out.bytes[8 * i + b] = static_cast<uint8_t>(h[i] >> (56 - 8 * b));
    return out;
}

// ------------------------------------------------------------------ helpers
/// CPython's hash(float) (_Py_HashDouble) for finite and infinite x; NaN is hashed by identity there.
PYPORT_LIBFN uint64_t seed_hash_double(double v) {
    constexpr int bits = 61;
    constexpr uint64_t modulus = (uint64_t{1} << bits) - 1;
    if (std::isinf(v)) return v > 0 ? 314159u : static_cast<uint64_t>(-314159);
    int e;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & modulus) | x >> (bits - 28);
        m *= 268435456.0;  // 2**28
        e -= 28;
        auto y = static_cast<uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= modulus) x -= modulus;
    }
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
    x = ((x << e) & modulus) | x >> (bits - e);
    x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
    if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
    return x;
}

/// Decimal text of a 128-bit int (for error messages naming randint's `b + 1`).
PYPORT_LIBFN std::string i128_str(__int128 v) {
    if (v == 0) return "0";
    bool negative = v < 0;
    unsigned __int128 u = negative ? 0 - static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
    std::string s;
    while (u) {
        s.push_back(static_cast<char>('0' + static_cast<int>(u % 10)));
        u /= 10;
    }
    if (negative) s.push_back('-');
    return std::string(s.rbegin(), s.rend());
}
#else
Sha512Digest sha512(std::string_view data);
uint64_t seed_hash_double(double v);
std::string i128_str(__int128 v);
#endif

/// Bit length of n (0 for 0).
inline int bit_length_u128(unsigned __int128 n) {
    auto hi = static_cast<uint64_t>(n >> 64);
    if (hi) return 128 - __builtin_clzll(hi);
    auto lo = static_cast<uint64_t>(n);
    return lo ? 64 - __builtin_clzll(lo) : 0;
}

/// The set of indices sample() has taken: open addressing over non-negative int64 (a light stand-in for
/// std::unordered_set, which would slow down compiling every program that includes the runtime).
class IndexSet {
    std::vector<int64_t> slots_;  // -1 = empty
    size_t used_ = 0;

    void grow() {
        std::vector<int64_t> old = std::move(slots_);
        slots_.assign(old.empty() ? 16 : old.size() * 2, -1);
        used_ = 0;
        for (int64_t v : old)
            if (v >= 0) insert(v);
    }
    size_t slot(int64_t v) const {
        uint64_t h = static_cast<uint64_t>(v) * 0x9E3779B97F4A7C15ULL;
        size_t mask = slots_.size() - 1;
        size_t i = static_cast<size_t>(h >> 17) & mask;
        while (slots_[i] >= 0 && slots_[i] != v) i = (i + 1) & mask;
        return i;
    }

public:
    bool contains(int64_t v) const { return !slots_.empty() && slots_[slot(v)] == v; }
    void insert(int64_t v) {
        if (2 * (used_ + 1) > slots_.size()) grow();
        size_t i = slot(v);
        if (slots_[i] != v) {
            slots_[i] = v;
            ++used_;
        }
    }
};

/// 624 words of OS entropy for an unseeded generator (like CPython's random_seed_urandom), falling back
/// to the clock and an address when /dev/urandom cannot be read.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN std::vector<uint32_t> os_entropy_words(size_t n) {
    std::vector<uint32_t> key(n, 0);
    size_t got = 0;
    if (std::FILE* f = std::fopen("/dev/urandom", "rb")) {
        got = std::fread(key.data(), sizeof(uint32_t), n, f);
        std::fclose(f);
    }
    if (got < n) {
        auto t = (static_cast<uint64_t>(std::time(nullptr)) << 20) ^ static_cast<uint64_t>(std::clock());
        uint64_t x = t ^ reinterpret_cast<uintptr_t>(&key) ^ 0x9E3779B97F4A7C15ULL;
        for (size_t i = got; i < n; ++i) {  // splitmix64
            x += 0x9E3779B97F4A7C15ULL;
            uint64_t z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            key[i] = static_cast<uint32_t>(z ^ (z >> 31));
        }
    }
    return key;
}
#else
std::vector<uint32_t> os_entropy_words(size_t n);
#endif

[[noreturn, PYPORT_COLD]] inline void random_empty_range() { throw ValueError("empty range for randrange()"); }

// ------------------------------------------------------------------ sequences
/// Uniform read access to the sequences the random functions take (Python's `len(seq)` and `seq[i]`).
template <class S> struct SeqAccess;

template <class T> struct SeqAccess<List<T>> {
    using elem = T;
    const List<T>& xs;
    explicit SeqAccess(const List<T>& x) : xs(x) {}
    int64_t size() const { return xs.size(); }
    /// `seq[i]` with Python's bounds check (only reached where CPython could raise).
    T at(int64_t i) const { return static_cast<T>(xs.at(i)); }
    T raw(int64_t i) const { return static_cast<T>(xs.raw(static_cast<size_t>(i))); }
};

template <class T> struct SeqAccess<std::vector<T>> {
    using elem = T;
    const std::vector<T>& xs;
    explicit SeqAccess(const std::vector<T>& x) : xs(x) {}
    int64_t size() const { return static_cast<int64_t>(xs.size()); }
    T at(int64_t i) const {
        size_t k = norm_index(i, xs.size());
        if (k >= xs.size()) [[unlikely]]
            list_index_error();
        return xs[k];
    }
    T raw(int64_t i) const { return xs[static_cast<size_t>(i)]; }
};

template <> struct SeqAccess<Range> {
    using elem = int64_t;
    const Range& r;
    explicit SeqAccess(const Range& x) : r(x) {}
    int64_t size() const { return r.size(); }
    int64_t at(int64_t i) const { return r.at(i); }
    int64_t raw(int64_t i) const {
        return static_cast<int64_t>(static_cast<uint64_t>(r.start) +
                                    static_cast<uint64_t>(i) * static_cast<uint64_t>(r.step));
    }
};

/// A str is a sequence of code points; their byte offsets are found once.
template <> struct SeqAccess<std::string_view> {
    using elem = Str;
    std::string_view s;
    std::vector<size_t> offs;  // offs[i] = start of code point i; offs[n] = s.size()
    explicit SeqAccess(std::string_view x) : s(x), offs(cp_offsets(x.data(), x.size())) {}
    int64_t size() const { return static_cast<int64_t>(offs.size()) - 1; }
    Str at(int64_t i) const { return str_getitem(s, i); }
    Str raw(int64_t i) const {
        auto k = static_cast<size_t>(i);
        return Str(s.substr(offs[k], offs[k + 1] - offs[k]));
    }
};
template <> struct SeqAccess<Str> : SeqAccess<std::string_view> {
    explicit SeqAccess(const Str& x) : SeqAccess<std::string_view>(std::string_view(x)) {}
};

template <class S>
using seq_access_t = std::conditional_t<is_strlike_v<std::remove_cvref_t<S>>, SeqAccess<std::string_view>,
                                        SeqAccess<std::remove_cvref_t<S>>>;

/// CPython's bisect.bisect_right(a, x, lo, hi) (same midpoints, so same answers on unsorted input).
template <class V, class X>
inline int64_t bisect_right(const std::vector<V>& a, const X& x, int64_t lo, int64_t hi) {
    while (lo < hi) {
        int64_t mid = static_cast<int64_t>((static_cast<uint64_t>(lo) + static_cast<uint64_t>(hi)) / 2);
        if (py::lt(x, a[static_cast<size_t>(mid)])) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

/// `a + b` while accumulating weights or counts: exact for floats, checked for ints.
template <class V>
inline V accumulate_add(V a, V b, const char* who) {
    if constexpr (is_float_v<V>) {
        return a + b;
    } else {
        V r;
        if (__builtin_add_overflow(a, b, &r)) [[unlikely]]
            throw PyportLimit(std::string("the running total of ") + who +
                              " does not fit in 64 bits" PYPORT_INT64_LIMIT_NOTE);
        return r;
    }
}

template <class W> using weight_t = std::conditional_t<is_float_v<W>, double, std::conditional_t<is_num_v<W>, Num, int64_t>>;

// Python constants of random.py, computed at run time with libm as CPython does at import.
inline double random_twopi() { return 2.0 * 3.141592653589793; }
inline double random_nv_magicconst() {
    static const double v = 4 * math_exp(-0.5) / math_sqrt(2.0);
    return v;
}
inline double random_log4() {
    static const double v = math_log(4.0);
    return v;
}
inline double random_sg_magicconst() {
    static const double v = 1.0 + math_log(4.5);
    return v;
}
inline constexpr double random_e = 2.718281828459045;
inline constexpr double random_pi = 3.141592653589793;

}  // namespace detail

/// A `random.Random` generator: CPython's MT19937 state plus `gauss_next`. A handle: copies share one
/// generator, as Python names share one object.
class Random {
    static constexpr int N = 624;
    static constexpr int M = 397;

    struct State {
        uint32_t mt[N];
        int index = N + 1;
        std::optional<double> gauss_next;
    };
    Shared<State> s_;

    // ---------------------------------------------------------------- MT19937 (from _randommodule.c)
    void init_genrand(uint32_t seed) const {
        uint32_t* mt = s_->mt;
        mt[0] = seed;
        int mti;
        for (mti = 1; mti < N; mti++) mt[mti] = (1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + static_cast<uint32_t>(mti));
        s_->index = mti;
    }

    void init_by_array(const uint32_t* init_key, size_t key_length) const {
        uint32_t* mt = s_->mt;
        init_genrand(19650218U);
        size_t i = 1, j = 0;
        size_t k = (N > key_length ? N : key_length);
        for (; k; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + init_key[j] + static_cast<uint32_t>(j);
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key_length) j = 0;
        }
        for (k = N - 1; k; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000U;  // MSB is 1, assuring a non-zero initial array
    }

    /// Seed from the absolute value of an int given as little-endian 32-bit words (CPython's random_seed).
    void seed_abs_words(std::vector<uint32_t> key) const {
        while (key.size() > 1 && key.back() == 0) key.pop_back();  // keyused = ceil(bit_length / 32), at least 1
        if (key.empty()) key.push_back(0);
        init_by_array(key.data(), key.size());
        s_->gauss_next.reset();
    }

    void seed_u64(uint64_t n) const {
        std::vector<uint32_t> key{static_cast<uint32_t>(n), static_cast<uint32_t>(n >> 32)};
        seed_abs_words(std::move(key));
    }

    /// CPython's version-2 seed of a str/bytes: int.from_bytes(a + sha512(a).digest(), 'big').
    void seed_sha512(std::string_view bytes) const {
        detail::Sha512Digest digest = detail::sha512(bytes);
        std::string all(bytes);
        all.append(reinterpret_cast<const char*>(digest.bytes), sizeof digest.bytes);
        std::vector<uint32_t> words((all.size() + 3) / 4, 0);
        // Byte i from the end is bits 8*i.. of the big-endian int.
        for (size_t i = 0; i < all.size(); ++i) {
            auto b = static_cast<uint8_t>(all[all.size() - 1 - i]);
            words[i / 4] |= static_cast<uint32_t>(b) << (8 * (i % 4));
        }
        seed_abs_words(std::move(words));
    }

    /// CPython's version-1 string seed: a 64-bit hash of the code points (bytes: of the latin-1 characters).
    void seed_v1(const std::vector<uint32_t>& cps) const {
        uint64_t x = cps.empty() ? 0 : static_cast<uint64_t>(cps[0]) << 7;
        for (uint32_t c : cps) x = (1000003ULL * x) ^ c;
        x ^= static_cast<uint64_t>(cps.size());
        seed_u64(x);
    }

    static std::vector<uint32_t> code_points(std::string_view s) {
        std::vector<uint32_t> out;
        size_t off = 0;
        while (off < s.size()) {
            size_t len = detail::cp_bytes(s.data(), s.size(), off);
            out.push_back(detail::decode_cp(s.data() + off, len));
            off += len;
        }
        return out;
    }

    uint32_t genrand_uint32() const {
        static constexpr uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
        constexpr uint32_t UPPER = 0x80000000U, LOWER = 0x7fffffffU;
        State& st = *s_;
        uint32_t* mt = st.mt;
        uint32_t y;
        if (st.index >= N) [[unlikely]] {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
            }
            y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
            st.index = 0;
        }
        y = mt[st.index++];
        y ^= (y >> 11);
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        y ^= (y >> 18);
        return y;
    }

    [[noreturn, PYPORT_COLD]] static void negative_bits() {
        throw ValueError("number of bits must be non-negative");
    }

    /// getrandbits(k) for k <= 128.
    unsigned __int128 getrandbits128(int k) const {
        if (k == 0) return 0;
        if (k <= 32) return genrand_uint32() >> (32 - k);
        unsigned __int128 out = 0;
        for (int shift = 0; k > 0; shift += 32, k -= 32) {
            uint32_t r = genrand_uint32();
            if (k < 32) r >>= (32 - k);
            out |= static_cast<unsigned __int128>(r) << shift;
        }
        return out;
    }

    /// randrange's body on exact (128-bit) bounds.
    int64_t randrange128(__int128 start, __int128 stop, __int128 step) const {
        __int128 width = stop - start;
        if (step == 1) {
            if (width > 0) return static_cast<int64_t>(start + static_cast<__int128>(randbelow(static_cast<unsigned __int128>(width))));
            throw ValueError("empty range for randrange() (" + detail::i128_str(start) + ", " + detail::i128_str(stop) +
                             ", " + detail::i128_str(width) + ")");
        }
        __int128 n;
        // Python's // floors; width + step ± 1 stays far inside 128 bits.
        auto floordiv = [](__int128 a, __int128 b) {
            __int128 q = a / b, r = a % b;
            if (r != 0 && ((r < 0) != (b < 0))) --q;
            return q;
        };
        if (step > 0) n = floordiv(width + step - 1, step);
        else if (step < 0) n = floordiv(width + step + 1, step);
        else throw ValueError("zero step for randrange()");
        if (n <= 0) detail::random_empty_range();
        return static_cast<int64_t>(start + step * static_cast<__int128>(randbelow(static_cast<unsigned __int128>(n))));
    }

    template <class E, class Acc>
    List<E> sample_impl(const Acc& pop, int64_t k) const {
        int64_t n = pop.size();
        if (!(0 <= k && k <= n)) throw ValueError("Sample larger than population or is negative");
        typename List<E>::Vec result;
        result.reserve(static_cast<size_t>(k));
        int64_t setsize = 21;  // size of a small set minus size of an empty list
        if (k > 5) {
            double e = std::ceil(math_log(static_cast<double>(k * 3), 4.0));
            setsize += e >= 31 ? (int64_t{1} << 62) : (int64_t{1} << (2 * static_cast<int>(e)));  // 4 ** e
        }
        if (n <= setsize) {
            std::vector<storage_t<E>> pool;  // no std::vector<bool> proxies
            pool.reserve(static_cast<size_t>(n));
            for (int64_t i = 0; i < n; ++i) pool.push_back(pop.raw(i));
            for (int64_t i = 0; i < k; ++i) {
                auto j = static_cast<size_t>(randbelow(static_cast<unsigned __int128>(n - i)));
                result.push_back(pool[j]);
                pool[j] = pool[static_cast<size_t>(n - i - 1)];  // move non-selected item into vacancy
            }
        } else {
            detail::IndexSet selected;
            for (int64_t i = 0; i < k; ++i) {
                auto j = static_cast<int64_t>(randbelow(static_cast<unsigned __int128>(n)));
                while (selected.contains(j)) j = static_cast<int64_t>(randbelow(static_cast<unsigned __int128>(n)));
                selected.insert(j);
                result.push_back(pop.raw(j));
            }
        }
        return List<E>::from_vector(std::move(result));
    }

    template <class E, class Acc, class V>
    List<E> choices_cum_impl(const Acc& pop, const std::vector<V>& cum, int64_t k) const {
        int64_t n = pop.size();
        if (static_cast<int64_t>(cum.size()) != n)
            throw ValueError("The number of weights does not match the population");
        if (cum.empty()) detail::list_index_error();  // cum_weights[-1]
        double total;
        if constexpr (is_num_v<V>) total = to_float(cum.back()) + 0.0;
        else total = static_cast<double>(cum.back()) + 0.0;
        if (total <= 0.0) throw ValueError("Total of weights must be greater than zero");
        if (!std::isfinite(total)) throw ValueError("Total of weights must be finite");
        int64_t hi = n - 1;
        typename List<E>::Vec result;
        for (int64_t i = 0; i < k; ++i) {
            double x = random() * total;
            result.push_back(pop.at(detail::bisect_right(cum, x, 0, hi)));
        }
        return List<E>::from_vector(std::move(result));
    }

    template <class W>
    static std::vector<detail::weight_t<W>> accumulate(const List<W>& xs, const char* who) {
        using V = detail::weight_t<W>;
        std::vector<V> out;
        out.reserve(static_cast<size_t>(xs.size()));
        for (const auto& w : xs) {
            V v;
            if constexpr (is_num_v<V>) v = Num(w);
            else v = static_cast<V>(w);
            if (out.empty()) out.push_back(v);
            else if constexpr (is_num_v<V>) {
                const Num& a = out.back();
                if (a.is_float || v.is_float) out.push_back(Num(to_float(a) + to_float(v)));
#ifdef PYPORT_INT64
                else out.push_back(Num(detail::accumulate_add(a.i, v.i, who)));
#else
                else out.push_back(Num(a.i + v.i));  // exact
#endif
            } else {
                out.push_back(detail::accumulate_add(out.back(), v, who));
            }
        }
        return out;
    }

public:
    /// `random.Random()`: seeded from OS entropy.
    Random() : s_(py::make_shared<State>()) { seed(); }
    /// `random.Random(x)`.
    template <class X>
        requires(!std::is_same_v<std::remove_cvref_t<X>, Random>)
    explicit Random(const X& x) : s_(py::make_shared<State>()) {
        seed(x);
    }

    /// `r is other`.
    bool is(const Random& o) const { return s_ == o.s_; }

    // ---------------------------------------------------------------- seeding
    /// `seed()` / `seed(None)`: 624 words of OS entropy, as CPython's random_seed_urandom.
    void seed() const {
        std::vector<uint32_t> key = detail::os_entropy_words(N);
        init_by_array(key.data(), key.size());
        s_->gauss_next.reset();
    }

    /// `seed(a)` for an int, bool, float, Num, None, optional, or str (version 2).
    template <class X>
    void seed(const X& a) const {
        using T = std::remove_cvref_t<X>;
        if constexpr (is_none_v<T> || std::is_same_v<T, std::nullopt_t>) {
            seed();
        } else if constexpr (is_optional_v<T>) {
            if (a) seed(*a);
            else seed();
        } else if constexpr (is_bool_v<T>) {
            seed_u64(static_cast<bool>(a) ? 1 : 0);
        } else if constexpr (is_int_v<T>) {
            if constexpr (std::is_signed_v<T>) {
                auto v = static_cast<int64_t>(a);
                seed_u64(v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v));
            } else {
                seed_u64(static_cast<uint64_t>(a));
            }
        } else if constexpr (is_float_v<T>) {
            if (std::isnan(static_cast<double>(a))) seed();  // CPython: hash by identity, different every run
            else seed_u64(detail::seed_hash_double(static_cast<double>(a)));
        } else if constexpr (is_num_v<T>) {
            if (a.is_float) seed(a.f);
            else seed(a.i);
        } else if constexpr (is_strlike_v<T>) {
            seed_sha512(std::string_view(a));
        } else if constexpr (std::is_same_v<T, Int>) {
            if (a.is_small()) {
                seed(a.small());
            } else {
                // CPython: init_by_array over abs(a)'s 32-bit words, least significant first.
                std::string hex = a.big().to_base(16);
                if (!hex.empty() && hex[0] == '-') hex.erase(0, 1);
                std::vector<uint32_t> key;
                for (size_t end = hex.size(); end > 0;) {
                    const size_t b = end >= 8 ? end - 8 : 0;
                    key.push_back(static_cast<uint32_t>(std::stoul(hex.substr(b, end - b), nullptr, 16)));
                    end = b;
                }
                init_by_array(key.data(), key.size());
            }
        } else {
            static_assert(dependent_false<T>, "random.seed(): unsupported seed type");
        }
    }

    /// `seed(a, version=v)`.
    template <class X>
    void seed(const X& a, int64_t version) const {
        using T = std::remove_cvref_t<X>;
        if constexpr (is_strlike_v<T>) {
            if (version == 1) seed_v1(code_points(std::string_view(a)));
            else if (version == 2) seed_sha512(std::string_view(a));
            else seed();  // CPython falls back to hash(str), randomized per process
        } else {
            seed(a);
        }
    }

    /// `seed(b)` for bytes / bytearray (b holds the raw bytes).
    void seed_bytes(std::string_view b, int64_t version = 2) const {
        if (version == 1) {
            std::vector<uint32_t> cps;
            for (unsigned char c : b) cps.push_back(c);
            seed_v1(cps);
        } else if (version == 2) {
            seed_sha512(b);
        } else {
            seed();
        }
    }

    /// `seed(n)` for an int beyond 64 bits: `abs_words` are the little-endian 32-bit words of abs(n).
    void seed_words(std::vector<uint32_t> abs_words) const { seed_abs_words(std::move(abs_words)); }

    // ---------------------------------------------------------------- core
    /// `random()`: a float in [0, 1) with 53 random bits.
    double random() const {
        uint32_t a = genrand_uint32() >> 5, b = genrand_uint32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// `getrandbits(k)` for 0 <= k <= 64.
    uint64_t getrandbits(int64_t k) const {
        if (k < 0) negative_bits();
        if (k > 64)
            throw PyportLimit("random.getrandbits(" + std::to_string(k) +
                              ") returns an int beyond 64 bits" PYPORT_INT64_LIMIT_NOTE);
        return static_cast<uint64_t>(getrandbits128(static_cast<int>(k)));
    }

    /// `getrandbits(k)` for any k: the little-endian 32-bit words of the result (ceil(k/32) of them).
    std::vector<uint32_t> getrandbits_words(int64_t k) const {
        if (k < 0) negative_bits();
        std::vector<uint32_t> out;
        if (k == 0) return out;
        if (k <= 32) {
            out.push_back(genrand_uint32() >> (32 - k));
            return out;
        }
        for (; k > 0; k -= 32) {
            uint32_t r = genrand_uint32();
            if (k < 32) r >>= (32 - k);
            out.push_back(r);
        }
        return out;
    }

    /// CPython's `_randbelow(n)` (getrandbits rejection sampling); n > 0.
    unsigned __int128 randbelow(unsigned __int128 n) const {
        int k = detail::bit_length_u128(n);  // not n - 1: n can be 1
        unsigned __int128 r = getrandbits128(k);
        while (r >= n) r = getrandbits128(k);
        return r;
    }

    // ---------------------------------------------------------------- integers
    /// `randrange(stop)`.
    int64_t randrange(int64_t stop) const {
        if (stop > 0) return static_cast<int64_t>(randbelow(static_cast<unsigned __int128>(stop)));
        detail::random_empty_range();
    }
    /// `randrange(start, stop[, step])`.
    int64_t randrange(int64_t start, int64_t stop, int64_t step = 1) const { return randrange128(start, stop, step); }
    /// `randint(a, b)`: randrange(a, b + 1).
    int64_t randint(int64_t a, int64_t b) const { return randrange128(a, static_cast<__int128>(b) + 1, 1); }

    // ---------------------------------------------------------------- sequences
    /// `choice(seq)`.
    template <class S>
    auto choice(const S& seq) const {
        if constexpr (is_strlike_v<S>) {  // no offset table: choice("ACGT") in a loop stays O(1) for ASCII
            std::string_view s(seq);
            int64_t n = str_len(s);
            if (n == 0) throw IndexError("Cannot choose from an empty sequence");
            return str_getitem(s, static_cast<int64_t>(randbelow(static_cast<unsigned __int128>(n))));
        } else {
            return choice_seq(seq);
        }
    }

private:
    template <class S>
    auto choice_seq(const S& seq) const {
        detail::seq_access_t<S> acc(seq);
        int64_t n = acc.size();
        if (n == 0) throw IndexError("Cannot choose from an empty sequence");
        return acc.raw(static_cast<int64_t>(randbelow(static_cast<unsigned __int128>(n))));
    }

public:

    /// `shuffle(xs)` in place.
    template <class T>
    void shuffle(const List<T>& xs) const {
        auto& v = xs.vec();
        for (size_t i = v.size(); i-- > 1;) {
            auto j = static_cast<size_t>(randbelow(static_cast<unsigned __int128>(i + 1)));
            std::swap(v[i], v[j]);
        }
    }

    /// `sample(population, k)`.
    template <class S>
    auto sample(const S& population, int64_t k) const {
        using Acc = detail::seq_access_t<S>;
        Acc acc(population);
        return sample_impl<typename Acc::elem>(acc, k);
    }

    /// `sample(population, k, counts=counts)`.
    template <class S, class C>
    auto sample(const S& population, int64_t k, const List<C>& counts) const {
        using Acc = detail::seq_access_t<S>;
        using E = typename Acc::elem;
        Acc acc(population);
        int64_t n = acc.size();
        std::vector<detail::weight_t<C>> cum = accumulate(counts, "counts");
        if (static_cast<int64_t>(cum.size()) != n)
            throw ValueError("The number of counts does not match the population");
        if (cum.empty()) detail::pop_empty_error();  // cum_counts.pop()
        auto total_v = cum.back();
        cum.pop_back();
        int64_t total;
        if constexpr (is_float_v<decltype(total_v)>) {
            throw TypeError("Counts must be integers");
        } else if constexpr (is_num_v<decltype(total_v)>) {
            if (total_v.is_float) throw TypeError("Counts must be integers");
            total = total_v.i;
        } else {
            total = total_v;
        }
        if (total <= 0) throw ValueError("Total of counts must be greater than zero");
        Range r{0, total, 1};
        detail::SeqAccess<Range> racc(r);
        List<int64_t> selections = sample_impl<int64_t>(racc, k);
        typename List<E>::Vec out;
        out.reserve(static_cast<size_t>(selections.size()));
        for (int64_t s : selections) out.push_back(acc.at(detail::bisect_right(cum, s, 0, static_cast<int64_t>(cum.size()))));
        return List<E>::from_vector(std::move(out));
    }

    /// `choices(population, k=k)`: equal weights.
    template <class S>
    auto choices(const S& population, int64_t k = 1) const {
        using Acc = detail::seq_access_t<S>;
        using E = typename Acc::elem;
        Acc acc(population);
        double n = static_cast<double>(acc.size()) + 0.0;
        typename List<E>::Vec out;
        for (int64_t i = 0; i < k; ++i) out.push_back(acc.at(static_cast<int64_t>(std::floor(random() * n))));
        return List<E>::from_vector(std::move(out));
    }

    /// `choices(population, weights, k=k)`.
    template <class S, class W>
    auto choices(const S& population, const List<W>& weights, int64_t k = 1) const {
        using Acc = detail::seq_access_t<S>;
        Acc acc(population);
        return choices_cum_impl<typename Acc::elem>(acc, accumulate(weights, "weights"), k);
    }

    /// `choices(population, cum_weights=cum_weights, k=k)`.
    template <class S, class W>
    auto choices_cum(const S& population, const List<W>& cum_weights, int64_t k = 1) const {
        using Acc = detail::seq_access_t<S>;
        using V = detail::weight_t<W>;
        Acc acc(population);
        std::vector<V> cum;
        cum.reserve(static_cast<size_t>(cum_weights.size()));
        for (const auto& w : cum_weights) {
            if constexpr (is_num_v<V>) cum.push_back(Num(w));
            else cum.push_back(static_cast<V>(w));
        }
        return choices_cum_impl<typename Acc::elem>(acc, cum, k);
    }

    /// `choices(population, weights=..., cum_weights=..., k=k)` with either of them None.
    template <class S, class W>
    auto choices(const S& population, const std::optional<List<W>>& weights,
                 const std::optional<List<W>>& cum_weights, int64_t k) const {
        if (cum_weights) {
            if (weights) throw TypeError("Cannot specify both weights and cumulative weights");
            return choices_cum(population, *cum_weights, k);
        }
        if (weights) return choices(population, *weights, k);
        return choices(population, k);
    }

    // ---------------------------------------------------------------- real distributions
    /// `uniform(a, b)`: a + (b - a) * random().
    template <class A, class B>
    double uniform(const A& a, const B& b) const {
        if constexpr ((is_int_v<A> || is_bool_v<A>) && (is_int_v<B> || is_bool_v<B>)) {
            // int - int is exact in Python; the difference is rounded to a float only once.
            auto diff = static_cast<__int128>(static_cast<int64_t>(b)) - static_cast<__int128>(static_cast<int64_t>(a));
            return static_cast<double>(static_cast<int64_t>(a)) + static_cast<double>(diff) * random();
        } else if constexpr (is_num_v<A> || is_num_v<B>) {
            Num na(a), nb(b);
            if (!na.is_float && !nb.is_float) {
#ifdef PYPORT_INT64
                return uniform(na.i, nb.i);
#else
                // int - int is exact; float(a) + float(b - a) * random(), as CPython.
                const Int diff = nb.i - na.i;
                return na.i.to_double() + diff.to_double() * random();
#endif
            }
            return uniform(to_float(na), to_float(nb));
        } else {
            double da = static_cast<double>(a), db = static_cast<double>(b);
            return da + (db - da) * random();
        }
    }

    /// `triangular(low, high, mode)`.
    double triangular(double low = 0.0, double high = 1.0, std::optional<double> mode = std::nullopt) const {
        double u = random();
        double c;
        if (!mode) {
            c = 0.5;
        } else {
            double den = high - low;
            if (den == 0.0) return low;  // ZeroDivisionError caught by CPython
            c = (*mode - low) / den;
        }
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            std::swap(low, high);
        }
        return low + (high - low) * math_sqrt(u * c);
    }

    /// `normalvariate(mu, sigma)` (Kinderman and Monahan).
    double normalvariate(double mu = 0.0, double sigma = 1.0) const {
        double z;
        for (;;) {
            double u1 = random();
            double u2 = 1.0 - random();
            z = detail::random_nv_magicconst() * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -math_log(u2)) break;
        }
        return mu + z * sigma;
    }

    /// `gauss(mu, sigma)`: Box–Muller, the second value kept for the next call.
    double gauss(double mu = 0.0, double sigma = 1.0) const {
        std::optional<double> z = s_->gauss_next;
        s_->gauss_next.reset();
        if (!z) {
            double x2pi = random() * detail::random_twopi();
            double g2rad = math_sqrt(-2.0 * math_log(1.0 - random()));
            z = math_cos(x2pi) * g2rad;
            s_->gauss_next = math_sin(x2pi) * g2rad;
        }
        return mu + *z * sigma;
    }

    /// `lognormvariate(mu, sigma)`.
    double lognormvariate(double mu, double sigma) const { return math_exp(normalvariate(mu, sigma)); }

    /// `expovariate(lambd)`.
    double expovariate(double lambd) const { return fdiv(-math_log(1.0 - random()), lambd); }

    /// `vonmisesvariate(mu, kappa)`.
    double vonmisesvariate(double mu, double kappa) const {
        const double twopi = detail::random_twopi();
        if (kappa <= 1e-6) return twopi * random();
        double s = fdiv(0.5, kappa);
        double r = s + math_sqrt(1.0 + s * s);
        double z;
        for (;;) {
            double u1 = random();
            z = math_cos(detail::random_pi * u1);
            double d = fdiv(z, r + z);
            double u2 = random();
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * math_exp(d)) break;
        }
        double q = fdiv(1.0, r);
        double f = fdiv(q + z, 1.0 + q * z);
        double u3 = random();
        if (u3 > 0.5) return float_mod(mu + math_acos(f), twopi);
        return float_mod(mu - math_acos(f), twopi);
    }

    /// `gammavariate(alpha, beta)`.
    double gammavariate(double alpha, double beta) const {
        if (alpha <= 0.0 || beta <= 0.0) throw ValueError("gammavariate: alpha and beta must be > 0.0");
        if (alpha > 1.0) {
            double ainv = math_sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - detail::random_log4();
            double ccc = alpha + ainv;
            for (;;) {
                double u1 = random();
                if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
                double u2 = 1.0 - random();
                double v = fdiv(math_log(fdiv(u1, 1.0 - u1)), ainv);
                double x = alpha * math_exp(v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + detail::random_sg_magicconst() - 4.5 * z >= 0.0 || r >= math_log(z)) return x * beta;
            }
        } else if (alpha == 1.0) {
            return -math_log(1.0 - random()) * beta;
        }
        double x;
        for (;;) {
            double u = random();
            double b = (detail::random_e + alpha) / detail::random_e;
            double p = b * u;
            if (p <= 1.0) x = float_pow(p, fdiv(1.0, alpha));
            else x = -math_log(fdiv(b - p, alpha));
            double u1 = random();
            if (p > 1.0) {
                if (u1 <= float_pow(x, alpha - 1.0)) break;
            } else if (u1 <= math_exp(-x)) {
                break;
            }
        }
        return x * beta;
    }

    /// `betavariate(alpha, beta)`.
    double betavariate(double alpha, double beta) const {
        double y = gammavariate(alpha, 1.0);
        if (y != 0.0) return fdiv(y, y + gammavariate(beta, 1.0));
        return 0.0;
    }

    /// `paretovariate(alpha)`.
    double paretovariate(double alpha) const {
        double u = 1.0 - random();
        return float_pow(u, fdiv(-1.0, alpha));
    }

    /// `weibullvariate(alpha, beta)`.
    double weibullvariate(double alpha, double beta) const {
        double u = 1.0 - random();
        return alpha * float_pow(-math_log(u), fdiv(1.0, beta));
    }
};

/// The hidden `random._inst` behind the module-level functions (seeded from OS entropy on first use).
inline Random& random_default() {
    static Random inst;
    return inst;
}

// ---------------------------------------------------------------- module-level functions
inline void random_seed() { random_default().seed(); }
template <class X> inline void random_seed(const X& a) { random_default().seed(a); }
template <class X> inline void random_seed(const X& a, int64_t version) { random_default().seed(a, version); }
inline double random_random() { return random_default().random(); }
inline uint64_t random_getrandbits(int64_t k) { return random_default().getrandbits(k); }
inline std::vector<uint32_t> random_getrandbits_words(int64_t k) { return random_default().getrandbits_words(k); }
inline void random_seed_bytes(std::string_view b, int64_t version = 2) { random_default().seed_bytes(b, version); }
inline void random_seed_words(std::vector<uint32_t> abs_words) { random_default().seed_words(std::move(abs_words)); }
inline int64_t random_randrange(int64_t stop) { return random_default().randrange(stop); }
inline int64_t random_randrange(int64_t start, int64_t stop, int64_t step = 1) {
    return random_default().randrange(start, stop, step);
}
inline int64_t random_randint(int64_t a, int64_t b) { return random_default().randint(a, b); }
template <class S> inline auto random_choice(const S& seq) { return random_default().choice(seq); }
template <class T> inline void random_shuffle(const List<T>& xs) { random_default().shuffle(xs); }
template <class S> inline auto random_sample(const S& pop, int64_t k) { return random_default().sample(pop, k); }
template <class S, class C>
inline auto random_sample(const S& pop, int64_t k, const List<C>& counts) {
    return random_default().sample(pop, k, counts);
}
template <class S> inline auto random_choices(const S& pop, int64_t k = 1) { return random_default().choices(pop, k); }
template <class S, class W>
inline auto random_choices(const S& pop, const List<W>& weights, int64_t k = 1) {
    return random_default().choices(pop, weights, k);
}
template <class S, class W>
inline auto random_choices_cum(const S& pop, const List<W>& cum_weights, int64_t k = 1) {
    return random_default().choices_cum(pop, cum_weights, k);
}
template <class S, class W>
inline auto random_choices(const S& pop, const std::optional<List<W>>& weights,
                           const std::optional<List<W>>& cum_weights, int64_t k) {
    return random_default().choices(pop, weights, cum_weights, k);
}
template <class A, class B> inline double random_uniform(const A& a, const B& b) { return random_default().uniform(a, b); }
inline double random_triangular(double low = 0.0, double high = 1.0, std::optional<double> mode = std::nullopt) {
    return random_default().triangular(low, high, mode);
}
inline double random_gauss(double mu = 0.0, double sigma = 1.0) { return random_default().gauss(mu, sigma); }
inline double random_normalvariate(double mu = 0.0, double sigma = 1.0) {
    return random_default().normalvariate(mu, sigma);
}
inline double random_lognormvariate(double mu, double sigma) { return random_default().lognormvariate(mu, sigma); }
inline double random_expovariate(double lambd) { return random_default().expovariate(lambd); }
inline double random_vonmisesvariate(double mu, double kappa) { return random_default().vonmisesvariate(mu, kappa); }
inline double random_gammavariate(double alpha, double beta) { return random_default().gammavariate(alpha, beta); }
inline double random_betavariate(double alpha, double beta) { return random_default().betavariate(alpha, beta); }
inline double random_paretovariate(double alpha) { return random_default().paretovariate(alpha); }
inline double random_weibullvariate(double alpha, double beta) { return random_default().weibullvariate(alpha, beta); }

}  // namespace py
