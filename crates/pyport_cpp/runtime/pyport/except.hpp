//! Python's built-in exception hierarchy as C++ exceptions, and the pyport-specific limit error.
#pragma once
#include <cstdint>
#include <string>
#include <utility>

/// Why an int result had to fit in 64 bits, at the end of pyport's overflow messages.
#ifdef PYPORT_INT64
#define PYPORT_INT64_LIMIT_NOTE " (--int64 limits Python ints to 64 bits; convert without it for exact big ints)"
#else
#define PYPORT_INT64_LIMIT_NOTE " (pyport computes this value in 64 bits)"
#endif

namespace py {

/// Root of every Python exception; thrown by value, caught by reference.
struct BaseException {
    std::string msg;
    /// The argument as `repr(e)` shows it, when it is not the str `msg` (e.g. `ValueError(3)`).
    std::string arg_repr;
    bool has_arg_repr = false;
    /// What CPython adds to the last traceback line when the exception is not caught, after the
    /// message (`Did you mean: 'x'?`); never part of `str(e)`.
    std::string hint;
    BaseException() = default;
    explicit BaseException(std::string m) : msg(std::move(m)) {}
    virtual ~BaseException() = default;
    /// The Python class name, as CPython prints it on the last traceback line.
    virtual const char* type_name() const { return "BaseException"; }
};

#define PYPORT_EXCEPTION(Name, Base)                              \
    struct Name : Base {                                          \
        using Base::Base;                                         \
        const char* type_name() const override { return #Name; }  \
    };

PYPORT_EXCEPTION(Exception, BaseException)
PYPORT_EXCEPTION(ArithmeticError, Exception)
PYPORT_EXCEPTION(ZeroDivisionError, ArithmeticError)
PYPORT_EXCEPTION(OverflowError, ArithmeticError)
PYPORT_EXCEPTION(ValueError, Exception)
PYPORT_EXCEPTION(LookupError, Exception)
PYPORT_EXCEPTION(IndexError, LookupError)
PYPORT_EXCEPTION(KeyError, LookupError)
PYPORT_EXCEPTION(TypeError, Exception)
PYPORT_EXCEPTION(NameError, Exception)
PYPORT_EXCEPTION(UnboundLocalError, NameError)
PYPORT_EXCEPTION(StopIteration, Exception)
PYPORT_EXCEPTION(AssertionError, Exception)
PYPORT_EXCEPTION(RuntimeError, Exception)
PYPORT_EXCEPTION(NotImplementedError, RuntimeError)
PYPORT_EXCEPTION(RecursionError, RuntimeError)
PYPORT_EXCEPTION(UnicodeError, ValueError)
PYPORT_EXCEPTION(AttributeError, Exception)
PYPORT_EXCEPTION(EOFError, Exception)
PYPORT_EXCEPTION(MemoryError, Exception)
PYPORT_EXCEPTION(OSError, Exception)
PYPORT_EXCEPTION(FileNotFoundError, OSError)
PYPORT_EXCEPTION(FileExistsError, OSError)
PYPORT_EXCEPTION(PermissionError, OSError)
PYPORT_EXCEPTION(IsADirectoryError, OSError)
PYPORT_EXCEPTION(NotADirectoryError, OSError)
/// Python 3's names for OSError (`except IOError:` catches an OSError, and reports it as one).
using IOError = OSError;
using EnvironmentError = OSError;
PYPORT_EXCEPTION(KeyboardInterrupt, BaseException)
/// Raised at a suspended generator's `yield` when the generator is closed.
PYPORT_EXCEPTION(GeneratorExit, BaseException)

/// `sys.exit(code)`: not an error, unwinds to main which exits with `code`.
struct SystemExit : BaseException {
    int code = 0;
    /// `sys.exit("message")`: printed to stderr when uncaught (then `code` is 1).
    bool has_message = false;
    explicit SystemExit(int c) : code(c) {}
    SystemExit(int c, std::string message) : BaseException(std::move(message)), code(c), has_message(true) {}
    const char* type_name() const override { return "SystemExit"; }
};

/// A limit of the builtin engine reached at run time (an int beyond 64 bits under `--int64`, a
/// library feature it lacks...).
/// Never silently wrong: the program stops, naming the Python source line.
struct PyportLimit : BaseException {
    using BaseException::BaseException;
    const char* type_name() const override { return "pyport.LimitError"; }
};

/// Raise `E(msg)`; kept out of line in callers' hot paths.
template <class E>
[[noreturn, gnu::cold, gnu::noinline]] void raise(std::string msg) {
    throw E(std::move(msg));
}

/// Raise `E(msg)` whose uncaught report adds `hint` (CPython's `NameError` suggestions).
template <class E>
[[noreturn, gnu::cold, gnu::noinline]] void raise_hinted(std::string msg, const char* hint) {
    E e(std::move(msg));
    e.hint = hint;
    throw e;
}

/// Raise `E(msg)` whose argument was not a str: `repr(e)` shows `arg_repr` (`ValueError(3)`).
template <class E>
[[noreturn, gnu::cold, gnu::noinline]] void raise_with_repr(std::string msg, std::string arg_repr) {
    E e(std::move(msg));
    e.arg_repr = std::move(arg_repr);
    e.has_arg_repr = true;
    throw e;
}

}  // namespace py
