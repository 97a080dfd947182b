//! Python's `complex` as CPython 3.11's Objects/complexobject.c, and the `cmath` functions the
//! builtin engine supports, ported from Modules/cmathmodule.c (same libm calls in the same order,
//! so results are bit-identical to CPython on the same platform).
//!
//!   Complex(re, im)                 a value of two doubles; .real() .imag() .conjugate()
//!   complex_of(x)                   an int, bool, float, int-or-float or complex as a complex
//!                                   (an int past a double: OverflowError, as PyLong_AsDouble)
//!   complex_make(re, im)            complex(re, im) for real numbers or complexes (complex_new)
//!   complex_add/sub/mul/truediv/pow(a, b)   either side a complex, the other any number
//!   complex_eq/ne(a, b)             complex_richcompare (an int compares exactly with the real part)
//!   complex_abs(z)                  _Py_c_abs; OverflowError "absolute value too large"
//!   repr / str / hash / bool / format   "(1+2j)", "-0j", "(nan+infj)"; complex.__format__
//!   cmath_exp/sqrt/log/cos/sin/phase/polar/rect/isclose
//!                                   finite arguments as cmathmodule.c; a non-finite argument of
//!                                   exp/sqrt/log/cos/sin (whose results come from CPython's
//!                                   special-value tables) stops with a pyport limit error.
#pragma once
#include "prebuilt.hpp"
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <string>
#include <string_view>
#include <tuple>

#include "base.hpp"
#include "bigint.hpp"
#include "hash.hpp"
#include "num.hpp"
#include "numfmt.hpp"
#include "compare.hpp"

namespace py {

struct Complex {
    double re = 0.0, im = 0.0;
    using py_is_complex = void;  // (`type_name_of` in union.hpp, which cannot name this type)

    Complex() = default;
    constexpr Complex(double r, double i) : re(r), im(i) {}

    double real() const { return re; }
    double imag() const { return im; }
    Complex conjugate() const { return Complex(re, -im); }

    // Hooks used by py::repr / py::str / py::eq / py::hash / py::truthy / py::format.
    void py_repr(std::string& out) const;
    std::string py_format(std::string_view spec) const;
    bool py_bool() const { return re != 0.0 || im != 0.0; }
    template <class X> bool py_eq(const X& x) const;
    int64_t py_hash() const {
        // complex_hash: hash(real) + 1000003 * hash(imag), in Py_uhash_t arithmetic.
        const auto hr = static_cast<uint64_t>(detail::hash_double(re));
        const auto hi = static_cast<uint64_t>(detail::hash_double(im));
        const uint64_t combined = hr + 1000003ull * hi;
        return combined == static_cast<uint64_t>(-1) ? -2 : static_cast<int64_t>(combined);
    }
};

template <class T> inline constexpr bool is_complex_v = std::is_same_v<std::remove_cvref_t<T>, Complex>;

/// An operand as a complex: `to_complex` of complexobject.c (an int through PyLong_AsDouble).
template <class X>
inline Complex complex_of(const X& x) {
    if constexpr (is_complex_v<X>) return x;
    else if constexpr (is_bool_v<X>) return Complex(static_cast<bool>(x) ? 1.0 : 0.0, 0.0);
    else if constexpr (is_float_v<X>) return Complex(static_cast<double>(x), 0.0);
    else if constexpr (is_num_v<X>) return Complex(to_float(x), 0.0);
    else if constexpr (std::is_same_v<std::remove_cvref_t<X>, Int>) return Complex(x.to_double(), 0.0);
    else if constexpr (is_int_v<X>) return Complex(static_cast<double>(static_cast<int64_t>(x)), 0.0);
    else {
        static_assert(dependent_false<X>, "pyport: complex() of this type");
        return Complex();
    }
}

namespace complex_detail {
/// A real number as float(x) (PyNumber_Float): ints through their exact conversion.
template <class X>
inline double real_of(const X& x) { return complex_of(x).re; }

/// `PyOS_double_to_string(x, 'r', 0, flags)` without Py_DTSF_ADD_DOT_0: float's repr with the
/// ".0" of an integral value dropped ("1", "-0", "1e+16", "inf", "nan").
inline std::string part_repr(double x, bool sign) {
    std::string s = float_repr(x);
    if (std::isfinite(x) && s.size() >= 2 && s.compare(s.size() - 2, 2, ".0") == 0 && s.find('e') == std::string::npos)
        s.resize(s.size() - 2);
    if (sign && s[0] != '-') s.insert(s.begin(), '+');
    return s;
}

inline Complex c_sum(Complex a, Complex b) { return Complex(a.re + b.re, a.im + b.im); }
inline Complex c_diff(Complex a, Complex b) { return Complex(a.re - b.re, a.im - b.im); }
/// A product the optimizer must round on its own: g++ 12's straight-line vectorizer fuses
/// `a*b - c*d` beside `a*d + c*b` into one vfmsubadd even under -ffp-contract=off, which rounds
/// once where CPython rounds twice (a last-bit difference in complex products).
inline double fp_rounded(double x) {
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
    asm("" : "+x"(x));
#endif
    return x;
}

inline Complex c_prod(Complex a, Complex b) {
    return Complex(fp_rounded(a.re * b.re) - fp_rounded(a.im * b.im), fp_rounded(a.re * b.im) + fp_rounded(a.im * b.re));
}
/// _Py_c_quot: Smith's algorithm; errno = EDOM on division by zero. (CPython reads errno after
/// these functions, including what libm set in them, so the port uses errno the same way.)
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Complex c_quot(Complex a, Complex b) {
    const double abs_breal = b.re < 0 ? -b.re : b.re;
    const double abs_bimag = b.im < 0 ? -b.im : b.im;
    Complex r;
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            errno = EDOM;
            r.re = r.im = 0.0;
        } else {
            const double ratio = b.im / b.re;
            const double denom = b.re + b.im * ratio;
            r.re = (a.re + fp_rounded(a.im * ratio)) / denom;
            r.im = (a.im - fp_rounded(a.re * ratio)) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        const double ratio = b.re / b.im;
        const double denom = b.re * ratio + b.im;
        r.re = (fp_rounded(a.re * ratio) + a.im) / denom;
        r.im = (fp_rounded(a.im * ratio) - a.re) / denom;
    } else {
        r.re = r.im = NAN;
    }
    return r;
}
/// _Py_c_pow (errno = EDOM for 0 to a negative or complex power; libm may set errno too).
PYPORT_LIBFN Complex c_pow(Complex a, Complex b) {
    Complex r;
    if (b.re == 0. && b.im == 0.) {
        r = Complex(1., 0.);
    } else if (a.re == 0. && a.im == 0.) {
        if (b.im != 0. || b.re < 0.) errno = EDOM;
        r = Complex(0., 0.);
    } else {
        const double vabs = std::hypot(a.re, a.im);
        double len = std::pow(vabs, b.re);
        const double at = std::atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0.0) {
            len /= std::exp(at * b.im);
            phase += b.im * std::log(vabs);
        }
        r.re = len * std::cos(phase);
        r.im = len * std::sin(phase);
    }
    return r;
}
/// c_powu / c_powi: exponentiation by squaring for a small integer exponent.
PYPORT_LIBFN Complex c_powu(Complex x, long n) {
    Complex r(1., 0.), p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}
#else
Complex c_quot(Complex a, Complex b);
Complex c_pow(Complex a, Complex b);
Complex c_powu(Complex x, long n);
#endif
inline Complex c_powi(Complex x, long n) {
    if (n > 0) return c_powu(x, n);
    return c_quot(Complex(1., 0.), c_powu(x, -n));
}
/// _Py_c_abs: errno = ERANGE when a finite value's modulus overflows, else 0 (untouched for a nan).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN double c_abs(Complex z) {
    if (!std::isfinite(z.re) || !std::isfinite(z.im)) {
        if (std::isinf(z.re)) {
            errno = 0;
            return std::fabs(z.re);
        }
        if (std::isinf(z.im)) {
            errno = 0;
            return std::fabs(z.im);
        }
        return NAN;
    }
    const double result = std::hypot(z.re, z.im);
    errno = std::isfinite(result) ? 0 : ERANGE;
    return result;
}
#else
double c_abs(Complex z);
#endif
[[noreturn]] inline void special_value(const char* fn) {
    throw PyportLimit(std::string("pyport: cmath.") + fn + "() of a complex with an infinite or nan part is not supported");
}
[[noreturn]] inline void math_error(bool edom) {
    if (edom) raise_lit<ValueError>("math domain error");
    raise_lit<OverflowError>("math range error");
}
/// cmathmodule.c's math_error() for a nonzero errno.
inline void check_errno() {
    if (errno == EDOM) math_error(true);
    if (errno != 0) math_error(false);
}
inline const double kLogLargeDouble = std::log(DBL_MAX / 4.);
inline constexpr double kE = 2.7182818284590452354;     // Py_MATH_E
inline constexpr double kLn2 = 0.6931471805599453094;   // M_LN2
}  // namespace complex_detail

/// complex(re, im) / complex(x) for numbers and complexes (complex_new with no strings).
template <class R, class I>
inline Complex complex_make(const R& r, const I& i) {
    Complex cr = complex_of(r), ci = complex_of(i);
    // complex_new: ci.real from the imaginary argument; both corrections for complex arguments.
    double re = cr.re, im = ci.re;
    if constexpr (is_complex_v<I>) re -= ci.im;
    if constexpr (is_complex_v<R>) im += cr.im;
    return Complex(re, im);
}
template <class R>
inline Complex complex_make(const R& r) {
    Complex cr = complex_of(r);
    // complex(x) for a real x: (x, 0.0); for a complex: itself.
    return is_complex_v<R> ? cr : Complex(cr.re, 0.0);
}

template <class A, class B> inline Complex complex_add(const A& a, const B& b) {
    return complex_detail::c_sum(complex_of(a), complex_of(b));
}
template <class A, class B> inline Complex complex_sub(const A& a, const B& b) {
    return complex_detail::c_diff(complex_of(a), complex_of(b));
}
template <class A, class B> inline Complex complex_mul(const A& a, const B& b) {
    return complex_detail::c_prod(complex_of(a), complex_of(b));
}
template <class A, class B> inline Complex complex_truediv(const A& a, const B& b) {
    const Complex x = complex_of(a), y = complex_of(b);
    errno = 0;
    const Complex q = complex_detail::c_quot(x, y);
    if (errno == EDOM) raise_lit<ZeroDivisionError>("complex division by zero");
    return q;
}
/// complex_pow: the integer fast path for a small integral exponent, else _Py_c_pow.
template <class A, class B> inline Complex complex_pow(const A& a0, const B& b0) {
    const Complex a = complex_of(a0), b = complex_of(b0);
    errno = 0;
    Complex p;
    if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
        p = complex_detail::c_powi(a, static_cast<long>(b.re));
    } else {
        p = complex_detail::c_pow(a, b);
    }
    // _Py_ADJUST_ERANGE2, then complex_pow's checks, on errno as libm and the helpers left it.
    if (std::isinf(p.re) || std::isinf(p.im)) {
        if (errno == 0) errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM) raise_lit<ZeroDivisionError>("0.0 to a negative or complex power");
    if (errno == ERANGE) raise_lit<OverflowError>("complex exponentiation");
    return p;
}
inline Complex complex_neg(const Complex& z) { return Complex(-z.re, -z.im); }

/// complex_richcompare for == (the complex on either side).
template <class A, class B>
inline bool complex_eq(const A& a, const B& b) {
    if constexpr (!is_complex_v<A>) {
        return complex_eq(b, a);
    } else if constexpr (is_complex_v<B>) {
        return a.re == b.re && a.im == b.im;
    } else if constexpr (is_float_v<B>) {
        return a.re == static_cast<double>(b) && a.im == 0.0;
    } else if constexpr (is_num_v<B>) {
        if (b.is_float) return a.re == b.f && a.im == 0.0;
        return a.im == 0.0 && py::eq(a.re, b.i);
    } else {
        // An int (or bool): the real part as a float compared exactly with it.
        return a.im == 0.0 && py::eq(a.re, b);
    }
}
template <class A, class B> inline bool complex_ne(const A& a, const B& b) { return !complex_eq(a, b); }

template <class X> bool Complex::py_eq(const X& x) const {
    if constexpr (is_complex_v<X> || is_number_v<X> || std::is_same_v<std::remove_cvref_t<X>, Int>) return complex_eq(*this, x);
    else return false;
}

/// abs(z).
inline double complex_abs(const Complex& z) {
    errno = 0;
    const double r = complex_detail::c_abs(z);
    if (errno == ERANGE) raise_lit<OverflowError>("absolute value too large");
    return r;
}

#if PYPORT_LIB_BODIES
PYPORT_LIBFN void Complex::py_repr(std::string& out) const {
    if (re == 0. && std::copysign(1.0, re) == 1.0) {
        out += complex_detail::part_repr(im, false);
        out += 'j';
    } else {
        out += '(';
        out += complex_detail::part_repr(re, false);
        out += complex_detail::part_repr(im, true);
        out += "j)";
    }
}

/// complex.__format__ (format_complex_internal): `[[fill]align][sign][width][.precision][type]`
/// with type e/E/f/F/g/G or none; `#`, `0`, `=`, grouping, `z` and `n` stop with a limit error.
PYPORT_LIBFN std::string Complex::py_format(std::string_view spec) const {
    if (spec.empty()) {
        std::string out;
        py_repr(out);
        return out;
    }
    auto limit = [&]() -> void {
        throw PyportLimit("pyport: format spec '" + std::string(spec) + "' of a complex is not supported");
    };
    size_t i = 0;
    std::string fill = " ";
    char align = '>';
    // A fill character (one code point) followed by an align character, or an align alone.
    auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
    {
        size_t cp = 1;
        const auto c0 = static_cast<unsigned char>(spec[0]);
        if (c0 >= 0xF0) cp = 4;
        else if (c0 >= 0xE0) cp = 3;
        else if (c0 >= 0xC0) cp = 2;
        if (spec.size() > cp && is_align(spec[cp])) {
            fill = std::string(spec.substr(0, cp));
            align = spec[cp];
            i = cp + 1;
        } else if (is_align(spec[0])) {
            align = spec[0];
            i = 1;
        }
    }
    if (align == '=') raise_lit<ValueError>("'=' alignment flag is not allowed in complex format specifier");
    char sign = '-';
    if (i < spec.size() && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) sign = spec[i++];
    if (i < spec.size() && (spec[i] == 'z' || spec[i] == '#')) limit();
    if (i < spec.size() && spec[i] == '0') limit();
    size_t width = 0;
    while (i < spec.size() && spec[i] >= '0' && spec[i] <= '9') width = width * 10 + static_cast<size_t>(spec[i++] - '0');
    if (i < spec.size() && (spec[i] == ',' || spec[i] == '_')) limit();
    int precision = -1;
    if (i < spec.size() && spec[i] == '.') {
        ++i;
        if (i >= spec.size() || spec[i] < '0' || spec[i] > '9') limit();
        precision = 0;
        while (i < spec.size() && spec[i] >= '0' && spec[i] <= '9') precision = precision * 10 + (spec[i++] - '0');
    }
    char type = '\0';
    if (i < spec.size()) type = spec[i++];
    if (i != spec.size()) limit();
    if (type != '\0' && std::string_view("eEfFgG").find(type) == std::string_view::npos) {
        if (type == 'n') limit();
        raise<ValueError>(std::string("Unknown format code '") + type + "' for object of type 'complex'");
    }
    bool skip_re = false, add_parens = false;
    if (type == '\0') {
        if (re == 0.0 && std::copysign(1.0, re) == 1.0) skip_re = true;
        else add_parens = true;
    }
    // Each part with the sign option (the imaginary part always signed unless the real part is
    // left out), in 'r' style with no type and no precision, else through float's format.
    auto part = [&](double x, char sg) {
        if (type == '\0' && precision < 0) {
            std::string s = complex_detail::part_repr(x, sg == '+');
            if (sg == ' ' && s[0] != '-') s.insert(s.begin(), ' ');
            return s;
        }
        std::string sub;
        if (sg != '-') sub += sg;
        if (precision >= 0) sub += "." + std::to_string(precision);
        sub += type == '\0' ? 'g' : type;
        return std::string(format_float(x, sub));
    };
    std::string body;
    if (add_parens) body += '(';
    if (!skip_re) body += part(re, sign);
    body += part(im, skip_re ? sign : '+');
    body += 'j';
    if (add_parens) body += ')';
    if (body.size() >= width) return body;
    const size_t pad = width - body.size();
    size_t lpad = 0;
    if (align == '>') lpad = pad;
    else if (align == '^') lpad = pad / 2;
    std::string out;
    for (size_t k = 0; k < lpad; ++k) out += fill;
    out += body;
    for (size_t k = 0; k < pad - lpad; ++k) out += fill;
    return out;
}
#endif

// ---------------------------------------------------------------------- cmath
/// cmath.phase: atan2, whose errno CPython checks (an underflow to 0 is an OverflowError).
inline double cmath_phase(const Complex& z) {
    errno = 0;
    const double phi = std::atan2(z.im, z.re);
    complex_detail::check_errno();
    return phi;
}

inline std::tuple<double, double> cmath_polar(const Complex& z) {
    errno = 0;
    const double phi = std::atan2(z.im, z.re);
    const double r = complex_detail::c_abs(z);
    complex_detail::check_errno();
    return {r, phi};
}

#if PYPORT_LIB_BODIES
PYPORT_LIBFN Complex cmath_rect(double r, double phi) {
    if (!std::isfinite(r) || !std::isfinite(phi)) {
        if (std::isinf(r) && std::isfinite(phi) && phi != 0.) {
            if (r > 0) return Complex(std::copysign(INFINITY, std::cos(phi)), std::copysign(INFINITY, std::sin(phi)));
            return Complex(-std::copysign(INFINITY, std::cos(phi)), -std::copysign(INFINITY, std::sin(phi)));
        }
        if (r != 0. && !std::isnan(r) && std::isinf(phi)) complex_detail::math_error(true);
        complex_detail::special_value("rect");
    }
    if (phi == 0.0) return Complex(r, r * phi);
    return Complex(r * std::cos(phi), r * std::sin(phi));
}

PYPORT_LIBFN Complex cmath_exp(const Complex& z) {
    if (!std::isfinite(z.re) || !std::isfinite(z.im)) complex_detail::special_value("exp");
    Complex r;
    if (z.re > complex_detail::kLogLargeDouble) {
        const double l = std::exp(z.re - 1.);
        r.re = l * std::cos(z.im) * complex_detail::kE;
        r.im = l * std::sin(z.im) * complex_detail::kE;
    } else {
        const double l = std::exp(z.re);
        r.re = l * std::cos(z.im);
        r.im = l * std::sin(z.im);
    }
    if (std::isinf(r.re) || std::isinf(r.im)) complex_detail::math_error(false);
    return r;
}
#else
Complex cmath_rect(double r, double phi);
Complex cmath_exp(const Complex& z);
#endif

namespace complex_detail {
/// cmath_cosh_impl / cmath_sinh_impl for finite z.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Complex c_cosh(Complex z, const char* fn) {
    if (!std::isfinite(z.re) || !std::isfinite(z.im)) special_value(fn);
    Complex r;
    if (std::fabs(z.re) > kLogLargeDouble) {
        const double x_minus_one = z.re - std::copysign(1., z.re);
        r.re = std::cos(z.im) * std::cosh(x_minus_one) * kE;
        r.im = std::sin(z.im) * std::sinh(x_minus_one) * kE;
    } else {
        r.re = std::cos(z.im) * std::cosh(z.re);
        r.im = std::sin(z.im) * std::sinh(z.re);
    }
    if (std::isinf(r.re) || std::isinf(r.im)) math_error(false);
    return r;
}
PYPORT_LIBFN Complex c_sinh(Complex z, const char* fn) {
    if (!std::isfinite(z.re) || !std::isfinite(z.im)) special_value(fn);
    Complex r;
    if (std::fabs(z.re) > kLogLargeDouble) {
        const double x_minus_one = z.re - std::copysign(1., z.re);
        r.re = std::cos(z.im) * std::sinh(x_minus_one) * kE;
        r.im = std::sin(z.im) * std::cosh(x_minus_one) * kE;
    } else {
        r.re = std::cos(z.im) * std::sinh(z.re);
        r.im = std::sin(z.im) * std::cosh(z.re);
    }
    if (std::isinf(r.re) || std::isinf(r.im)) math_error(false);
    return r;
}
/// c_log for finite z: errno = EDOM for log(0), else 0.
PYPORT_LIBFN Complex c_log(Complex z) {
    if (!std::isfinite(z.re) || !std::isfinite(z.im)) special_value("log");
    Complex r;
    const double ax = std::fabs(z.re), ay = std::fabs(z.im);
    if (ax > DBL_MAX / 4. || ay > DBL_MAX / 4.) {
        r.re = std::log(std::hypot(ax / 2., ay / 2.)) + kLn2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0. || ay > 0.) {
            r.re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * kLn2;
        } else {
            r.re = -INFINITY;
            r.im = std::atan2(z.im, z.re);
            errno = EDOM;
            return r;
        }
    } else {
        const double h = std::hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            const double am = ax > ay ? ax : ay;
            const double an = ax > ay ? ay : ax;
            const double x = (am - 1) * (am + 1) + an * an;
            r.re = (x == 0.0 ? x : std::log1p(x)) / 2.;
        } else {
            r.re = std::log(h);
        }
    }
    r.im = std::atan2(z.im, z.re);
    errno = 0;
    return r;
}
#else
Complex c_cosh(Complex z, const char* fn);
Complex c_sinh(Complex z, const char* fn);
Complex c_log(Complex z);
#endif
}  // namespace complex_detail

inline Complex cmath_cos(const Complex& z) { return complex_detail::c_cosh(Complex(-z.im, z.re), "cos"); }
inline Complex cmath_sin(const Complex& z) {
    const Complex s = complex_detail::c_sinh(Complex(-z.im, z.re), "sin");
    return Complex(s.im, -s.re);
}

#if PYPORT_LIB_BODIES
PYPORT_LIBFN Complex cmath_sqrt(const Complex& z) {
    if (!std::isfinite(z.re) || !std::isfinite(z.im)) complex_detail::special_value("sqrt");
    if (z.re == 0. && z.im == 0.) return Complex(0., z.im);
    double ax = std::fabs(z.re);
    const double ay = std::fabs(z.im);
    double s;
    constexpr int scale_up = 2 * (DBL_MANT_DIG / 2) + 1;
    constexpr int scale_down = -(scale_up + 1) / 2;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        ax = std::ldexp(ax, scale_up);
        s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, scale_up))), scale_down);
    } else {
        ax /= 8.;
        s = 2. * std::sqrt(ax + std::hypot(ax, ay / 8.));
    }
    const double d = ay / (2. * s);
    if (z.re >= 0.) return Complex(s, std::copysign(d, z.im));
    return Complex(d, std::copysign(s, z.im));
}
#else
Complex cmath_sqrt(const Complex& z);
#endif

inline Complex cmath_log(const Complex& z) {
    errno = 0;
    const Complex r = complex_detail::c_log(z);
    complex_detail::check_errno();
    return r;
}
/// cmath.log(z, base): c_log(z) / c_log(base); as in CPython the second log resets the first's
/// errno, so only a bad base or a zero divisor is an error (`log(0, 2)` is `(-inf+nanj)`).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Complex cmath_log(const Complex& z, const Complex& base) {
    errno = 0;
    const Complex x = complex_detail::c_log(z);
    const Complex y = complex_detail::c_log(base);
    const Complex q = complex_detail::c_quot(x, y);
    complex_detail::check_errno();
    return q;
}
#else
Complex cmath_log(const Complex& z, const Complex& base);
#endif

inline bool cmath_isclose(const Complex& a, const Complex& b, double rel_tol = 1e-09, double abs_tol = 0.0) {
    if (rel_tol < 0.0 || abs_tol < 0.0) raise_lit<ValueError>("tolerances must be non-negative");
    if (a.re == b.re && a.im == b.im) return true;
    if (std::isinf(a.re) || std::isinf(a.im) || std::isinf(b.re) || std::isinf(b.im)) return false;
    const double diff = complex_detail::c_abs(complex_detail::c_diff(a, b));
    return ((diff <= rel_tol * complex_detail::c_abs(b)) || (diff <= rel_tol * complex_detail::c_abs(a))) || (diff <= abs_tol);
}

inline bool cmath_isnan(const Complex& z) { return std::isnan(z.re) || std::isnan(z.im); }
inline bool cmath_isinf(const Complex& z) { return std::isinf(z.re) || std::isinf(z.im); }
inline bool cmath_isfinite(const Complex& z) { return std::isfinite(z.re) && std::isfinite(z.im); }

}  // namespace py

template <>
struct std::hash<py::Complex> {
    size_t operator()(const py::Complex& x) const noexcept { return static_cast<size_t>(x.py_hash()); }
};
