//! `decimal.Decimal` as CPython 3.11's Lib/_pydecimal.py (bit-identical to the C module for what is
//! ported): sign, coefficient digits, exponent, plus Infinity / NaN and signed zero. Arithmetic rounds
//! to the thread's context (`getcontext().prec`, `.rounding`; default 28, ROUND_HALF_EVEN).
//!
//!   Decimal::of(x)                Decimal(x): int, bool, str (full syntax), float (exact), Decimal
//!   dec_add/sub/mul/truediv/floordiv/mod(a, b)
//!                                 one side a Decimal, the other an int or Decimal (a float raises
//!                                 CPython's TypeError)
//!   dec_eq/ne/lt/le/gt/ge         comparisons with ints and Decimals (NaN as CPython)
//!   neg / pos / abs, to_int, to_double, round, quantize, str / repr / hash / bool
//!   DecContext                    getcontext(): `prec`, `rounding` (checked like CPython)
//! Overflow past Emax, subnormal results and signalling NaNs stop with a pyport limit error.
#pragma once
#include "prebuilt.hpp"
#include <cstdlib>
#include <string>
#include <string_view>

#include "bigint.hpp"
#include "num.hpp"
#include "text.hpp"
#include "hash.hpp"

namespace py {

/// decimal.DivisionByZero (a ZeroDivisionError, as in CPython).
struct DecDivisionByZero : ZeroDivisionError {
    using ZeroDivisionError::ZeroDivisionError;
    const char* type_name() const override { return "decimal.DivisionByZero"; }
};
/// decimal.InvalidOperation (an ArithmeticError).
struct DecInvalidOperation : ArithmeticError {
    using ArithmeticError::ArithmeticError;
    const char* type_name() const override { return "decimal.InvalidOperation"; }
};

/// The rounding modes, in _pydecimal's order.
enum class DecRound { Down, HalfUp, HalfEven, Ceiling, Floor, Up, HalfDown, R05Up };

/// The thread's decimal context (pyport programs are single threaded: one global).
struct DecContextData {
    int64_t prec = 28;
    DecRound rounding = DecRound::HalfEven;
    int64_t Emax = 999999;
    int64_t Emin = -999999;
};
inline DecContextData& dec_ctx() {
    static DecContextData c;
    return c;
}

/// The value `getcontext()` returns: a handle on the context.
struct DecContext {
    int_t get_prec() const { return int_t(dec_ctx().prec); }
    template <class I>
    void set_prec(const I& v) {
        const Int n(v);
        if (n < Int(1) || n > Int(int64_t{999999999999999999})) raise_lit<ValueError>("valid range for prec is [1, MAX_PREC]");
        dec_ctx().prec = static_cast<int64_t>(n);
    }
    Str get_rounding() const {
        static const char* names[] = {"ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING",
                                      "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP"};
        return Str(names[static_cast<int>(dec_ctx().rounding)]);
    }
    void set_rounding(std::string_view s) {
        static const char* names[] = {"ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING",
                                      "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP"};
        for (int i = 0; i < 8; ++i)
            if (s == names[i]) {
                dec_ctx().rounding = static_cast<DecRound>(i);
                return;
            }
        raise_lit<TypeError>("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]");
    }
};
inline DecContext dec_getcontext() { return DecContext{}; }

class Decimal {
public:
    /// Decimal(): 0.
    Decimal() : sign_(false), int_("0"), exp_(0), special_(0) {}

    static Decimal triple(bool sign, std::string coeff, int64_t exp, char special = 0) {
        Decimal d;
        d.sign_ = sign;
        d.int_ = std::move(coeff);
        d.exp_ = exp;
        d.special_ = special;
        return d;
    }
    static Decimal inf(bool sign) { return triple(sign, "0", 0, 'F'); }
    static Decimal nan(bool sign = false, std::string payload = "") { return triple(sign, std::move(payload), 0, 'n'); }

    /// Decimal(x) for one argument (exact; no context rounding).
    template <class X>
    static Decimal of(const X& x) {
        using D = std::remove_cvref_t<X>;
        if constexpr (std::is_same_v<D, Decimal>) return x;
        else if constexpr (is_bool_v<D>) return triple(false, static_cast<bool>(x) ? "1" : "0", 0);
        else if constexpr (std::is_same_v<D, Int> || is_int_v<D>) return from_int(Int(x));
        else if constexpr (is_float_v<D>) return from_double(static_cast<double>(x));
        else if constexpr (is_num_v<D>) return x.is_float ? from_double(x.f) : from_int(Int(x.i));
        else if constexpr (is_strlike_v<D>) return parse(std::string_view(x));
        else static_assert(dependent_false<D, D>, "pyport: Decimal() of this type");
    }
    static Decimal from_int(const Int& v) {
        std::string s;
        if (v.sign() < 0) (-v).py_repr(s);
        else v.py_repr(s);
        return triple(v.sign() < 0, std::move(s), 0);
    }
    /// Decimal.from_float: exact.
    static Decimal from_double(double f) {
        if (std::isnan(f)) return nan(std::signbit(f));
        if (std::isinf(f)) return inf(std::signbit(f));
        const bool sign = std::signbit(f);
        const double a = std::fabs(f);
        if (a == 0.0) return triple(sign, "0", 0);
        int e = 0;
        double m = std::frexp(a, &e);
        int k = 0;
        while (m != std::floor(m)) {
            m *= 2.0;
            ++k;
        }
        // a = m * 2**(e-k); with d = 2**k' (k' = k - e when positive) the exact decimal is n*5**k' / 10**k'.
        Int n = Int::from_double(m);
        const int64_t sh = static_cast<int64_t>(e) - k;
        if (sh >= 0) return from_int_signed(n << Int(sh), sign);
        // strip common factors of two (as_integer_ratio reduces the fraction)
        int64_t kk = -sh;
        while (kk > 0 && mod(n, Int(2)).sign() == 0) {
            n = floordiv(n, Int(2));
            --kk;
        }
        Decimal d = from_int_signed(n * ipow(Int(5), Int(kk), 0), sign);
        d.exp_ = -kk;
        return d;
    }
    static Decimal parse(std::string_view s);

    // ------------------------------------------------------------------ queries
    bool is_special() const { return special_ != 0; }
    bool is_nan() const { return special_ == 'n'; }
    bool is_inf() const { return special_ == 'F'; }
    bool is_zero() const { return !special_ && int_ == "0"; }
    bool sign() const { return sign_; }
    int64_t exp() const { return exp_; }
    const std::string& digits() const { return int_; }
    int64_t adjusted() const { return special_ ? 0 : exp_ + static_cast<int64_t>(int_.size()) - 1; }
    Decimal copy_negate() const {
        Decimal d = *this;
        d.sign_ = !sign_;
        return d;
    }
    Decimal copy_abs() const {
        Decimal d = *this;
        d.sign_ = false;
        return d;
    }

    // ------------------------------------------------------------------ rounding (_fix, _rescale)
    /// _pydecimal's rounding functions: 1 round away from zero, 0 exact, -1 truncate; keep `prec` digits.
    int round_kind(DecRound r, int64_t prec) const {
        auto all_zeros = [&]() {
            for (size_t i = static_cast<size_t>(prec); i < int_.size(); ++i)
                if (int_[i] != '0') return false;
            return true;
        };
        auto down = [&]() { return all_zeros() ? 0 : -1; };
        auto exact_half = [&]() {
            if (static_cast<size_t>(prec) >= int_.size() || int_[static_cast<size_t>(prec)] != '5') return false;
            for (size_t i = static_cast<size_t>(prec) + 1; i < int_.size(); ++i)
                if (int_[i] != '0') return false;
            return true;
        };
        auto half_up = [&]() {
            const char c = static_cast<size_t>(prec) < int_.size() ? int_[static_cast<size_t>(prec)] : '0';
            if (c >= '5') return 1;
            if (all_zeros()) return 0;
            return -1;
        };
        switch (r) {
        case DecRound::Down: return down();
        case DecRound::Up: return -down();
        case DecRound::HalfUp: return half_up();
        case DecRound::HalfDown: return exact_half() ? -1 : half_up();
        case DecRound::HalfEven:
            if (exact_half() && (prec == 0 || std::string_view("02468").find(int_[static_cast<size_t>(prec) - 1]) != std::string_view::npos))
                return -1;
            return half_up();
        case DecRound::Ceiling: return sign_ ? down() : -down();
        case DecRound::Floor: return !sign_ ? down() : -down();
        case DecRound::R05Up:
            if (prec && int_[static_cast<size_t>(prec) - 1] != '0' && int_[static_cast<size_t>(prec) - 1] != '5') return down();
            return -down();
        }
        return 0;
    }
    /// _fix: round to the context's precision (exponent range checks stop as a pyport limit).
    Decimal fix() const {
        if (special_) return *this;
        const DecContextData& c = dec_ctx();
        const int64_t Etiny = c.Emin - c.prec + 1;
        const int64_t Etop = c.Emax - c.prec + 1;
        const int64_t len = static_cast<int64_t>(int_.size());
        if (int_ == "0") {
            if (exp_ < Etiny || exp_ > c.Emax) limit("a zero whose exponent is clamped");
            return *this;
        }
        int64_t exp_min = len + exp_ - c.prec;
        if (exp_min > Etop) limit("an overflow past Emax");
        if (exp_min < Etiny) limit("a subnormal result");
        if (exp_ < exp_min) {
            int64_t digits = len + exp_ - exp_min;
            Decimal self = *this;
            if (digits < 0) {
                self = triple(sign_, "1", exp_min - 1);
                digits = 0;
            }
            const int changed = self.round_kind(c.rounding, digits);
            std::string coeff = self.int_.substr(0, static_cast<size_t>(digits));
            if (coeff.empty()) coeff = "0";
            if (changed > 0) {
                coeff = incr(coeff);
                if (static_cast<int64_t>(coeff.size()) > c.prec) {
                    coeff.pop_back();
                    exp_min += 1;
                }
            }
            if (exp_min > Etop) limit("an overflow past Emax");
            return triple(sign_, std::move(coeff), exp_min);
        }
        return *this;
    }
    /// _rescale(exp, rounding).
    Decimal rescale(int64_t exp, DecRound r) const {
        if (special_) return *this;
        if (int_ == "0") return triple(sign_, "0", exp);
        if (exp_ >= exp) return triple(sign_, int_ + std::string(static_cast<size_t>(exp_ - exp), '0'), exp);
        int64_t digits = static_cast<int64_t>(int_.size()) + exp_ - exp;
        Decimal self = *this;
        if (digits < 0) {
            self = triple(sign_, "1", exp - 1);
            digits = 0;
        }
        const int changed = self.round_kind(r, digits);
        std::string coeff = self.int_.substr(0, static_cast<size_t>(digits));
        if (coeff.empty()) coeff = "0";
        if (changed == 1) coeff = incr(coeff);
        return triple(sign_, std::move(coeff), exp);
    }

    // ------------------------------------------------------------------ arithmetic
    static Decimal add(const Decimal& a, const Decimal& b) {
        if (a.special_ || b.special_) {
            if (a.is_nan()) return nan(a.sign_, a.int_);
            if (b.is_nan()) return nan(b.sign_, b.int_);
            if (a.is_inf()) {
                if (b.is_inf() && a.sign_ != b.sign_) invalid("InvalidOperation");
                return a;
            }
            return b;
        }
        const DecContextData& c = dec_ctx();
        int64_t exp = std::min(a.exp_, b.exp_);
        const bool negativezero = c.rounding == DecRound::Floor && a.sign_ != b.sign_;
        if (a.is_zero() && b.is_zero()) {
            bool sign = a.sign_ && b.sign_;
            if (negativezero) sign = true;
            return triple(sign, "0", exp).fix();
        }
        if (a.is_zero()) {
            exp = std::max(exp, b.exp_ - c.prec - 1);
            return b.rescale(exp, c.rounding).fix();
        }
        if (b.is_zero()) {
            exp = std::max(exp, a.exp_ - c.prec - 1);
            return a.rescale(exp, c.rounding).fix();
        }
        // _WorkRep + _normalize
        bool s1 = a.sign_, s2 = b.sign_;
        Int i1 = Int::parse(a.int_), i2 = Int::parse(b.int_);
        int64_t e1 = a.exp_, e2 = b.exp_;
        {
            const bool first_is_tmp = !(e1 < e2);
            Int& ti = first_is_tmp ? i1 : i2;
            int64_t& te = first_is_tmp ? e1 : e2;
            Int& oi = first_is_tmp ? i2 : i1;
            int64_t& oe = first_is_tmp ? e2 : e1;
            const int64_t tmp_len = static_cast<int64_t>((first_is_tmp ? a : b).int_.size());
            const int64_t other_len = static_cast<int64_t>((first_is_tmp ? b : a).int_.size());
            const int64_t nexp = te + std::min<int64_t>(-1, tmp_len - c.prec - 2);
            if (other_len + oe - 1 < nexp) {
                oi = Int(1);
                oe = nexp;
            }
            ti = ti * ipow(Int(10), Int(te - oe), 0);
            te = oe;
        }
        bool rsign;
        if (s1 != s2) {
            if (i1 == i2) return triple(negativezero, "0", exp).fix();
            if (i1 < i2) {
                std::swap(i1, i2);
                std::swap(s1, s2);
                std::swap(e1, e2);
            }
            if (s1) {
                rsign = true;
                std::swap(s1, s2);
            } else {
                rsign = false;
            }
        } else if (s1) {
            rsign = true;
            s1 = s2 = false;
        } else {
            rsign = false;
        }
        const Int r = !s2 ? i1 + i2 : i1 - i2;
        return from_int_signed(r, rsign, e1).fix();
    }
    static Decimal sub(const Decimal& a, const Decimal& b) {
        if (a.is_nan() || b.is_nan()) return add(a, b);
        return add(a, b.copy_negate());
    }
    static Decimal mul(const Decimal& a, const Decimal& b) {
        const bool rs = a.sign_ != b.sign_;
        if (a.special_ || b.special_) {
            if (a.is_nan()) return nan(a.sign_, a.int_);
            if (b.is_nan()) return nan(b.sign_, b.int_);
            if (a.is_inf()) {
                if (b.is_zero()) invalid("InvalidOperation");
                return inf(rs);
            }
            if (a.is_zero()) invalid("InvalidOperation");
            return inf(rs);
        }
        const int64_t rexp = a.exp_ + b.exp_;
        if (a.is_zero() || b.is_zero()) return triple(rs, "0", rexp).fix();
        if (a.int_ == "1") return triple(rs, b.int_, rexp).fix();
        if (b.int_ == "1") return triple(rs, a.int_, rexp).fix();
        return from_int_signed(Int::parse(a.int_) * Int::parse(b.int_), rs, rexp).fix();
    }
    static Decimal truediv(const Decimal& a, const Decimal& b) {
        const bool sign = a.sign_ != b.sign_;
        if (a.special_ || b.special_) {
            if (a.is_nan()) return nan(a.sign_, a.int_);
            if (b.is_nan()) return nan(b.sign_, b.int_);
            if (a.is_inf() && b.is_inf()) invalid("InvalidOperation");
            if (a.is_inf()) return inf(sign);
            limit("a division by Infinity (clamped to Etiny)");
        }
        if (b.is_zero()) {
            if (a.is_zero()) invalid("DivisionUndefined");
            divzero();
        }
        int64_t exp;
        Int coeff;
        if (a.is_zero()) {
            exp = a.exp_ - b.exp_;
            coeff = Int(0);
        } else {
            const DecContextData& c = dec_ctx();
            const int64_t shift = static_cast<int64_t>(b.int_.size()) - static_cast<int64_t>(a.int_.size()) + c.prec + 1;
            exp = a.exp_ - b.exp_ - shift;
            const Int op1 = Int::parse(a.int_), op2 = Int::parse(b.int_);
            Int rem;
            if (shift >= 0) std::tie(coeff, rem) = divmod(op1 * ipow(Int(10), Int(shift), 0), op2);
            else std::tie(coeff, rem) = divmod(op1, op2 * ipow(Int(10), Int(-shift), 0));
            if (rem.sign() != 0) {
                if (mod(coeff, Int(5)).sign() == 0) coeff = coeff + Int(1);
            } else {
                const int64_t ideal = a.exp_ - b.exp_;
                while (exp < ideal && mod(coeff, Int(10)).sign() == 0) {
                    coeff = floordiv(coeff, Int(10));
                    exp += 1;
                }
            }
        }
        return from_int_signed(coeff, sign, exp).fix();
    }
    /// _divide: (integer quotient, remainder) for finite operands, other nonzero.
    static std::pair<Decimal, Decimal> divide(const Decimal& a, const Decimal& b) {
        const bool sign = a.sign_ != b.sign_;
        const int64_t ideal = b.is_inf() ? a.exp_ : std::min(a.exp_, b.exp_);
        const int64_t expdiff = a.adjusted() - b.adjusted();
        const DecContextData& c = dec_ctx();
        if (a.is_zero() || b.is_inf() || expdiff <= -2) return {triple(sign, "0", 0), a.rescale(ideal, c.rounding)};
        if (expdiff <= c.prec) {
            Int i1 = Int::parse(a.int_), i2 = Int::parse(b.int_);
            if (a.exp_ >= b.exp_) i1 = i1 * ipow(Int(10), Int(a.exp_ - b.exp_), 0);
            else i2 = i2 * ipow(Int(10), Int(b.exp_ - a.exp_), 0);
            auto [q, r] = divmod(i1, i2);
            if (q < ipow(Int(10), Int(c.prec), 0)) return {from_int_signed(q, sign, 0), from_int_signed(r, a.sign_, ideal)};
        }
        invalid("DivisionImpossible");
    }
    static Decimal floordiv_(const Decimal& a, const Decimal& b) {
        if (a.special_ || b.special_) {
            if (a.is_nan()) return nan(a.sign_, a.int_);
            if (b.is_nan()) return nan(b.sign_, b.int_);
            if (a.is_inf()) {
                if (b.is_inf()) invalid("InvalidOperation");
                return inf(a.sign_ != b.sign_);
            }
        }
        if (b.is_zero()) {
            if (!a.is_zero()) divzero();
            invalid("DivisionUndefined");
        }
        return divide(a, b).first;
    }
    static Decimal mod_(const Decimal& a, const Decimal& b) {
        if (a.special_ || b.special_) {
            if (a.is_nan()) return nan(a.sign_, a.int_);
            if (b.is_nan()) return nan(b.sign_, b.int_);
            if (a.is_inf()) invalid("InvalidOperation");
        }
        if (b.is_zero()) invalid(a.is_zero() ? "DivisionUndefined" : "InvalidOperation");
        return divide(a, b).second.fix();
    }
    /// -d (__neg__), +d (__pos__), abs(d): rounded to the context.
    friend Decimal operator-(const Decimal& a) {
        if (a.is_nan()) return nan(a.sign_, a.int_);
        if (a.is_zero() && dec_ctx().rounding != DecRound::Floor) return a.copy_abs().fix();
        return a.copy_negate().fix();
    }
    friend Decimal operator+(const Decimal& a) {
        if (a.is_nan()) return nan(a.sign_, a.int_);
        if (a.is_zero() && dec_ctx().rounding != DecRound::Floor) return a.copy_abs().fix();
        return a.fix();
    }
    Decimal abs() const { return sign_ ? -*this : +*this; }

    // ------------------------------------------------------------------ conversions
    /// int(d): truncates; NaN / Infinity raise as CPython.
    Int to_int() const {
        if (is_nan()) raise_lit<ValueError>("cannot convert NaN to integer");
        if (is_inf()) raise_lit<OverflowError>("cannot convert Infinity to integer");
        Int v;
        if (exp_ >= 0) v = Int::parse(int_) * ipow(Int(10), Int(exp_), 0);
        else {
            const int64_t keep = static_cast<int64_t>(int_.size()) + exp_;
            v = keep <= 0 ? Int(0) : Int::parse(std::string_view(int_).substr(0, static_cast<size_t>(keep)));
        }
        return sign_ ? -v : v;
    }
    /// float(d): float(str(d)).
    double to_double() const {
        if (is_nan()) return sign_ ? -std::nan("") : std::nan("");
        const std::string s = to_sci();
        return std::strtod(s.c_str(), nullptr);
    }
    /// round(d): half to even, an int.
    Int round_int() const {
        if (is_nan()) raise_lit<ValueError>("cannot round a NaN");
        if (is_inf()) raise_lit<OverflowError>("cannot round an infinity");
        return rescale(0, DecRound::HalfEven).to_int();
    }
    /// d.quantize(exp[, rounding]).
    Decimal quantize(const Decimal& e, DecRound r) const {
        if (special_ || e.special_) {
            if (is_nan()) return nan(sign_, int_);
            if (e.is_nan()) return nan(e.sign_, e.int_);
            if (is_inf() && e.is_inf()) return *this;
            invalid("InvalidOperation");
        }
        const DecContextData& c = dec_ctx();
        if (!(c.Emin - c.prec + 1 <= e.exp_ && e.exp_ <= c.Emax)) invalid("InvalidOperation");
        if (is_zero()) return triple(sign_, "0", e.exp_).fix();
        if (adjusted() > c.Emax) invalid("InvalidOperation");
        if (adjusted() - e.exp_ + 1 > c.prec) invalid("InvalidOperation");
        Decimal ans = rescale(e.exp_, r);
        if (ans.adjusted() > c.Emax) invalid("InvalidOperation");
        if (static_cast<int64_t>(ans.int_.size()) > c.prec) invalid("InvalidOperation");
        return ans.fix();
    }
    Decimal quantize(const Decimal& e) const { return quantize(e, dec_ctx().rounding); }
    /// d.to_integral_value(): rounded to an integer with the context's rounding (no signals).
    Decimal to_integral_value() const {
        if (is_nan()) return nan(sign_, int_);
        if (special_ || exp_ >= 0) return *this;
        return rescale(0, dec_ctx().rounding);
    }
    /// d.normalize(): rounded to the context, trailing zeros stripped.
    Decimal normalize() const {
        if (is_nan()) return nan(sign_, int_);
        const Decimal dup = fix();
        if (dup.is_inf()) return dup;
        if (dup.is_zero()) return triple(dup.sign_, "0", 0);
        const int64_t exp_max = dec_ctx().Emax;
        size_t end = dup.int_.size();
        int64_t exp = dup.exp_;
        while (dup.int_[end - 1] == '0' && exp < exp_max) {
            exp += 1;
            end -= 1;
        }
        return triple(dup.sign_, dup.int_.substr(0, end), exp);
    }
    /// d.sqrt(): correctly rounded (ROUND_HALF_EVEN whatever the context's rounding).
    Decimal sqrt() const {
        if (is_nan()) return nan(sign_, int_);
        if (is_inf() && !sign_) return *this;
        if (is_zero()) return triple(sign_, "0", floor_half(exp_)).fix();
        if (sign_) invalid("InvalidOperation");
        const int64_t prec = dec_ctx().prec + 1;
        const int64_t len = static_cast<int64_t>(int_.size());
        int64_t e = floor_half(exp_);
        Int c = Int::parse(int_);
        int64_t l;
        if (exp_ & 1) {
            c = c * Int(10);
            l = (len >> 1) + 1;
        } else {
            l = (len + 1) >> 1;
        }
        const int64_t shift = prec - l;
        bool exact;
        if (shift >= 0) {
            c = c * ipow(Int(100), Int(shift), 0);
            exact = true;
        } else {
            auto [q, rem] = divmod(c, ipow(Int(100), Int(-shift), 0));
            c = q;
            exact = rem.sign() == 0;
        }
        e -= shift;
        Int n = ipow(Int(10), Int(prec), 0);
        for (;;) {
            const Int q = floordiv(c, n);
            if (n <= q) break;
            n = (n + q) >> Int(1);
        }
        exact = exact && n * n == c;
        if (exact) {
            if (shift >= 0) n = floordiv(n, ipow(Int(10), Int(shift), 0));
            else n = n * ipow(Int(10), Int(-shift), 0);
            e += shift;
        } else if (mod(n, Int(5)).sign() == 0) {
            n = n + Int(1);
        }
        const Decimal ans = from_int_signed(n, false, e);
        DecContextData& ctx = dec_ctx();
        const DecRound saved = ctx.rounding;
        ctx.rounding = DecRound::HalfEven;
        const Decimal r = ans.fix();
        ctx.rounding = saved;
        return r;
    }
    /// d.ln(): correctly rounded (_pydecimal's ln with _dlog / _ilog).
    Decimal ln() const {
        if (is_nan()) return nan(sign_, int_);
        if (is_zero()) return inf(true);
        if (is_inf() && !sign_) return *this;
        if (!sign_ && int_ == "1" && exp_ == 0) return triple(false, "0", 0);
        if (sign_) invalid("InvalidOperation");
        const Int c = Int::parse(int_);
        const int64_t e = exp_;
        const int64_t p = dec_ctx().prec;
        int64_t places = p - ln_exp_bound() + 2;
        Int coeff;
        for (;;) {
            coeff = dlog(c, e, places);
            std::string cs;
            (coeff.sign() < 0 ? -coeff : coeff).py_repr(cs);
            const int64_t sh = static_cast<int64_t>(cs.size()) - p - 1;
            // coeff % (5*10**sh): a negative sh makes 10**sh a float in Python; it only happens when
            // coeff has fewer than p+1 digits, which _dlog's extra places rule out.
            if (sh < 0) limit("ln() with a short coefficient");
            if (mod(coeff, Int(5) * ipow(Int(10), Int(sh), 0)).sign() != 0) break;
            places += 3;
        }
        std::string digits;
        (coeff.sign() < 0 ? -coeff : coeff).py_repr(digits);
        const Decimal ans = triple(coeff.sign() < 0, std::move(digits), -places);
        DecContextData& ctx = dec_ctx();
        const DecRound saved = ctx.rounding;
        ctx.rounding = DecRound::HalfEven;
        const Decimal r = ans.fix();
        ctx.rounding = saved;
        return r;
    }
    int64_t ln_exp_bound() const {
        const int64_t adj = exp_ + static_cast<int64_t>(int_.size()) - 1;
        if (adj >= 1) return static_cast<int64_t>(std::to_string(adj * 23 / 10).size()) - 1;
        if (adj <= -2) return static_cast<int64_t>(std::to_string((-1 - adj) * 23 / 10).size()) - 1;
        const Int c = Int::parse(int_);
        if (adj == 0) {
            std::string num, den;
            (c - ipow(Int(10), Int(-exp_), 0)).py_repr(num);
            c.py_repr(den);
            return static_cast<int64_t>(num.size()) - static_cast<int64_t>(den.size()) - (num < den ? 1 : 0);
        }
        std::string d;
        (ipow(Int(10), Int(-exp_), 0) - c).py_repr(d);
        return exp_ + static_cast<int64_t>(d.size()) - 1;
    }
    static size_t ndigits(const Int& x) {
        std::string s;
        x.py_repr(s);
        return s.size();
    }
    static Int div_nearest(const Int& a, const Int& b) {
        auto [q, r] = divmod(a, b);
        return (Int(2) * r + (q & Int(1))) > b ? q + Int(1) : q;
    }
    static Int rshift_nearest(const Int& x, int64_t shift) {
        const Int b = Int(1) << Int(shift), q = x >> Int(shift);
        return (Int(2) * (x & (b - Int(1))) + (q & Int(1))) > b ? q + Int(1) : q;
    }
    static Int sqrt_nearest(const Int& n, Int a) {
        Int b(0);
        while (!(a == b)) {
            b = a;
            a = (a - floordiv(-n, a)) >> Int(1);
        }
        return a;
    }
    /// _ilog(x, M, L=8): M*log(x/M), to nearest.
    static Int ilog(const Int& x, const Int& M, int64_t L = 8) {
        Int y = x - M;
        int64_t R = 0;
        auto absy = [&]() { return y.sign() < 0 ? -y : y; };
        while ((R <= L && (absy() << Int(L - R)) >= M) || (R > L && (absy() >> Int(R - L)) >= M)) {
            y = div_nearest((M * y) << Int(1), M + sqrt_nearest(M * (M + rshift_nearest(y, R)), M));
            R += 1;
        }
        // T = -int(-10*len(str(M))//(3*L))
        const int64_t lm = static_cast<int64_t>(ndigits(M));
        const int64_t num = -10 * lm, den = 3 * L;
        const int64_t fl = num / den - ((num % den != 0 && ((num < 0) != (den < 0))) ? 1 : 0);
        const int64_t T = -fl;
        const Int yshift = rshift_nearest(y, R);
        Int w = div_nearest(M, Int(T));
        for (int64_t k = T - 1; k > 0; --k) w = div_nearest(M, Int(k)) - div_nearest(yshift * w, M);
        return div_nearest(w * y, M);
    }
    /// _log10_digits(p): the first p+1 digits of log(10) as an int.
    static Int log10_digits(int64_t p) {
        static std::string digits = "23025850929940456840179914546843642076011014886";
        if (p >= static_cast<int64_t>(digits.size())) {
            int64_t extra = 3;
            std::string d;
            for (;;) {
                const Int M = ipow(Int(10), Int(p + extra + 2), 0);
                d.clear();
                div_nearest(ilog(Int(10) * M, M), Int(100)).py_repr(d);
                if (d.substr(d.size() - static_cast<size_t>(extra)) != std::string(static_cast<size_t>(extra), '0')) break;
                extra += 3;
            }
            while (!d.empty() && d.back() == '0') d.pop_back();
            d.pop_back();
            digits = d;
        }
        return Int::parse(std::string_view(digits).substr(0, static_cast<size_t>(p + 1)));
    }
    /// _dlog(c, e, p): 10**p * log(c * 10**e), to nearest.
    static Int dlog(Int c, int64_t e, int64_t p) {
        p += 2;
        const int64_t l = static_cast<int64_t>(ndigits(c));
        const int64_t f = e + l - ((e + l >= 1) ? 1 : 0);
        Int log_d(0);
        if (p > 0) {
            const int64_t k = e + p - f;
            if (k >= 0) c = c * ipow(Int(10), Int(k), 0);
            else c = div_nearest(c, ipow(Int(10), Int(-k), 0));
            log_d = ilog(c, ipow(Int(10), Int(p), 0));
        }
        Int f_log_ten(0);
        if (f) {
            const int64_t extra = static_cast<int64_t>(std::to_string(f < 0 ? -f : f).size()) - 1;
            if (p + extra >= 0) f_log_ten = div_nearest(Int(f) * log10_digits(p + extra), ipow(Int(10), Int(extra), 0));
        }
        return div_nearest(f_log_ten + log_d, Int(100));
    }
    static int64_t floor_half(int64_t x) { return x >= 0 ? x / 2 : -((-x + 1) / 2); }
    /// d.adjusted() as a Python int.
    int_t adjusted_int() const { return int_t(adjusted()); }
    /// round(d, n): quantize to 10**-n.
    Decimal round_to(int64_t n) const { return quantize(triple(false, "1", -n)); }

    /// to-sci-string (str(d)).
    std::string to_sci() const {
        std::string out = sign_ ? "-" : "";
        if (is_inf()) return out + "Infinity";
        if (is_nan()) return out + "NaN" + int_;
        const int64_t len = static_cast<int64_t>(int_.size());
        const int64_t leftdigits = exp_ + len;
        int64_t dotplace = (exp_ <= 0 && leftdigits > -6) ? leftdigits : 1;
        if (dotplace <= 0) {
            out += "0.";
            out += std::string(static_cast<size_t>(-dotplace), '0');
            out += int_;
        } else if (dotplace >= len) {
            out += int_;
            out += std::string(static_cast<size_t>(dotplace - len), '0');
        } else {
            out += std::string_view(int_).substr(0, static_cast<size_t>(dotplace));
            out += '.';
            out += std::string_view(int_).substr(static_cast<size_t>(dotplace));
        }
        if (leftdigits != dotplace) {
            const int64_t e = leftdigits - dotplace;
            out += e < 0 ? "E-" : "E+";
            out += std::to_string(e < 0 ? -e : e);
        }
        return out;
    }

    // ------------------------------------------------------------------ comparisons
    /// _cmp for non-NaN operands.
    friend int cmp(const Decimal& a, const Decimal& b) {
        if (a.special_ || b.special_) {
            const int ai = a.is_inf() ? (a.sign_ ? -1 : 1) : 0;
            const int bi = b.is_inf() ? (b.sign_ ? -1 : 1) : 0;
            if (ai == bi) return 0;
            return ai < bi ? -1 : 1;
        }
        const int as = a.sign_ ? -1 : 1, bs = b.sign_ ? -1 : 1;
        if (a.is_zero()) return b.is_zero() ? 0 : -bs;
        if (b.is_zero()) return as;
        if (b.sign_ && !a.sign_) return 1;
        if (a.sign_ && !b.sign_) return -1;
        const int64_t sa = a.adjusted(), sb = b.adjusted();
        if (sa == sb) {
            const std::string pa = a.int_ + std::string(static_cast<size_t>(std::max<int64_t>(0, a.exp_ - b.exp_)), '0');
            const std::string pb = b.int_ + std::string(static_cast<size_t>(std::max<int64_t>(0, b.exp_ - a.exp_)), '0');
            if (pa == pb) return 0;
            return pa < pb ? -as : as;
        }
        return sa > sb ? as : -as;
    }
    /// ==: NaN equals nothing.
    friend bool operator==(const Decimal& a, const Decimal& b) {
        if (a.is_nan() || b.is_nan()) return false;
        return cmp(a, b) == 0;
    }
    /// <, <=, >, >=: a NaN operand raises InvalidOperation (the default trap).
    static int ordered_cmp(const Decimal& a, const Decimal& b) {
        if (a.is_nan() || b.is_nan()) invalid("InvalidOperation");
        return cmp(a, b);
    }
    friend bool operator<(const Decimal& a, const Decimal& b) { return ordered_cmp(a, b) < 0; }

    // Hooks used by py::repr / py::str / py::eq / py::lt / py::hash / py::truthy.
    void py_repr(std::string& out) const {
        out += "Decimal('";
        out += to_sci();
        out += "')";
    }
    void py_str(std::string& out) const { out += to_sci(); }
    bool py_bool() const { return special_ || int_ != "0"; }
    template <class X> bool py_eq(const X& x) const;
    template <class X> bool py_lt(const X& x) const;
    /// Decimal.__hash__ (equal to hash() of an equal int).
    int64_t py_hash() const {
        constexpr int64_t P = (int64_t{1} << 61) - 1;
        if (is_nan()) limit("hash() of a Decimal NaN (CPython hashes it by identity)");
        if (is_inf()) return sign_ ? -314159 : 314159;
        Int eh;
        if (exp_ >= 0) eh = pow_mod(Int(10), Int(exp_), Int(P), 0);
        else eh = pow_mod(pow_mod(Int(10), Int(P - 2), Int(P), 0), Int(-exp_), Int(P), 0);
        const int64_t h = static_cast<int64_t>(mod(Int::parse(int_) * eh, Int(P)));
        const int64_t ans = sign_ ? -h : h;
        return ans == -1 ? -2 : ans;
    }
    std::string py_format(std::string_view spec) const {
        if (!spec.empty()) limit("a format spec for a Decimal");
        return to_sci();
    }

    [[noreturn, PYPORT_COLD]] static void invalid(const char* cls) {
        raise<DecInvalidOperation>(std::string("[<class 'decimal.") + cls + "'>]");
    }
    [[noreturn, PYPORT_COLD]] static void divzero() { raise<DecDivisionByZero>("[<class 'decimal.DivisionByZero'>]"); }
    [[noreturn, PYPORT_COLD]] static void limit(const char* what) {
        throw PyportLimit(std::string("pyport's decimal module does not implement ") + what);
    }

private:
    bool sign_;
    std::string int_;  // coefficient digits (payload for a NaN, "0" for Infinity)
    int64_t exp_;
    char special_;     // 0 finite, 'F' Infinity, 'n' NaN

    static std::string incr(const std::string& s) {
        std::string r = s;
        size_t i = r.size();
        while (i > 0) {
            --i;
            if (r[i] == '9') r[i] = '0';
            else {
                ++r[i];
                return r;
            }
        }
        return "1" + r;
    }
    static Decimal from_int_signed(const Int& v, bool sign, int64_t exp = 0) {
        std::string s;
        v.py_repr(s);
        return triple(sign, std::move(s), exp);
    }
};

namespace detail {
template <> constexpr const char* py_type_name<Decimal>() { return "decimal.Decimal"; }
}  // namespace detail

#if PYPORT_LIB_BODIES
PYPORT_LIBFN Decimal Decimal::parse(std::string_view orig) {
    auto fail = [&]() -> Decimal { invalid("ConversionSyntax"); };
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (char c : orig)
        if (static_cast<unsigned char>(c) >= 0x80) limit("non-ASCII digits in Decimal()");
    size_t p = 0, end = orig.size();
    while (p < end && space(orig[p])) ++p;
    while (end > p && space(orig[end - 1])) --end;
    std::string s;
    for (size_t k = p; k < end; ++k)
        if (orig[k] != '_') s += orig[k];
    size_t i = 0;
    bool neg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    auto lower = [&](size_t from) {
        std::string r;
        for (size_t k = from; k < s.size(); ++k) r += static_cast<char>(std::tolower(static_cast<unsigned char>(s[k])));
        return r;
    };
    const std::string rest = lower(i);
    if (rest == "inf" || rest == "infinity") return inf(neg);
    if (rest.rfind("nan", 0) == 0 || rest.rfind("snan", 0) == 0) {
        const bool sig = rest[0] == 's';
        std::string diag = rest.substr(sig ? 4 : 3);
        for (char c : diag)
            if (!digit(c)) return fail();
        if (sig) limit("signalling NaNs");
        size_t z = 0;
        while (z < diag.size() && diag[z] == '0') ++z;
        diag = diag.substr(z);
        return nan(neg, diag);
    }
    std::string intpart, frac;
    while (i < s.size() && digit(s[i])) intpart += s[i++];
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && digit(s[i])) frac += s[i++];
    }
    if (intpart.empty() && frac.empty()) return fail();
    Int e(0);
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        bool eneg = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
        std::string ed;
        while (i < s.size() && digit(s[i])) ed += s[i++];
        if (ed.empty()) return fail();
        e = Int::parse(ed);
        if (eneg) e = -e;
    }
    if (i != s.size()) return fail();
    std::string all = intpart + frac;
    size_t z = 0;
    while (z + 1 < all.size() && all[z] == '0') ++z;
    all = all.substr(z);
    const Int ex = e - Int(static_cast<int64_t>(frac.size()));
    if (ex > Int(int64_t{1} << 60) || ex < -Int(int64_t{1} << 60)) limit("exponents this large");
    return triple(neg, std::move(all), static_cast<int64_t>(ex));
}
#endif

// ---------------------------------------------------------------------- mixed operands
namespace dec_detail {
template <class X>
inline constexpr bool is_dec_operand_v = std::is_same_v<std::remove_cvref_t<X>, Decimal> ||
                                         std::is_same_v<std::remove_cvref_t<X>, Int> || is_int_v<X> || is_bool_v<X>;
template <class X>
inline Decimal as_dec(const X& x) {
    return Decimal::of(x);
}
}  // namespace dec_detail

#define PYPORT_DEC_OP(NAME, EXPR)                                                         \
    template <class A, class B>                                                           \
    inline Decimal NAME(const A& a, const B& b) {                                         \
        static_assert(dec_detail::is_dec_operand_v<A> && dec_detail::is_dec_operand_v<B>, \
                      "pyport: Decimal arithmetic with this operand");                    \
        const Decimal x = dec_detail::as_dec(a), y = dec_detail::as_dec(b);               \
        return EXPR;                                                                      \
    }
PYPORT_DEC_OP(dec_add, Decimal::add(x, y))
PYPORT_DEC_OP(dec_sub, Decimal::sub(x, y))
PYPORT_DEC_OP(dec_mul, Decimal::mul(x, y))
PYPORT_DEC_OP(dec_truediv, Decimal::truediv(x, y))
PYPORT_DEC_OP(dec_floordiv, Decimal::floordiv_(x, y))
PYPORT_DEC_OP(dec_mod, Decimal::mod_(x, y))
#undef PYPORT_DEC_OP

template <class A, class B>
inline bool dec_eq(const A& a, const B& b) {
    return dec_detail::as_dec(a) == dec_detail::as_dec(b);
}
template <class A, class B> inline bool dec_ne(const A& a, const B& b) { return !dec_eq(a, b); }
template <class A, class B> inline bool dec_lt(const A& a, const B& b) { return Decimal::ordered_cmp(dec_detail::as_dec(a), dec_detail::as_dec(b)) < 0; }
template <class A, class B> inline bool dec_le(const A& a, const B& b) { return Decimal::ordered_cmp(dec_detail::as_dec(a), dec_detail::as_dec(b)) <= 0; }
template <class A, class B> inline bool dec_gt(const A& a, const B& b) { return Decimal::ordered_cmp(dec_detail::as_dec(a), dec_detail::as_dec(b)) > 0; }
template <class A, class B> inline bool dec_ge(const A& a, const B& b) { return Decimal::ordered_cmp(dec_detail::as_dec(a), dec_detail::as_dec(b)) >= 0; }

template <class X> bool Decimal::py_eq(const X& x) const {
    if constexpr (dec_detail::is_dec_operand_v<X>) return dec_eq(*this, x);
    else return false;
}
template <class X> bool Decimal::py_lt(const X& x) const { return dec_lt(*this, x); }

}  // namespace py

template <>
struct std::hash<py::Decimal> {
    size_t operator()(const py::Decimal& x) const noexcept { return static_cast<size_t>(x.py_hash()); }
};
