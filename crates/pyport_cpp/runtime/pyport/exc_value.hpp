//! `py::Exc`: an exception as a Python value (`except E as e`, `err = ValueError("x")`, `raise err`).
#pragma once
#include <exception>
#include <string>

#include "except.hpp"
#include "str.hpp"

namespace py {

struct Exc {
    std::exception_ptr p;
    /// The class as CPython's traceback names it (`ValueError`, `struct.error`).
    const char* type = "Exception";
    /// `type(e).__name__`: the class's own name, without its module (`error` of `struct.error`).
    Str class_name() const {
        std::string_view t = type;
        size_t dot = t.rfind('.');
        return Str(std::string(dot == std::string_view::npos ? t : t.substr(dot + 1)));
    }
    /// `str(e)`: the message (for KeyError, the repr of the key).
    std::string msg;
    /// The argument as `repr(e)` shows it inside the parentheses; empty for no argument.
    std::string arg_repr;

    /// `E(msg)` as a value, not raised yet.
    template <class E>
    static Exc make(std::string m, std::string arg_repr) {
        E e(std::move(m));
        e.arg_repr = arg_repr;
        e.has_arg_repr = true;
        Exc x;
        x.type = e.type_name();
        x.msg = e.msg;
        x.arg_repr = std::move(arg_repr);
        x.p = std::make_exception_ptr(std::move(e));
        return x;
    }

    /// The exception being handled, caught as `e`.
    static Exc current(const BaseException& e) {
        Exc x;
        x.p = std::current_exception();
        x.type = e.type_name();
        x.msg = e.msg;
        if (e.has_arg_repr) {
            x.arg_repr = e.arg_repr;
        } else if (!e.msg.empty()) {
            if (std::string_view(x.type) == "KeyError") x.arg_repr = e.msg;
            else str_repr_to(x.arg_repr, e.msg);
        }
        return x;
    }

    void py_str(std::string& out) const { out += msg; }
    /// `repr(e)`: the class's own name (`StatisticsError('...')`, not `statistics.StatisticsError`).
    void py_repr(std::string& out) const {
        out += std::string_view(class_name());
        out += '(';
        out += arg_repr;
        out += ')';
    }
};

/// `raise e` for an exception value (or a bare `raise` of the one being handled).
[[noreturn]] inline void reraise(const Exc& e) {
    if (e.p) std::rethrow_exception(e.p);
    throw RuntimeError("No active exception to reraise");
}

}  // namespace py
