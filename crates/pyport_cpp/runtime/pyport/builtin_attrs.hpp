//! Attributes and methods of builtin values the emitter reaches by name: `float.is_integer()`
//! (Python 3.11's ints have no such method) and `f.__name__` of a function value.
#pragma once
#include <cmath>
#include <string>

#include "base.hpp"
#include "except.hpp"
#include "num.hpp"

namespace py {

/// `x.is_integer()` of a float: finite and equal to its floor (Objects/floatobject.c).
inline bool float_is_integer(double x) { return std::isfinite(x) && std::floor(x) == x; }

/// `x.is_integer()` of an int-or-float: a float's answer; an int raises CPython 3.11's AttributeError.
inline bool num_is_integer(const Num& x) {
    if (!x.is_float) raise<AttributeError>("'int' object has no attribute 'is_integer'");
    return float_is_integer(x.f);
}

/// The int of an int-or-float whose int method is called (`x.bit_length()`), or CPython's
/// AttributeError `msg` when it holds a float.
inline const int_t& num_int_or_attr(const Num& x, const char* msg) {
    if (x.is_float) [[unlikely]]
        raise_lit<AttributeError>(msg);
    return x.i;
}

/// `f.__name__` / `f.__doc__` of a function value that is none of the program's module-level
/// functions the compiler listed (a closure, a lambda, or for `__doc__` a `def` without a
/// docstring): the compiler did not prove this cannot happen, so stop rather than guess.
[[noreturn]] inline void unknown_function_attr(const char* attr, int line) {
    internal_error(("line " + std::to_string(line) + ": `" + attr +
                    "` of a function value that is not a module-level `def` (with a docstring for `__doc__`) is not supported by the builtin engine").c_str());
}

}  // namespace py
