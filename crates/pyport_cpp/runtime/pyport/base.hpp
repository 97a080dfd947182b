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

/// Python strings: UTF-8 bytes. Byte order of UTF-8 equals code point order, so
/// std::string comparisons match Python's.
using Str = std::string;

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

}  // namespace py
