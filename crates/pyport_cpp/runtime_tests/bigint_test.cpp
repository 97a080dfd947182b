//! Tests of pyport/bigint.hpp: unit checks (no args), CPython-generated cases (`--cases FILE`,
//! written by bigint_cases.py; prints each mismatch, then "N passed, M failed"), and a
//! micro-benchmark (`--bench`, prints timings; asserts nothing).
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <limits>
#include <string>
#include <vector>

#define PYPORT_WITH_FRACTION 1
#include "pyport/runtime.hpp"
// Not included by runtime.hpp until the compiler emits arbitrary-precision ints.
#include "pyport/bigint.hpp"

using py::BigInt;
using py::Int;

static int g_pass = 0, g_fail = 0;

static void fail_at(int line, const std::string& what) {
    ++g_fail;
    std::fprintf(stderr, "FAIL bigint_test.cpp:%d: %s\n", line, what.c_str());
}

#define CHECK(cond)                                 \
    do {                                            \
        if (cond) ++g_pass;                         \
        else fail_at(__LINE__, "CHECK(" #cond ")"); \
    } while (0)

#define CHECK_STR(a, b)                                                                                   \
    do {                                                                                                  \
        std::string _a = (a);                                                                             \
        std::string _b = (b);                                                                             \
        if (_a == _b) ++g_pass;                                                                           \
        else fail_at(__LINE__, std::string(#a "\n  got:  ") + _a.substr(0, 300) + "\n  want: " + _b.substr(0, 300)); \
    } while (0)

#define CHECK_RAISES(Type, message, expr)                                                              \
    do {                                                                                               \
        try {                                                                                          \
            (void)(expr);                                                                              \
            fail_at(__LINE__, "no exception from " #expr);                                             \
        } catch (const Type& _e) {                                                                     \
            if (_e.msg == std::string(message)) ++g_pass;                                              \
            else fail_at(__LINE__, std::string(#expr " raised ") + _e.type_name() + ": " + _e.msg);   \
        } catch (const py::BaseException& _e) {                                                       \
            fail_at(__LINE__, std::string(#expr " raised wrong type ") + _e.type_name() + ": " + _e.msg); \
        }                                                                                              \
    } while (0)

static constexpr int64_t I64MIN = std::numeric_limits<int64_t>::min();
static constexpr int64_t I64MAX = std::numeric_limits<int64_t>::max();

static Int P(const char* s) { return Int::parse(s); }

// ============================================================================== unit checks

static Int factorial(int64_t n) {
    Int r = 1;
    for (int64_t i = 2; i <= n; ++i) r = r * i;
    return r;
}

static void unit_checks() {
    // Layout and normalisation.
    CHECK(sizeof(Int) == 16);
    Int a = I64MAX;
    CHECK(a.is_small());
    Int b = a + 1;
    CHECK(!b.is_small());
    CHECK_STR(py::str(b), "9223372036854775808");
    CHECK((b - 1).is_small());
    CHECK((b - 1).small() == I64MAX);
    CHECK(Int(I64MIN).is_small());
    CHECK(!(-Int(I64MIN)).is_small());
    CHECK_STR(py::str(-Int(I64MIN)), "9223372036854775808");
    CHECK((-(-Int(I64MIN))).is_small());
    CHECK(Int(uint64_t{18446744073709551615u}) == P("18446744073709551615"));
    CHECK(!Int(uint64_t{18446744073709551615u}).is_small());
    CHECK(Int(uint64_t{5}).is_small());
    CHECK(Int(I64MIN) * -1 == P("9223372036854775808"));
    CHECK(py::floordiv(Int(I64MIN), Int(-1)) == P("9223372036854775808"));
    CHECK(py::mod(Int(I64MIN), Int(-1)) == 0);

    // Sharing: copies of a big value share one heap box; values stay independent.
    Int c = b;
    c += 1;
    CHECK_STR(py::str(b), "9223372036854775808");
    CHECK_STR(py::str(c), "9223372036854775809");
    Int moved = std::move(c);
    CHECK_STR(py::repr(moved), "9223372036854775809");

    // Factorials and their digits (math.factorial(30), len(str(math.factorial(1000)))).
    CHECK_STR(py::str(factorial(30)), "265252859812191058636308480000000");
    CHECK(py::str(factorial(1000)).size() == 2568);
    CHECK(py::floordiv(factorial(1000), factorial(998)) == 999000);

    // Runtime integration: repr/str/format/eq/lt/truthy, containers.
    py::List<Int> xs;
    xs.append(P("100000000000000000000"));
    xs.append(3);
    CHECK_STR(py::repr(xs), "[100000000000000000000, 3]");
    CHECK_STR(py::repr(std::make_tuple(Int(1), P("-123456789012345678901234567890"))),
              "(1, -123456789012345678901234567890)");
    CHECK_STR(py::format(P("1234567890123456789012"), ","), "1,234,567,890,123,456,789,012");
    CHECK_STR(py::format(Int(255), "#x"), "0xff");
    CHECK(py::eq(P("100000000000000000000"), P("100000000000000000000")));
    CHECK(py::eq(Int(5), 5));
    CHECK(py::eq(5, Int(5)));
    CHECK(py::eq(5.0, Int(5)));
    CHECK(!py::eq(5.5, Int(5)));
    CHECK(py::lt(Int(4), Int(5)));
    CHECK(py::le(Int(5), Int(5)));
    CHECK(py::gt(P("100000000000000000000"), Int(5)));
    CHECK(py::truthy(P("100000000000000000000")));
    CHECK(!py::truthy(Int(0)));
    xs.sort();
    CHECK_STR(py::repr(xs), "[3, 100000000000000000000]");

    // Mixed with int64 and double.
    CHECK(Int(7) + 2.5 == 9.5);
    CHECK(2.5 * Int(2) == 5.0);
    CHECK(Int(10) > 9.99);
    CHECK(9.99 < Int(10));
    CHECK(!(Int(1) < std::nan("")));
    CHECK(Int(1) != std::nan(""));
    CHECK(P("9007199254740993") > 9007199254740992.0);  // 2**53 + 1 vs float(2**53)
    CHECK(P("9007199254740993") != 9007199254740992.0);
    CHECK(3 < Int(4));
    CHECK(py::lt(3, Int(4)));
    CHECK(py::le(4, Int(4)));
    CHECK(py::gt(2.5, Int(2)));
    CHECK(py::ge(-1, P("-100000000000000000000")));
    CHECK(!py::lt(P("100000000000000000000"), 5.0));
    CHECK(py::ne(4, Int(5)));
    CHECK(Int::parse("-123").small() == -123);
    {
        // Power-of-two bases parse in linear time: a million hex digits.
        const Int h = Int::parse(std::string(1000000, 'f'), 16);
        CHECK(h.bit_length() == 4000000);
        CHECK(h + 1 == Int(1) << 4000000);
        CHECK(Int::parse("-0b" + std::string(100, '1'), 0) == -((Int(1) << 100) - 1));
        CHECK(Int::parse("0o777777777777777777777777", 0) == (Int(1) << 72) - 1);
    }
    CHECK(Int::parse("+000000000000000042").small() == 42);
    CHECK(Int::parse("999999999999999999").small() == 999999999999999999);
    CHECK(Int::parse("-9223372036854775808").small() == I64MIN);
    CHECK(!Int::parse("9223372036854775808").is_small());
    CHECK_RAISES(py::ValueError, "invalid literal for int() with base 10: '-'", Int::parse("-"));
    CHECK_RAISES(py::ValueError, "invalid literal for int() with base 10: '12a'", Int::parse("12a"));
    CHECK(Int(4) + 1 == 5);
    CHECK(1 - Int(4) == -3);

    // Errors, with CPython's messages.
    CHECK_RAISES(py::ZeroDivisionError, "integer division or modulo by zero", py::floordiv(Int(1), Int(0)));
    CHECK_RAISES(py::ZeroDivisionError, "integer modulo by zero", py::mod(Int(1), Int(0)));
    CHECK_RAISES(py::ZeroDivisionError, "integer modulo by zero", py::mod(P("100000000000000000000"), Int(0)));
    CHECK_RAISES(py::ZeroDivisionError, "integer division or modulo by zero", py::divmod(Int(1), Int(0)));
    CHECK_RAISES(py::ZeroDivisionError, "division by zero", py::truediv(Int(1), Int(0)));
    CHECK_RAISES(py::ValueError, "negative shift count", Int(1) << Int(-1));
    CHECK_RAISES(py::ValueError, "negative shift count", Int(1) >> Int(-1));
    CHECK_RAISES(py::ValueError, "base is not invertible for the given modulus", py::pow_mod(Int(2), Int(-1), Int(4), 0));
    CHECK_RAISES(py::ValueError, "pow() 3rd argument cannot be 0", py::pow_mod(Int(2), Int(3), Int(0), 0));
    CHECK_RAISES(py::OverflowError, "int too large to convert to float", (Int(1) << 1024).to_double());
    CHECK_RAISES(py::IndexError, "cannot fit 'int' into an index-sized integer", (Int(1) << 63).as_index());
    CHECK_RAISES(py::OverflowError, "cannot fit 'int' into an index-sized integer", (Int(1) << 63).as_ssize());
    CHECK((Int(1) << 62).as_index() == (int64_t{1} << 62));
    CHECK_RAISES(py::ValueError,
                 "Exceeds the limit (4300 digits) for integer string conversion; use "
                 "sys.set_int_max_str_digits() to increase the limit",
                 py::str(py::ipow(Int(10), Int(4300), 0)));
    CHECK(py::str(py::ipow(Int(10), Int(4299), 0)).size() == 4300);
    CHECK_RAISES(py::ValueError, "maxdigits must be 0 or larger than 640", py::set_int_max_str_digits(5));
    py::set_int_max_str_digits(0);
    CHECK(py::str(py::ipow(Int(10), Int(20000), 0)).size() == 20001);
    CHECK(Int::parse(std::string(20000, '7')).bit_length() == 66439);
    py::set_int_max_str_digits(4300);
    CHECK_RAISES(py::ValueError,
                 "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use "
                 "sys.set_int_max_str_digits() to increase the limit",
                 Int::parse(std::string(4301, '1')));

    // ipow with huge exponents: only 0, 1, -1 are representable.
    CHECK(py::ipow(Int(-1), P("100000000000000000001"), 0) == -1);
    CHECK(py::ipow(Int(1), P("100000000000000000001"), 0) == 1);
    CHECK(py::ipow(Int(0), P("100000000000000000001"), 0) == 0);
    CHECK(py::ipow(Int(3), Int(0), 0) == 1);
    CHECK_STR(py::str(py::ipow(Int(3), Int(100), 0)), "515377520732011331036461129765621272702107522001");
    CHECK(py::int_pow_float(Int(2), Int(-2)) == 0.25);

    {
        Int x = 5;
        x <<= 70;
        x |= 1;
        x ^= 3;
        x >>= 1;
        x &= (Int(1) << 80) - 1;
        CHECK_STR(py::str(x), "2951479051793528258561");  // ((5 << 70 | 1) ^ 3) >> 1
        CHECK(std::hash<Int>{}(P("10000000000000000000000000000000000000000")) == 1388497483929617590u);
    }
    // Hashes as CPython.
    CHECK(Int(-1).hash() == -2);
    CHECK(P("2305843009213693951").hash() == 0);  // 2**61 - 1
    CHECK(P("-18446744073709551616").hash() == -8);
    CHECK(P("10000000000000000000000000000000000000000").hash() == 1388497483929617590);

    // from_double / truediv corner cases.
    CHECK_STR(py::str(Int::from_double(1e300)).substr(0, 20), "10000000000000000525");
    CHECK_RAISES(py::OverflowError, "cannot convert float infinity to integer", Int::from_double(INFINITY));
    CHECK_RAISES(py::ValueError, "cannot convert float NaN to integer", Int::from_double(NAN));
    CHECK(std::signbit(py::truediv(Int(0), Int(-5))));
    CHECK(py::truediv(Int(1) << 2000, Int(1) << 1990) == 1024.0);

    // Karatsuba agrees with schoolbook: (2**k - 1)**2 == 2**2k - 2**(k+1) + 1.
    for (int k : {1000, 1279, 2203, 4423, 9689, 30000}) {
        Int m = (Int(1) << k) - 1;
        CHECK(m * m == (Int(1) << (2 * k)) - (Int(1) << (k + 1)) + 1);
        CHECK(py::floordiv(m * m, m) == m);
    }
}

// ========================================================================= generated cases

static std::string unescape(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i];
            continue;
        }
        char c = s[++i];
        if (c == 't') out += '\t';
        else if (c == 'n') out += '\n';
        else if (c == 'r') out += '\r';
        else if (c == 'x' && i + 2 < s.size()) {
            out += static_cast<char>(std::strtol(s.substr(i + 1, 2).c_str(), nullptr, 16));
            i += 2;
        } else out += c;
    }
    return out;
}

static std::string escape(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        if (c == '\\') out += "\\\\";
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c == 0x7F) {
            char b[8];
            std::snprintf(b, sizeof b, "\\x%02x", c);
            out += b;
        } else out += static_cast<char>(c);
    }
    return out;
}

static std::string hx(const Int& x) { return py::format(x, "#x"); }
static std::string flags(std::initializer_list<bool> bs) {
    std::string s;
    for (bool b : bs) s += b ? '1' : '0';
    return s;
}
static double parse_double(const std::string& s) {
    if (s == "nan") return std::numeric_limits<double>::quiet_NaN();
    if (s == "inf") return INFINITY;
    if (s == "-inf") return -INFINITY;
    return std::strtod(s.c_str(), nullptr);
}
/// Floats compare by bits (so -0.0 != 0.0); any nan equals any nan.
static bool same_float(double got, const std::string& want) {
    const double w = parse_double(want);
    if (std::isnan(got) || std::isnan(w)) return std::isnan(got) && std::isnan(w);
    return std::memcmp(&got, &w, sizeof got) == 0;
}

static int run_cases(const char* path) {
    std::ifstream in(path);
    if (!in) {
        std::fprintf(stderr, "bigint_test: cannot open cases file %s\n", path);
        return 2;
    }
    std::string line;
    int pass = 0, fail = 0, lineno = 0;
    while (std::getline(in, line)) {
        ++lineno;
        if (line.empty()) continue;
        std::vector<std::string> f;
        size_t start = 0;
        for (;;) {
            size_t t = line.find('\t', start);
            f.push_back(line.substr(start, t == std::string::npos ? std::string::npos : t - start));
            if (t == std::string::npos) break;
            start = t + 1;
        }
        const std::string& op = f[0];
        const std::string want = f.back();
        auto I = [&](size_t k) { return Int::parse(f[k], 0); };
        auto D = [&](size_t k) { return parse_double(f[k]); };
        auto L = [&](size_t k) -> int64_t { return I(k).as_ssize(); };
        std::string got;
        bool float_result = false;
        double gotf = 0;
        try {
            if (op == "add") got = hx(I(1) + I(2));
            else if (op == "sub") got = hx(I(1) - I(2));
            else if (op == "mul") got = hx(I(1) * I(2));
            else if (op == "floordiv") got = hx(py::floordiv(I(1), I(2)));
            else if (op == "mod") got = hx(py::mod(I(1), I(2)));
            else if (op == "divmod") {
                auto [q, r] = py::divmod(I(1), I(2));
                got = hx(q) + " " + hx(r);
            } else if (op == "and") got = hx(I(1) & I(2));
            else if (op == "or") got = hx(I(1) | I(2));
            else if (op == "xor") got = hx(I(1) ^ I(2));
            else if (op == "cmp") {
                Int a = I(1), b = I(2);
                got = flags({a < b, a <= b, a == b, a != b, a > b, a >= b});
            } else if (op == "truediv") float_result = true, gotf = py::truediv(I(1), I(2));
            else if (op == "neg") got = hx(-I(1));
            else if (op == "abs") got = hx(py::iabs(I(1), 0));
            else if (op == "invert") got = hx(~I(1));
            else if (op == "bit_length") got = hx(Int(I(1).bit_length()));
            else if (op == "float") float_result = true, gotf = I(1).to_double();
            else if (op == "hash") got = hx(Int(I(1).hash()));
            else if (op == "bool") got = hx(Int(py::truthy(I(1)) ? 1 : 0));
            else if (op == "index") got = hx(Int(I(1).as_index()));
            else if (op == "lshift") got = hx(I(1) << I(2));
            else if (op == "rshift") got = hx(I(1) >> I(2));
            else if (op == "pow") got = hx(py::ipow(I(1), I(2), 0));
            else if (op == "powmod") got = hx(py::pow_mod(I(1), I(2), I(3), 0));
            else if (op == "cmpf") {
                Int a = I(1);
                double d = D(2);
                got = flags({a < d, a <= d, a == d, a != d, a > d, a >= d});
            } else if (op == "fromfloat") got = hx(Int::from_double(D(1)));
            else if (op == "addf") float_result = true, gotf = I(1) + D(2);
            else if (op == "mulf") float_result = true, gotf = I(1) * D(2);
            else if (op == "truedivf") float_result = true, gotf = py::truediv(I(1), D(2));
            else if (op == "floordivf") float_result = true, gotf = py::floordiv(I(1), D(2));
            else if (op == "modf") float_result = true, gotf = py::mod(D(1), I(2));
            // The int64 overloads (two plain C++ integers, as generated code passes loop counters).
            else if (op == "add64") got = hx(py::add(L(1), L(2), 0));
            else if (op == "sub64") got = hx(py::sub(L(1), L(2), 0));
            else if (op == "mul64") got = hx(py::mul(L(1), L(2), 0));
            else if (op == "floordiv64") got = hx(py::floordiv(L(1), L(2), 0));
            else if (op == "mod64") got = hx(py::mod(L(1), L(2), 0));
            else if (op == "divmod64") {
                auto [q, r] = py::divmod(L(1), L(2), 0);
                got = hx(q) + " " + hx(r);
            } else if (op == "floordivpos64") got = hx(py::floordiv_by_positive(L(1), L(2)));
            else if (op == "modpos64") got = hx(py::mod_by_positive(L(1), L(2)));
            else if (op == "neg64") got = hx(py::neg(L(1), 0));
            else if (op == "abs64") got = hx(py::iabs(L(1), 0));
            else if (op == "lshift64") got = hx(py::lshift(L(1), L(2), 0));
            else if (op == "rshift64") got = hx(py::rshift(L(1), L(2), 0));
            else if (op == "pow64") got = hx(py::ipow(L(1), L(2), 0));
            else if (op == "str") got = escape(py::str(I(1)));
            else if (op == "parse") got = hx(Int::parse(unescape(f[1]), std::atoi(f[2].c_str())));
            else if (op == "format") got = escape(py::format(I(1), unescape(f[2])));
            else if (op.rfind("frac_", 0) == 0) {
                const py::Fraction a = py::Fraction::of(I(1), I(2)), b = py::Fraction::of(I(3), I(4));
                if (op == "frac_add") got = escape(py::str(py::frac_add(a, b)));
                else if (op == "frac_sub") got = escape(py::str(py::frac_sub(a, b)));
                else if (op == "frac_mul") got = escape(py::str(py::frac_mul(a, b)));
                else if (op == "frac_truediv") got = escape(py::str(py::frac_truediv(a, b)));
                else if (op == "frac_floordiv") got = hx(py::frac_floordiv(a, b));
                else if (op == "frac_mod") got = escape(py::str(py::frac_mod(a, b)));
                else if (op == "frac_cmp") {
                    const bool r[] = {py::frac_lt(a, b), py::frac_le(a, b), py::frac_eq(a, b),
                                      py::frac_ne(a, b), py::frac_gt(a, b), py::frac_ge(a, b)};
                    for (bool v : r) got += v ? '1' : '0';
                } else if (op == "frac_hash") got = hx(Int(py::hash(a)));
                else if (op == "frac_float") float_result = true, gotf = a.to_double();
                else if (op == "frac_round") got = hx(a.round());
                else if (op == "frac_trunc") got = hx(a.trunc());
                else if (op == "frac_limit") got = escape(py::str(a.limit_denominator(py::iabs(b.num(), 0) - py::floordiv(py::iabs(b.num(), 0), Int(100000)) * Int(100000) + Int(1))));
                else if (op == "frac_pow") got = escape(py::str(py::frac_pow(a, I(5))));
                else {
                    std::fprintf(stderr, "bigint_test: unknown op `%s` on line %d of %s\n", op.c_str(), lineno, path);
                    return 2;
                }
            } else if (op == "num_cmpf") {
                const py::Num a = I(1), x = D(2);
                const bool r[] = {py::num_lt(a, x), py::num_le(a, x), py::num_eq(a, x),
                                  py::num_ne(a, x), py::num_gt(a, x), py::num_ge(a, x)};
                for (bool v : r) got += v ? '1' : '0';
            } else if (op == "num_addf") float_result = true, gotf = py::to_float(py::num_add(py::Num(I(1)), py::Num(D(2)), 0));
            else if (op == "num_hash") got = hx(Int(py::hash(py::Num(I(1)))));
            else {
                std::fprintf(stderr, "bigint_test: unknown op `%s` on line %d of %s\n", op.c_str(), lineno, path);
                return 2;
            }
        } catch (const py::BaseException& e) {
            float_result = false;
            got = std::string("ERROR ") + e.type_name() + ": " + e.msg;
        } catch (const std::bad_alloc&) {
            float_result = false;
            got = "ERROR MemoryError";
        }
        const bool ok = float_result ? (want.rfind("ERROR", 0) != 0 && same_float(gotf, want)) : got == want;
        if (ok) {
            ++pass;
        } else {
            ++fail;
            if (fail <= 30) {
                if (float_result) got = py::float_repr(gotf);
                std::string shown = line.size() > 400 ? line.substr(0, 400) + "..." : line;
                std::printf("MISMATCH line %d: %s\n  got: %s\n", lineno, shown.c_str(), got.substr(0, 400).c_str());
            }
        }
    }
    std::printf("%d passed, %d failed\n", pass, fail);
    return fail == 0 ? 0 : 1;
}

// ============================================================================== benchmark

using Clock = std::chrono::steady_clock;
static double secs(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

// Kept out of line so the loop bodies are what a generated program would run.
[[gnu::noinline]] static Int sum_int(int64_t n, int64_t step) {
    Int s = 0, k = step;
    for (int64_t i = 0; i < n; ++i) s = s + k;
    return s;
}
// The same loop with the Int a plain local (a generated program's usual case): the result
// leaves through a copy, so the loop variable is not the caller's return slot in memory.
[[gnu::noinline]] static Int sum_int_local(int64_t n, int64_t step) {
    Int s = 0, k = step;
    for (int64_t i = 0; i < n; ++i) s = s + k;
    Int out = s;
    return out;
}
[[gnu::noinline]] static int64_t sum_i64(int64_t n, int64_t step) {
    int64_t s = 0;
    for (int64_t i = 0; i < n; ++i) s = py::add(s, step, 1);
    return s;
}

static int run_bench() {
    const int64_t n = 100'000'000;
    volatile int64_t step = 3;
    auto t0 = Clock::now();
    int64_t r1 = sum_i64(n, step);
    auto t1 = Clock::now();
    Int r2 = sum_int(n, step);
    auto t2 = Clock::now();
    Int r3 = sum_int_local(n, step);
    auto t2b = Clock::now();
    std::printf("1e8 int64 py::add (exact, promoting): %.3f s  (result %lld)\n", secs(t0, t1), static_cast<long long>(r1));
    std::printf("1e8 py::Int adds (result in memory): %.3f s  (result %s)\n", secs(t1, t2), py::str(r2).c_str());
    std::printf("1e8 py::Int adds (local variable):   %.3f s  (result %s)\n", secs(t2, t2b), py::str(r3).c_str());

    py::set_int_max_str_digits(0);
    auto t3 = Clock::now();
    Int f = factorial(5000);
    auto t4 = Clock::now();
    std::string s = py::str(f);
    auto t5 = Clock::now();
    std::printf("factorial(5000):                     %.4f s\n", secs(t3, t4));
    std::printf("str(factorial(5000)) (%zu digits): %.4f s  (starts %s)\n", s.size(), secs(t4, t5), s.substr(0, 12).c_str());

    Int big = factorial(20000);
    auto t6 = Clock::now();
    Int sq = big * big;
    auto t7 = Clock::now();
    std::printf("factorial(20000)**2 (%lld-bit operands, Karatsuba): %.4f s\n",
                static_cast<long long>(big.bit_length()), secs(t6, t7));
    return 0;
}

int main(int argc, char** argv) {
    if (argc >= 3 && std::strcmp(argv[1], "--cases") == 0) return run_cases(argv[2]);
    if (argc >= 2 && std::strcmp(argv[1], "--bench") == 0) return run_bench();
    if (argc != 1) {
        std::fprintf(stderr, "usage: bigint_test [--cases FILE | --bench]\n");
        return 2;
    }
    try {
        unit_checks();
    } catch (const py::BaseException& e) {
        fail_at(__LINE__, std::string("uncaught ") + e.type_name() + ": " + e.msg);
    }
    std::printf("%d passed, %d failed\n", g_pass, g_fail);
    return g_fail == 0 ? 0 : 1;
}
