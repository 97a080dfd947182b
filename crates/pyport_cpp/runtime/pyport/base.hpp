//! Foundations of the pyport C++ runtime: includes, branch hints, forward declarations, type traits, cold error helpers.
#pragma once
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "except.hpp"
#include "numfmt.hpp"

#define PYPORT_LIKELY(x) __builtin_expect(!!(x), 1)
#define PYPORT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define PYPORT_COLD gnu::cold, gnu::noinline

namespace py {

/// The shared handle behind a list, dict, set, deque, iterator... `std::shared_ptr`, whose count
/// is atomic once the process links threads (always, since glibc 2.34). libstdc++'s non-atomic
/// `std::__shared_ptr<T, __gnu_cxx::_S_single>` made copies cheaper (rle 0.64 -> 0.60 s) but kept
/// g++ 12 from vectorizing loops over a list's items (gauss_lu's row update: 11.9 -> 16.4 ms), so
/// it is not used; one alias keeps the choice in one place.
template <class T>
using Shared = std::shared_ptr<T>;
using std::make_shared;

/// Python strings: UTF-8 bytes. Byte order of UTF-8 equals code point order, so
/// std::string comparisons match Python's.
///
/// A `std::string` that remembers its code point count (hence whether it is all ASCII) and, for
/// non-ASCII text that gets indexed, a sparse index of the byte offset of every 64th code point,
/// so `len(s)`, `s[i]` and slicing are O(1) / O(k) after the first look; and its `hash()`, so a
/// key looked up twice (`d[w] = d.get(w, 0) + 1`) is hashed once. The cache is keyed by the
/// byte size it was computed for (a stale size means "recount"), and Str's own mutators drop or
/// extend it; runtime code writing through a `std::string&` only appends, which changes the size.
class Str : public std::string {
public:
    /// Byte offsets of code points 0, 64, 128, ... (shared by copies; strings under 4 GiB).
    struct CpIndex {
        uint32_t refs = 1;
        size_t at = 0;
        std::vector<uint32_t> offs;
    };

private:
    static constexpr uint32_t kStale = 0xFFFFFFFFu;
    mutable uint32_t cp_at_ = kStale;  // size() when cp_n_ was counted (never matches sizes >= 4 GiB - 1)
    mutable uint32_t cp_n_ = 0;
    mutable CpIndex* cp_idx_ = nullptr;
    /// `hash(s)` of the contents the count was taken for (-1: not computed; CPython's hashes are
    /// never -1). Valid only while `known()`; every change of `cp_at_` drops it.
    mutable int64_t hash_ = -1;

    /// Code points in n bytes of UTF-8. One byte (appending a character) inline; longer runs out
    /// of line, as the vectorized loop, inlined at every append and `len()`, slowed each compile.
    static uint32_t count_cps(const char* p, size_t n) noexcept {
        if (n == 1) return (static_cast<unsigned char>(p[0]) & 0xC0) != 0x80;
        return count_cps_run(p, n);
    }
    [[gnu::noinline]] PYPORT_LIBFN static uint32_t count_cps_run(const char* p, size_t n) noexcept;
    void drop_index() const noexcept {
        if (cp_idx_ && --cp_idx_->refs == 0) delete cp_idx_;
        cp_idx_ = nullptr;
    }
    void touch() noexcept {
        cp_at_ = kStale;
        hash_ = -1;
    }
    bool known() const noexcept { return cp_at_ != kStale && cp_at_ == size(); }
    /// Before appending n bytes at p: keep the count exact when it is known.
    void grow(const char* p, size_t n) noexcept {
        hash_ = -1;
        if (known() && size() + n < kStale) {
            cp_n_ += count_cps(p, n);
            cp_at_ = static_cast<uint32_t>(size() + n);
        } else {
            cp_at_ = kStale;
        }
    }

public:
    using std::string::string;
    Str() = default;
    Str(const std::string& s) : std::string(s) {}  // NOLINT: implicit on purpose
    Str(std::string&& s) noexcept : std::string(std::move(s)) {}  // NOLINT
    Str(const Str& o) : std::string(o), cp_at_(o.cp_at_), cp_n_(o.cp_n_), cp_idx_(o.cp_idx_), hash_(o.hash_) {
        if (cp_idx_) ++cp_idx_->refs;
    }
    Str(Str&& o) noexcept : std::string(std::move(o)), cp_at_(o.cp_at_), cp_n_(o.cp_n_), cp_idx_(o.cp_idx_), hash_(o.hash_) {
        o.cp_idx_ = nullptr;
        o.cp_at_ = kStale;
    }
    ~Str() { drop_index(); }
    Str& operator=(const Str& o) {
        if (this != &o) {
            std::string::operator=(o);
            if (o.cp_idx_) ++o.cp_idx_->refs;
            drop_index();
            cp_at_ = o.cp_at_;
            cp_n_ = o.cp_n_;
            cp_idx_ = o.cp_idx_;
            hash_ = o.hash_;
        }
        return *this;
    }
    Str& operator=(Str&& o) noexcept {
        if (this != &o) {
            std::string::operator=(std::move(o));
            drop_index();
            cp_at_ = o.cp_at_;
            cp_n_ = o.cp_n_;
            cp_idx_ = o.cp_idx_;
            hash_ = o.hash_;
            o.cp_idx_ = nullptr;
            o.cp_at_ = kStale;
        }
        return *this;
    }
    template <class T>
        requires(!std::is_same_v<std::remove_cvref_t<T>, Str>)
    Str& operator=(T&& x) {
        std::string::operator=(std::forward<T>(x));
        touch();
        return *this;
    }

    // ---- mutators: keep or drop the cache
    Str& operator+=(const Str& x) { return append(x.data(), x.size()); }
    Str& operator+=(const std::string& x) { return append(x.data(), x.size()); }
    Str& operator+=(std::string_view x) { return append(x.data(), x.size()); }
    Str& operator+=(const char* x) { return append(x, std::strlen(x)); }
    Str& operator+=(char c) {
        push_back(c);
        return *this;
    }
    Str& append(const char* p, size_t n) {
        grow(p, n);
        std::string::append(p, n);
        return *this;
    }
    Str& append(const Str& x) { return append(x.data(), x.size()); }
    Str& append(const std::string& x) { return append(x.data(), x.size()); }
    Str& append(std::string_view x) { return append(x.data(), x.size()); }
    Str& append(const char* x) { return append(x, std::strlen(x)); }
    template <class... A>
    Str& append(A&&... a) {
        std::string::append(std::forward<A>(a)...);
        touch();
        return *this;
    }
    void push_back(char c) {
        grow(&c, 1);
        std::string::push_back(c);
    }
    void pop_back() {
        std::string::pop_back();
        touch();
    }
    template <class... A>
    Str& assign(A&&... a) {
        std::string::assign(std::forward<A>(a)...);
        touch();
        return *this;
    }
    template <class... A>
    decltype(auto) insert(A&&... a) {
        touch();
        return std::string::insert(std::forward<A>(a)...);
    }
    template <class... A>
    decltype(auto) erase(A&&... a) {
        touch();
        return std::string::erase(std::forward<A>(a)...);
    }
    template <class... A>
    Str& replace(A&&... a) {
        std::string::replace(std::forward<A>(a)...);
        touch();
        return *this;
    }
    template <class... A>
    void resize(A&&... a) {
        std::string::resize(std::forward<A>(a)...);
        touch();
    }
    void clear() noexcept {
        std::string::clear();
        touch();
    }
    void swap(Str& o) noexcept {
        std::string::swap(o);
        std::swap(cp_at_, o.cp_at_);
        std::swap(cp_n_, o.cp_n_);
        std::swap(cp_idx_, o.cp_idx_);
        std::swap(hash_, o.hash_);
    }
    void swap(std::string& o) noexcept {
        std::string::swap(o);
        touch();
    }

    // ---- cached queries
    /// `len(s)`: code points, counted once per content.
    int64_t cp_count() const noexcept {
        if (known()) [[likely]]
            return cp_n_;
        uint32_t n = count_cps(data(), size());
        if (size() < kStale) {
            cp_at_ = static_cast<uint32_t>(size());
            cp_n_ = n;
            hash_ = -1;
            return n;
        }
        int64_t big = 0;
        for (size_t i = 0; i < size(); ++i) big += (static_cast<unsigned char>((*this)[i]) & 0xC0) != 0x80;
        return big;
    }
    /// Record the code point count of the current contents (the caller knows it: a slice, a join).
    void set_cp_count(int64_t n) noexcept {
        if (size() < kStale) {
            cp_at_ = static_cast<uint32_t>(size());
            cp_n_ = static_cast<uint32_t>(n);
            hash_ = -1;
        }
    }
    /// `hash(s)`, computed by `compute(view, ascii)` once per content (while the code point count
    /// is known, which the runtime keeps through its own appends).
    /// The cached `hash(s)`, or -1 when there is none.
    int64_t cached_hash() const noexcept { return known() ? hash_ : -1; }
    template <class F>
    int64_t hash_cached(F compute) const {
        if (hash_ != -1 && known()) [[likely]]
            return hash_;
        const int64_t h = compute(std::string_view(*this), ascii());
        if (known()) hash_ = h;
        return h;
    }
    /// True when every byte is ASCII (one byte per code point).
    bool ascii() const noexcept { return cp_count() == static_cast<int64_t>(size()); }
    /// The sparse offset index (built on first use), or nullptr for strings of 4 GiB or more.
    const std::vector<uint32_t>* cp_index() const {
        if (size() >= kStale) return nullptr;
        if (cp_idx_ && cp_idx_->at == size() && known()) return &cp_idx_->offs;
        cp_count();
        auto* idx = new CpIndex;
        idx->at = size();
        idx->offs.reserve(cp_n_ / 64 + 1);
        const char* p = data();
        uint32_t k = 0;
        for (size_t i = 0; i < size(); ++i) {
            if ((static_cast<unsigned char>(p[i]) & 0xC0) != 0x80) {
                if ((k & 63) == 0) idx->offs.push_back(static_cast<uint32_t>(i));
                ++k;
            }
        }
        drop_index();
        cp_idx_ = idx;
        return &idx->offs;
    }

    /// `a == b`: short strings (one character, a word) are compared with a few loads instead of a
    /// call to memcmp.
    friend bool operator==(const Str& a, const Str& b) noexcept {
        const size_t n = a.size();
        if (n != b.size()) return false;
        const char* p = a.data();
        const char* q = b.data();
        if (n <= 16) {
            if (n >= 8) {
                uint64_t x0, y0, x1, y1;
                std::memcpy(&x0, p, 8), std::memcpy(&y0, q, 8), std::memcpy(&x1, p + n - 8, 8), std::memcpy(&y1, q + n - 8, 8);
                return ((x0 ^ y0) | (x1 ^ y1)) == 0;
            }
            if (n >= 4) {
                uint32_t x0, y0, x1, y1;
                std::memcpy(&x0, p, 4), std::memcpy(&y0, q, 4), std::memcpy(&x1, p + n - 4, 4), std::memcpy(&y1, q + n - 4, 4);
                return ((x0 ^ y0) | (x1 ^ y1)) == 0;
            }
            for (size_t i = 0; i < n; ++i)
                if (p[i] != q[i]) return false;
            return true;
        }
        return std::memcmp(p, q, n) == 0;
    }
};

#if PYPORT_LIB_BODIES
uint32_t Str::count_cps_run(const char* p, size_t n) noexcept {
    uint32_t c = 0;
    for (size_t i = 0; i < n; ++i) c += (static_cast<unsigned char>(p[i]) & 0xC0) != 0x80;
    return c;
}
#endif

}  // namespace py

template <>
struct std::hash<py::Str> : std::hash<std::string> {};

namespace py {

/// Python's `None`.
struct NoneType {
    friend constexpr bool operator==(NoneType, NoneType) { return true; }
};
inline constexpr NoneType None{};

/// One element of a `List<bool>`: a real byte (no std::vector<bool> proxies),
/// convertible to and from bool so `Storage&` works like `bool&`.
struct BoolCell {
    uint8_t v = 0;
    constexpr BoolCell() = default;
    constexpr BoolCell(bool b) : v(b) {}  // NOLINT: implicit on purpose
    constexpr operator bool() const { return v != 0; }
    constexpr BoolCell& operator=(bool b) {
        v = b;
        return *this;
    }
};

struct Num;
template <class T> class List;
template <class T> class Generator;
struct Range;

/// The element type a `List<T>` stores.
template <class T> using storage_t = std::conditional_t<std::is_same_v<T, bool>, BoolCell, T>;

// ---------------------------------------------------------------- type traits
template <class T> struct is_list : std::false_type {};
template <class T> struct is_list<List<T>> : std::true_type {};
template <class T> inline constexpr bool is_list_v = is_list<std::remove_cvref_t<T>>::value;

template <class T> struct is_tuple : std::false_type {};
template <class... T> struct is_tuple<std::tuple<T...>> : std::true_type {};
template <class T> inline constexpr bool is_tuple_v = is_tuple<std::remove_cvref_t<T>>::value;

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> inline constexpr bool is_optional_v = is_optional<std::remove_cvref_t<T>>::value;

template <class T> struct is_generator : std::false_type {};
template <class T> struct is_generator<Generator<T>> : std::true_type {};
template <class T> inline constexpr bool is_generator_v = is_generator<std::remove_cvref_t<T>>::value;

template <class T> inline constexpr bool is_num_v = std::is_same_v<std::remove_cvref_t<T>, Num>;
template <class T> inline constexpr bool is_none_v = std::is_same_v<std::remove_cvref_t<T>, NoneType>;
template <class T> inline constexpr bool is_boolcell_v = std::is_same_v<std::remove_cvref_t<T>, BoolCell>;
template <class T>
inline constexpr bool is_bool_v =
    std::is_same_v<std::remove_cvref_t<T>, bool> || is_boolcell_v<T>;
/// int64_t and friends (not bool).
template <class T>
inline constexpr bool is_int_v =
    std::is_integral_v<std::remove_cvref_t<T>> && !std::is_same_v<std::remove_cvref_t<T>, bool>;
template <class T> inline constexpr bool is_float_v = std::is_floating_point_v<std::remove_cvref_t<T>>;
/// Python numbers: bool, int, float, or a dynamic int-or-float `Num`.
template <class T>
inline constexpr bool is_number_v = is_bool_v<T> || is_int_v<T> || is_float_v<T> || is_num_v<T>;
/// Anything that reads as a string (std::string, string_view, literals).
template <class T>
inline constexpr bool is_strlike_v =
    std::is_convertible_v<const T&, std::string_view> && !is_number_v<T>;

template <class...> inline constexpr bool dependent_false = false;

// ------------------------------------------------------ forward declarations
// (defined in compare.hpp / text.hpp; declared here so containers can use them)
template <class A, class B> bool eq(const A& a, const B& b);
template <class A, class B> bool ne(const A& a, const B& b);
template <class A, class B> bool lt(const A& a, const B& b);
template <class A, class B> bool le(const A& a, const B& b);
template <class A, class B> bool gt(const A& a, const B& b);
template <class A, class B> bool ge(const A& a, const B& b);
template <class X> bool truthy(const X& x);
template <class X> void repr_to(std::string& out, const X& x);
template <class X> void str_to(std::string& out, const X& x);
template <class X> Str repr(const X& x);
template <class X> Str str(const X& x);

// ------------------------------------------------------------- cold raising
/// Raise `E(msg)` from a literal without building a std::string in the caller.
template <class E>
[[noreturn, PYPORT_COLD]] void raise_lit(const char* msg) {
    throw E(msg);
}

/// An int result left int64_t: pyport stops rather than be silently wrong.
[[noreturn, PYPORT_COLD]] inline void int_overflow(int line, const char* op) {
    std::string m = "integer overflow on line ";
    m += std::to_string(line);
    m += ": the result of `";
    m += op;
    m += "` does not fit in 64 bits" PYPORT_INT64_LIMIT_NOTE;
    throw PyportLimit(std::move(m));
}

/// A runtime invariant the compiler promised was violated.
[[noreturn, PYPORT_COLD]] inline void internal_error(const char* what) {
    throw PyportLimit(std::string("internal error in the pyport runtime: ") + what);
}

/// The value of an operation on a value the compiler found no type for: it proved that
/// no such value exists (e.g. the elements of a list that stays empty), so this never runs.
/// If it does, the compiler was wrong: stop loudly instead of printing a made-up value.
template <class T>
[[PYPORT_COLD]] T unreachable_value(int line) {
    internal_error(("an operation on line " + std::to_string(line) +
                    " used a value of no known type (a pyport compiler bug; please report it)").c_str());
}

}  // namespace py
