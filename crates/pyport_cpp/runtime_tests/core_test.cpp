//! Tests of the pyport core runtime: unit checks (no args), CPython-comparison cases (`--cases`, compare with core_cases.py), and program-entry scenarios (`--run NAME`).
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>

#include "pyport/runtime.hpp"

using py::List;
using py::Num;
using py::Str;

static int g_pass = 0, g_fail = 0;

static void fail_at(int line, const std::string& what) {
    ++g_fail;
    std::fprintf(stderr, "FAIL core_test.cpp:%d: %s\n", line, what.c_str());
}

#define CHECK(cond)                                   \
    do {                                              \
        if (cond) ++g_pass;                           \
        else fail_at(__LINE__, "CHECK(" #cond ")"); \
    } while (0)

#define CHECK_EQ(a, b)                                                                                 \
    do {                                                                                               \
        auto _a = (a);                                                                                 \
        auto _b = (b);                                                                                 \
        if (py::repr(_a) == py::repr(_b) && py::eq(_a, _b)) ++g_pass;                                  \
        else fail_at(__LINE__, std::string(#a " == " #b "\n  got:  ") + py::repr(_a) + "\n  want: " + \
                                   py::repr(_b));                                                      \
    } while (0)

#define CHECK_STR(a, b)                                                                              \
    do {                                                                                             \
        std::string _a = (a);                                                                        \
        std::string _b = (b);                                                                        \
        if (_a == _b) ++g_pass;                                                                      \
        else fail_at(__LINE__, std::string(#a "\n  got:  ") + py::repr(_a) + "\n  want: " + py::repr(_b)); \
    } while (0)

#define CHECK_RAISES(Type, message, expr)                                                            \
    do {                                                                                             \
        try {                                                                                        \
            (void)(expr);                                                                            \
            fail_at(__LINE__, "no exception from " #expr);                                           \
        } catch (const Type& _e) {                                                                   \
            if (_e.msg == std::string(message)) ++g_pass;                                            \
            else fail_at(__LINE__, std::string(#expr " raised ") + _e.type_name() + ": " + _e.msg); \
        } catch (const py::BaseException& _e) {                                                     \
            fail_at(__LINE__, std::string(#expr " raised wrong type ") + _e.type_name() + ": " + _e.msg); \
        }                                                                                            \
    } while (0)

static constexpr int64_t I64MIN = std::numeric_limits<int64_t>::min();
static constexpr int64_t I64MAX = std::numeric_limits<int64_t>::max();
static const double INF = std::numeric_limits<double>::infinity();
static const double NaN = std::numeric_limits<double>::quiet_NaN();

// ====================================================================== generators

static py::Generator<int64_t> count_to(int64_t n) {
    for (int64_t i = 0; i < n; ++i) co_yield i;
}

static int64_t g_side = 0;
static py::Generator<int64_t> counting_side_effect() {
    for (int64_t i = 0;; ++i) {
        g_side = i;
        co_yield i;
    }
}

static py::Generator<int64_t> raises_after(int64_t n) {
    for (int64_t i = 0; i < n; ++i) co_yield i;
    throw py::ValueError("boom");
}

static py::Generator<int64_t> raises_stop_iteration() {
    co_yield 1;
    throw py::StopIteration("");
}

static py::Generator<Str> words() {
    Str w = "alpha";
    co_yield w;                  // lvalue: copied
    co_yield Str("beta");        // rvalue: moved
    co_yield py::concat("ga", "mma");
}

static py::Generator<double> halves() {
    co_yield 1;  // int converted to double
    co_yield 0.5;
}

static py::Generator<int64_t>* g_self = nullptr;
static py::Generator<int64_t> reentrant() {
    int64_t x = 0;
    g_self->next(x);  // resuming a running generator
    co_yield x;
}

static py::Generator<py::Generator<int64_t>> nested_gens() {
    co_yield count_to(2);
    co_yield count_to(3);
}

static void test_generators() {
    auto g = count_to(3);
    int64_t v = -1;
    CHECK(g.next(v) && v == 0);
    auto alias = g;  // shares the coroutine
    CHECK(alias.next(v) && v == 1);
    CHECK_EQ(g.next_or_raise(), int64_t{2});
    CHECK_RAISES(py::StopIteration, "", g.next_or_raise());
    CHECK_EQ(g.next_or(42), int64_t{42});
    CHECK(!alias.next(v));

    List<int64_t> got;
    for (int64_t x : count_to(5)) got.append(x);
    CHECK_STR(py::repr(got), "[0, 1, 2, 3, 4]");

    auto r = raises_after(2);
    CHECK_EQ(r.next_or_raise(), int64_t{0});
    CHECK_EQ(r.next_or_raise(), int64_t{1});
    CHECK_RAISES(py::ValueError, "boom", r.next_or_raise());
    CHECK(!r.next(v));  // finished after raising
    CHECK_RAISES(py::StopIteration, "", r.next_or_raise());

    auto s = raises_stop_iteration();
    CHECK_EQ(s.next_or_raise(), int64_t{1});
    CHECK_RAISES(py::RuntimeError, "generator raised StopIteration", s.next_or_raise());

    CHECK_STR(py::repr(py::list_from(words())), "['alpha', 'beta', 'gamma']");
    CHECK_STR(py::repr(py::list_from(halves())), "[1.0, 0.5]");

    auto re = reentrant();
    g_self = &re;
    CHECK_RAISES(py::ValueError, "generator already executing", re.next_or_raise());

    // Exceptions raised inside a range-for over a generator reach the caller.
    int64_t total = 0;
    try {
        for (int64_t x : raises_after(3)) total += x;
        fail_at(__LINE__, "range-for did not raise");
    } catch (const py::ValueError& e) {
        CHECK_STR(e.msg, "boom");
    }
    CHECK_EQ(total, int64_t{3});

    // Generators of generators.
    List<int64_t> flat;
    for (auto inner : nested_gens())
        for (int64_t x : inner) flat.append(x);
    CHECK_STR(py::repr(flat), "[0, 1, 0, 1, 2]");

    // A generator dropped mid-way frees its frame (checked by ASan/valgrind runs).
    {
        auto d = count_to(100);
        d.next(v);
    }
    // Default-constructed generator is exhausted.
    py::Generator<int64_t> empty;
    CHECK(!empty.next(v));
}

// ======================================================================= iteration

static void test_iteration() {
    // iter_list re-reads the size: appending while iterating is seen.
    List<int64_t> xs{1, 2, 3};
    List<int64_t> seen;
    for (auto x : py::iter_list(xs)) {
        seen.append(x);
        if (x < 3) xs.append(x + 10);
    }
    CHECK_STR(py::repr(seen), "[1, 2, 3, 11, 12]");
    // ... and shrinking stops early.
    List<int64_t> ys{1, 2, 3, 4};
    List<int64_t> seen2;
    for (auto y : py::iter_list(ys)) {
        seen2.append(y);
        ys.pop(0, 1);
    }
    CHECK_STR(py::repr(seen2), "[1, 3]");

    // enumerate over lists, generators, ranges, strings; custom start.
    CHECK_STR(py::repr(py::list_from(py::enumerate(List<Str>{"a", "b"}))), "[(0, 'a'), (1, 'b')]");
    CHECK_STR(py::repr(py::list_from(py::enumerate(count_to(3), 10))), "[(10, 0), (11, 1), (12, 2)]");
    CHECK_STR(py::repr(py::list_from(py::enumerate(py::range(5, 0, -2), -1))), "[(-1, 5), (0, 3), (1, 1)]");
    CHECK_STR(py::repr(py::list_from(py::enumerate(Str("hé😀")))), "[(0, 'h'), (1, 'é'), (2, '😀')]");
    List<int64_t> idx_sum;
    for (auto [i, x] : py::enumerate(List<int64_t>{5, 6})) idx_sum.append(i * 100 + x);
    CHECK_STR(py::repr(idx_sum), "[5, 106]");
    // enumerate start near the int64 limit: only the count that overflows fails.
    CHECK_STR(py::repr(py::list_from(py::enumerate(List<int64_t>{7}, I64MAX))), "[(9223372036854775807, 7)]");

    // zip stops at the shortest and pulls left to right (the extra item is lost).
    auto g = counting_side_effect();
    CHECK_STR(py::repr(py::list_from(py::zip(g, List<Str>{"a", "b"}))), "[(0, 'a'), (1, 'b')]");
    CHECK_EQ(g.next_or_raise(), int64_t{3});
    CHECK_STR(py::repr(py::list_from(py::zip(py::range(3), List<double>{0.5, 1.5, 2.5, 3.5}, Str("xyz")))),
              "[(0, 0.5, 'x'), (1, 1.5, 'y'), (2, 2.5, 'z')]");
    CHECK_STR(py::repr(py::list_from(py::zip(py::enumerate(count_to(2)), py::reversed(List<int64_t>{1, 2, 3})))),
              "[((0, 0), 3), ((1, 1), 2)]");
    List<int64_t> zs;
    for (auto [a, b] : py::zip(py::range(10), count_to(3))) zs.append(a * b);
    CHECK_STR(py::repr(zs), "[0, 1, 4]");

    // reversed
    CHECK_STR(py::repr(py::list_from(py::reversed(List<int64_t>{1, 2, 3}))), "[3, 2, 1]");
    CHECK_STR(py::repr(py::list_from(py::reversed(py::range(1, 10, 3)))), "[7, 4, 1]");
    CHECK_STR(py::repr(py::list_from(py::reversed(py::range(10, 1, -4)))), "[2, 6, 10]");
    CHECK_STR(py::repr(py::list_from(py::reversed(py::range(0)))), "[]");
    CHECK_STR(py::repr(py::list_from(py::reversed(Str("aé😀")))), "['😀', 'é', 'a']");
    CHECK_STR(py::repr(py::list_from(py::reversed(py::range(I64MAX - 2, I64MAX)))),
              "[9223372036854775806, 9223372036854775805]");
    CHECK_STR(py::repr(py::list_from(py::range(I64MIN, I64MAX, I64MAX))),
              "[-9223372036854775808, -1, 9223372036854775806]");
    CHECK_STR(py::repr(py::list_from(py::reversed(py::range(I64MIN, I64MAX, I64MAX)))),
              "[9223372036854775806, -1, -9223372036854775808]");
    CHECK_STR(py::repr(py::list_from(py::range(I64MAX, I64MIN, I64MIN))), "[9223372036854775807, -1]");
    CHECK_STR(py::repr(py::list_from(py::reversed(py::range(I64MAX, I64MIN, I64MIN)))), "[-1, 9223372036854775807]");
    CHECK_STR(py::repr(py::list_from(py::reversed(py::range(I64MAX, I64MIN, -I64MAX)))),
              "[-9223372036854775807, 0, 9223372036854775807]");

    // range
    CHECK_STR(py::repr(py::list_from(py::range(0, 10, 3))), "[0, 3, 6, 9]");
    CHECK_STR(py::repr(py::list_from(py::range(5))), "[0, 1, 2, 3, 4]");
    CHECK_STR(py::repr(py::list_from(py::range(3, -3, -2))), "[3, 1, -1]");
    CHECK_STR(py::repr(py::list_from(py::range(3, 3))), "[]");
    CHECK_RAISES(py::ValueError, "range() arg 3 must not be zero", py::range(1, 2, 0));
    CHECK_RAISES(py::ValueError, "range() arg 3 must not be zero", py::range_len(1, 2, 0));
    CHECK_EQ(py::range_len(0, 10, 3), int64_t{4});
    CHECK_EQ(py::range_len(10, 0, -3), int64_t{4});
    CHECK_EQ(py::range_len(0, -10, 1), int64_t{0});
    CHECK_EQ(py::range_len(I64MIN, I64MAX, 3), int64_t{6148914691236517205});
    CHECK_RAISES(py::OverflowError, "Python int too large to convert to C ssize_t", py::range_len(I64MIN, I64MAX, 2));
    CHECK_RAISES(py::OverflowError, "Python int too large to convert to C ssize_t", py::range_len(I64MIN, I64MAX, 1));
    CHECK(py::range(0, 10, 3).contains(9));
    CHECK(!py::range(0, 10, 3).contains(10));
    CHECK(!py::range(0, 10, 3).contains(4));
    CHECK(py::range(10, 0, -3).contains(1));
    CHECK(!py::range(10, 0, -3).contains(0));
    CHECK_EQ(py::range(10, 0, -3).at(-1), int64_t{1});
    CHECK_RAISES(py::IndexError, "range object index out of range", py::range(3).at(3));
    int64_t rs = 0;
    for (int64_t i : py::range(1, 101)) rs += i;
    CHECK_EQ(rs, int64_t{5050});
    CHECK_STR(py::repr(py::list_from(py::enumerate(py::range(2)))), "[(0, 0), (1, 1)]");

    // list_from of all kinds; list(str)
    CHECK_STR(py::repr(py::list_from(Str("añ"))), "['a', 'ñ']");
    List<int64_t> src{1, 2};
    auto cp = py::list_from(src);
    cp.append(3);
    CHECK_EQ(src.size(), int64_t{2});
    CHECK_STR(py::repr(py::list_from(count_to(0))), "[]");

    // builtins over iterables
    CHECK_STR(py::repr(py::sorted(List<int64_t>{3, 1, 2})), "[1, 2, 3]");
    CHECK_STR(py::repr(py::sorted(List<int64_t>{3, 1, 2}, true)), "[3, 2, 1]");
    CHECK_STR(py::repr(py::sorted(count_to(4), true)), "[3, 2, 1, 0]");
    CHECK_STR(py::repr(py::sorted(Str("bca"))), "['a', 'b', 'c']");
    CHECK_EQ(py::sum(count_to(5)), int64_t{10});
    CHECK_EQ(py::sum(py::range(101)), int64_t{5050});
    CHECK_EQ(py::max(py::range(7)), int64_t{6});
    CHECK_EQ(py::min(count_to(3)), int64_t{0});
    CHECK_RAISES(py::ValueError, "max() arg is an empty sequence", py::max(count_to(0)));
    CHECK_RAISES(py::ValueError, "min() arg is an empty sequence", py::min(py::range(0)));
    CHECK(py::any(count_to(3)));
    CHECK(!py::any(count_to(1)));
    CHECK(!py::all(count_to(3)));
    CHECK(py::all(py::range(1, 4)));
    CHECK(py::all(List<Str>{}));
    CHECK(!py::any(List<Str>{"", ""}));
    CHECK(py::any(List<Str>{"", "x"}));

    // extend from any iterable
    List<int64_t> ex{1};
    ex.extend(py::range(2, 4));
    ex.extend(count_to(2));
    CHECK_STR(py::repr(ex), "[1, 2, 3, 0, 1]");
}

// ======================================================================= int / Num

static void test_ints() {
    // The named ops on two plain int64 values are exact (py::Int past 64 bits); the checked stop
    // is only under PYPORT_INT64 (tests/programs' int64_mode test covers it).
    CHECK_STR(py::str(py::add(I64MAX, 1, 7)), "9223372036854775808");
    CHECK_STR(py::str(py::add(I64MIN, -1, 7)), "-9223372036854775809");
    CHECK_STR(py::str(py::mul(int64_t{1} << 32, int64_t{1} << 31, 3)), "9223372036854775808");
    CHECK_STR(py::str(py::mul(I64MIN, -1, 3)), "9223372036854775808");
    CHECK_STR(py::str(py::neg(I64MIN, 4)), "9223372036854775808");
    CHECK_STR(py::str(py::iabs(I64MIN, 4)), "9223372036854775808");
    CHECK_STR(py::str(py::sub(I64MIN, 1, 4)), "-9223372036854775809");
    CHECK_EQ(py::sub(I64MIN + 1, 1, 1), I64MIN);
    CHECK_RAISES(py::ZeroDivisionError, "integer division or modulo by zero", py::floordiv(1, 0, 1));
    CHECK_RAISES(py::ZeroDivisionError, "integer modulo by zero", py::mod(1, 0, 1));
    CHECK_RAISES(py::ZeroDivisionError, "integer division or modulo by zero", py::divmod(int64_t{1}, int64_t{0}, 1));
    CHECK_RAISES(py::ZeroDivisionError, "float divmod()", py::divmod(1.0, 0.0));
    CHECK_RAISES(py::ZeroDivisionError, "float division by zero", py::fdiv(1.0, -0.0));
    CHECK_EQ(py::mod(I64MIN, -1, 1), int64_t{0});
    CHECK_EQ(py::floordiv(-7, 2, 1), int64_t{-4});
    CHECK_EQ(py::mod(-7, 2, 1), int64_t{1});
    CHECK_EQ(py::mod(7, -2, 1), int64_t{-1});
    CHECK_STR(py::str(py::floordiv(I64MIN, -1, 9)), "9223372036854775808");
    CHECK_STR(py::repr(py::divmod(I64MIN, int64_t{-1}, 9)), "(9223372036854775808, 0)");
    CHECK_EQ(py::ipow(-2, 63, 1), I64MIN);
    CHECK_EQ(py::ipow(3, 39, 1), int64_t{4052555153018976267});
    CHECK_STR(py::str(py::ipow(2, 63, 2)), "9223372036854775808");
    CHECK_EQ(py::ipow(-1, I64MAX, 1), int64_t{-1});
    CHECK_EQ(py::ipow(0, 0, 1), int64_t{1});
    CHECK_RAISES(py::PyportLimit, "internal error in the pyport runtime: ipow called with a negative exponent",
                 py::ipow(2, -1, 1));
    CHECK_RAISES(py::ValueError, "negative shift count", py::lshift(1, -1, 1));
    CHECK_RAISES(py::ValueError, "negative shift count", py::rshift(1, -1, 1));
    CHECK_EQ(py::lshift(-1, 63, 1), I64MIN);
    CHECK_STR(py::str(py::lshift(1, 63, 1)), "9223372036854775808");
    CHECK_STR(py::str(py::lshift(-3, 100, 1)), "-3802951800684688204490109616128");
    CHECK_EQ(py::rshift(-5, 100, 1), int64_t{-1});
    CHECK_EQ(py::rshift(-5, 1, 1), int64_t{-3});
    CHECK_EQ(py::invert(0), int64_t{-1});
    CHECK_EQ(py::bit_xor(6, 3), int64_t{5});
}

static void test_num() {
    Num a = 3;
    Num b = 2.5;
    Num c = true;
    Num d = py::BoolCell(true);
    CHECK(!a.is_float && a.i == 3);
    CHECK(b.is_float && b.f == 2.5);
    CHECK(!c.is_float && c.i == 1);
    CHECK(!d.is_float && d.i == 1);
    CHECK_STR(py::repr(py::num_add(a, b, 1)), "5.5");
    CHECK_STR(py::repr(py::num_add(a, c, 1)), "4");
    CHECK_STR(py::repr(py::num_pow(2, -1, 1)), "0.5");
    CHECK_STR(py::repr(py::num_pow(2, 10, 1)), "1024");
    CHECK_STR(py::repr(py::num_truediv(1, 2)), "0.5");
    CHECK_STR(py::repr(py::num_max(1, 1.0)), "1");
    CHECK_STR(py::repr(py::num_max(1.0, 1)), "1.0");
    CHECK_STR(py::repr(py::num_min(2, 1.0)), "1.0");
    CHECK_STR(py::repr(py::num_divmod(7, -2.0, 1)), "(-4.0, -1.0)");
    CHECK_STR(py::repr(py::num_divmod(7, -2, 1)), "(-4, -1)");
    CHECK_EQ(py::num_round(Num(2.5)), int64_t{2});
    CHECK_EQ(py::num_to_int(Num(-2.7)), int64_t{-2});
    CHECK(py::truthy(Num(NaN)));
    CHECK(!py::truthy(Num(-0.0)));
    CHECK(!py::truthy(Num(0)));
    CHECK_EQ(py::to_float(Num(int64_t{1} << 53)), 9007199254740992.0);

    // mixed-type comparisons (exact)
    int64_t big = (int64_t{1} << 53) + 1;
    double f53 = 9007199254740992.0;
    CHECK(py::gt(big, f53));
    CHECK(py::lt(f53, big));
    CHECK(py::ne(big, f53));
    CHECK(!py::eq(big, f53));
    CHECK(py::eq(int64_t{1} << 53, f53));
    CHECK(py::lt(I64MAX, 9223372036854775808.0));
    CHECK(py::ge(I64MIN, -9223372036854775808.0));
    CHECK(!py::lt(1, NaN) && !py::ge(1, NaN) && py::ne(1, NaN));
    CHECK(py::eq(true, 1) && py::eq(1.0, true) && py::lt(false, 0.5));
    CHECK(py::eq(Num(1), 1.0) && py::lt(Num(1), Num(1.5)) && py::le(Num(2.0), 2));
    CHECK(py::eq(py::BoolCell(true), Num(1)));
    CHECK(!py::eq(Str("1"), 1));
    CHECK(py::eq(py::None, py::None));
    CHECK(!py::eq(py::None, 0));
    CHECK(py::eq(std::optional<int64_t>(), py::None));
    CHECK(py::eq(std::optional<int64_t>(3), 3.0));
    CHECK(!py::eq(std::optional<int64_t>(3), py::None));
    CHECK_EQ(py::max(3, 7), 7);
    CHECK_EQ(py::min(Str("b"), Str("a"), Str("c")), Str("a"));
}

// ========================================================================= strings

static void test_strings() {
    Str s = "héllo 😀";
    CHECK_EQ(py::str_len(s), int64_t{7});
    CHECK_EQ(py::len(s), int64_t{7});
    CHECK_STR(py::str_getitem(s, 1), "é");
    CHECK_STR(py::str_getitem(s, -1), "😀");
    CHECK_STR(py::str_getitem(s, -7), "h");
    CHECK_RAISES(py::IndexError, "string index out of range", py::str_getitem(s, 7));
    CHECK_RAISES(py::IndexError, "string index out of range", py::str_getitem(s, -8));
    CHECK_RAISES(py::IndexError, "string index out of range", py::str_getitem("", 0));
    CHECK_RAISES(py::ValueError, "slice step cannot be zero", py::str_slice(s, {}, {}, 0, 1));
    CHECK_STR(py::str_slice(s, {}, {}, -1, 1), "😀 olléh");
    CHECK_STR(py::str_repeat("ab", 3), "ababab");
    CHECK_STR(py::str_repeat("ab", -3), "");
    CHECK(py::str_contains(s, "llo"));
    CHECK(py::str_contains(s, ""));
    CHECK(!py::str_contains("", "a"));
    CHECK_STR(py::chr(0x1F600), "😀");
    CHECK_RAISES(py::ValueError, "chr() arg not in range(0x110000)", py::chr(0x110000));
    CHECK_EQ(py::ord("é"), int64_t{0xE9});
    CHECK_RAISES(py::TypeError, "ord() expected a character, but string of length 2 found", py::ord("ab"));
    CHECK_RAISES(py::TypeError, "ord() expected a character, but string of length 0 found", py::ord(""));
    CHECK(py::lt(Str("a"), Str("é")));  // code point order
    CHECK(py::lt(Str("\xef\xbf\xbf"), Str("😀")));
    CHECK(py::lt(Str("ab"), "abc"));
    CHECK(py::eq("x", Str("x")));

    // repr quoting and escapes
    CHECK_STR(py::repr(Str("it's")), "\"it's\"");
    CHECK_STR(py::repr(Str("say \"hi\"")), "'say \"hi\"'");
    CHECK_STR(py::repr(Str("both ' and \"")), "'both \\' and \"'");
    CHECK_STR(py::repr(Str("a\\b\n\t\r\x01\x7f")), "'a\\\\b\\n\\t\\r\\x01\\x7f'");
    CHECK_STR(py::repr(Str("é\xc2\xa0\xc2\xad中")), "'é\\xa0\\xad中'");
    CHECK_STR(py::repr(Str(std::string("a\0b", 3))), "'a\\x00b'");
    CHECK_STR(py::repr(py::chr(0xE0001)), "'\\U000e0001'");
    CHECK_STR(py::repr(py::chr(0x2028)), "'\\u2028'");
    CHECK_STR(py::repr(Str("\xff")), "'\\udcff'");  // malformed UTF-8 byte
    CHECK_STR(py::str(Str("it's")), "it's");

    // concat
    std::string_view sv = "cd";
    CHECK_STR(py::concat(Str("ab"), sv, "ef", Str()), "abcdef");
    CHECK_STR(py::concat(), "");
}

// =========================================================================== lists

static void test_lists() {
    List<int64_t> a{1, 2, 3};
    List<int64_t> b = a;  // alias
    b.append(4);
    CHECK_EQ(a.size(), int64_t{4});
    CHECK(a.is(b));
    auto c = a.copy();
    c.append(5);
    CHECK_EQ(a.size(), int64_t{4});
    CHECK(!a.is(c));
    a.at_set(-1) = 40;
    CHECK_EQ(b.at(3), int64_t{40});
    CHECK_RAISES(py::IndexError, "list index out of range", a.at(4));
    CHECK_RAISES(py::IndexError, "list index out of range", a.at(-5));
    CHECK_RAISES(py::IndexError, "list assignment index out of range", a.at_set(4));
    CHECK_RAISES(py::IndexError, "list index out of range", a.at(I64MIN));
    CHECK_EQ(a.at(-4), int64_t{1});

    List<int64_t> e;
    CHECK_RAISES(py::IndexError, "pop from empty list", e.pop(1));
    CHECK_RAISES(py::IndexError, "pop from empty list", e.pop(0, 1));
    CHECK_RAISES(py::IndexError, "pop index out of range", a.pop(10, 1));
    CHECK_EQ(a.pop(1), int64_t{40});
    CHECK_EQ(a.pop(0, 1), int64_t{1});
    CHECK_STR(py::repr(a), "[2, 3]");
    a.insert(-100, 0);
    a.insert(100, 9);
    a.insert(-1, 8);
    CHECK_STR(py::repr(a), "[0, 2, 3, 8, 9]");

    List<int64_t> self{1, 2};
    self.extend(self);
    CHECK_STR(py::repr(self), "[1, 2, 1, 2]");
    CHECK_EQ(self.index(2), int64_t{1});
    CHECK_EQ(self.index(2, 2, 4), int64_t{3});
    CHECK_EQ(self.count(1), int64_t{2});
    CHECK(self.contains(2) && !self.contains(7));
    CHECK(self.contains(2.0));
    CHECK_RAISES(py::ValueError, "3 is not in list", self.index(3));
    CHECK_RAISES(py::ValueError, "2 is not in list", self.index(2, 0, 1));
    CHECK_RAISES(py::ValueError, "'b' is not in list", (List<Str>{"a"}.index(Str("b"))));
    CHECK_RAISES(py::ValueError, "\"it's\" is not in list", (List<Str>{"a"}.index(Str("it's"))));
    CHECK_RAISES(py::ValueError, "2.5 is not in list", (List<double>{1.0}.index(2.5)));
    CHECK_RAISES(py::ValueError, "(1, 'x') is not in list",
                 (List<std::tuple<int64_t, Str>>{}.index(std::tuple<int64_t, Str>{1, "x"})));
    self.remove(1);
    CHECK_STR(py::repr(self), "[2, 1, 2]");
    CHECK_RAISES(py::ValueError, "list.remove(x): x not in list", self.remove(9));
    self.del_item(-1);
    CHECK_STR(py::repr(self), "[2, 1]");
    CHECK_RAISES(py::IndexError, "list assignment index out of range", self.del_item(2));
    self.reverse();
    CHECK_STR(py::repr(self), "[1, 2]");
    self.clear();
    CHECK_STR(py::repr(self), "[]");
    CHECK(!(List<double>{NaN}.contains(NaN)));  // no identity shortcut (see report)

    // concat / repeat / eq / lt
    CHECK_STR(py::repr(py::list_concat(List<int64_t>{1}, List<int64_t>{2, 3})), "[1, 2, 3]");
    CHECK_STR(py::repr(py::list_repeat(List<int64_t>{1, 2}, 3)), "[1, 2, 1, 2, 1, 2]");
    CHECK_STR(py::repr(py::list_repeat(List<int64_t>{1, 2}, -1)), "[]");
    CHECK(py::eq(List<int64_t>{1, 2}, List<double>{1.0, 2.0}));
    CHECK(!py::eq(List<int64_t>{1, 2}, List<int64_t>{1}));
    CHECK(py::list_eq(List<Str>{}, List<Str>{}));
    CHECK(py::lt(List<int64_t>{1, 2}, List<int64_t>{1, 2, 0}));
    CHECK(py::lt(List<int64_t>{1, 2}, List<int64_t>{1, 3}));
    CHECK(!py::lt(List<int64_t>{1, 3}, List<int64_t>{1, 2, 5}));
    CHECK(py::le(List<int64_t>{1, 2}, List<int64_t>{1, 2}));
    CHECK(py::gt(List<List<int64_t>>{{1}, {2}}, List<List<int64_t>>{{1}, {1, 9}}));
    CHECK(!py::lt(List<double>{NaN}, List<double>{NaN}) && !py::ge(List<double>{NaN}, List<double>{NaN}));

    // tuples
    using T2 = std::tuple<int64_t, Str>;
    CHECK(py::lt(T2{1, "b"}, T2{2, "a"}));
    CHECK(py::lt(T2{1, "a"}, T2{1, "b"}));
    CHECK(!py::lt(T2{1, "a"}, T2{1, "a"}));
    CHECK(py::le(T2{1, "a"}, T2{1, "a"}));
    CHECK(py::lt(std::tuple<int64_t>{1}, std::tuple<int64_t, int64_t>{1, 0}));
    CHECK(!py::eq(std::tuple<int64_t>{1}, std::tuple<int64_t, int64_t>{1, 0}));
    CHECK(py::eq(std::tuple<int64_t, double>{1, 2.0}, std::tuple<double, Num>{1.0, 2}));
    CHECK(py::eq(std::tuple<>{}, std::tuple<>{}));

    // sort: stability (1 and 1.0 are equal), reverse keeps stability like CPython
    List<Num> ns{Num(1.0), Num(0), Num(1), Num(0.0), Num(-1)};
    ns.sort();
    CHECK_STR(py::repr(ns), "[-1, 0, 0.0, 1.0, 1]");
    ns = List<Num>{Num(1.0), Num(0), Num(1), Num(0.0), Num(-1)};
    ns.sort(true);
    CHECK_STR(py::repr(ns), "[1.0, 1, 0, 0.0, -1]");
    List<std::tuple<int64_t, Str>> ts{{2, "b"}, {1, "z"}, {2, "a"}};
    ts.sort();
    CHECK_STR(py::repr(ts), "[(1, 'z'), (2, 'a'), (2, 'b')]");
    List<Str> strs{"b", "é", "a", "B"};
    CHECK_STR(py::repr(py::sorted(strs)), "['B', 'a', 'b', 'é']");

    // sum / min / max / any / all
    CHECK_EQ(py::sum(List<int64_t>{1, 2, 3}, 5), int64_t{6});
    CHECK_RAISES(py::PyportLimit,
                 "integer overflow on line 5: the result of `sum()` does not fit in 64 bits (pyport computes this value "
                 "in 64 bits)",
                 py::sum(List<int64_t>{I64MAX, 1}, 5));
    CHECK_EQ(py::sum(List<double>{0.1, 0.2, 0.3}), 0.6000000000000001);
    CHECK_EQ(py::sum(List<double>{1e100, 1.0, -1e100}), 0.0);
    CHECK_EQ(py::sum(List<bool>{true, true, false}), int64_t{2});
    CHECK_STR(py::repr(py::sum(List<Num>{Num(1), Num(2.5)}, 1)), "3.5");
    CHECK_STR(py::repr(py::sum(List<Num>{}, 1)), "0");
    CHECK_EQ(py::max(List<int64_t>{3, 9, 2}), int64_t{9});
    CHECK_STR(py::repr(py::max(List<Num>{Num(1), Num(1.0)})), "1");
    CHECK_STR(py::repr(py::min(List<Num>{Num(1.0), Num(1)})), "1.0");
    CHECK_STR(py::repr(py::max(List<double>{NaN, 1.0})), "nan");
    CHECK_STR(py::repr(py::max(List<double>{1.0, NaN})), "1.0");
    CHECK_RAISES(py::ValueError, "max() arg is an empty sequence", py::max(List<int64_t>{}));
    CHECK_RAISES(py::ValueError, "min() arg is an empty sequence", py::min(List<Str>{}));
    CHECK(py::any(List<int64_t>{0, 0, 3}) && !py::any(List<int64_t>{}));
    CHECK(py::all(List<double>{1.0, NaN}) && !py::all(List<double>{1.0, 0.0}));

    // bool lists store bytes and behave like bool&
    List<bool> flags{true, false, true};
    flags.at_set(1) = true;
    py::BoolCell& cell = flags.at(0);
    cell = false;
    CHECK_STR(py::repr(flags), "[False, True, True]");
    flags.sort();
    CHECK_STR(py::repr(flags), "[False, True, True]");
    CHECK_EQ(flags.count(true), int64_t{2});
    CHECK(flags.pop(1) == true);
    CHECK_STR(py::str(flags.at(0)), "False");
    static_assert(sizeof(List<bool>::Storage) == 1);

    // slices and slice assignment
    List<int64_t> s{0, 1, 2, 3, 4, 5};
    py::list_set_slice(s, 1, 3, {}, List<int64_t>{9, 9, 9}, 1);
    CHECK_STR(py::repr(s), "[0, 9, 9, 9, 3, 4, 5]");
    py::list_set_slice(s, {}, {}, {}, s, 1);  // s[:] = s
    CHECK_STR(py::repr(s), "[0, 9, 9, 9, 3, 4, 5]");
    py::list_del_slice(s, {}, {}, 2, 1);
    CHECK_STR(py::repr(s), "[9, 9, 4]");
    CHECK_RAISES(py::ValueError, "attempt to assign sequence of size 1 to extended slice of size 2",
                 py::list_set_slice(s, {}, {}, 2, List<int64_t>{1}, 1));
}

// ======================================================================== printing

/// Objects that count their live instances: lists that memmove Refs must free each exactly once.
struct Counted : py::Object {
    static inline int live = 0;
    int id;
    explicit Counted(int i) : id(i) { ++live; }
    ~Counted() override { --live; }
};

static void test_relocating_lists() {
    static_assert(py::detail::relocatable_v<py::Ref<Counted>>);
    static_assert(py::detail::relocatable_v<std::optional<py::Ref<Counted>>>);
    static_assert(!py::detail::relocatable_v<Str>);
    {
        List<py::Ref<Counted>> xs;
        for (int i = 0; i < 6; ++i) xs.append(py::Ref<Counted>(new Counted(i)));
        CHECK(Counted::live == 6);
        py::Ref<Counted> first = xs.pop(0, 0);               // queue pop
        CHECK(first->id == 0 && xs.size() == 5 && Counted::live == 6);
        first = py::Ref<Counted>();
        CHECK(Counted::live == 5);
        xs.del_item(2);                                       // del xs[2]: frees id 3
        CHECK(Counted::live == 4 && xs.size() == 4);
        xs.insert(0, py::Ref<Counted>(new Counted(9)));       // at the front
        xs.insert(2, xs.at(4));                                // an alias of the last one, mid-list
        xs.insert(100, py::Ref<Counted>(new Counted(7)));     // clamped to the end
        std::string ids;
        for (const auto& r : xs) ids += std::to_string(r->id);
        CHECK_STR(ids, "9152457");
        CHECK(Counted::live == 6);
        // A class without __str__/__repr__ cannot be printed (CPython shows an address): a limit.
        CHECK_RAISES(py::PyportLimit, "printing a `object` object, whose class defines no __str__ or __repr__ (CPython prints its memory address)",
                     py::repr(xs.at(0)));
        xs.pop(-1, 0);                                        // last element: nothing to move
        CHECK(Counted::live == 5 && xs.size() == 6);
        while (xs.size() > 0) xs.pop(0, 0);
        CHECK(Counted::live == 0);
    }
    {
        List<std::optional<py::Ref<Counted>>> ys;
        ys.append(py::Ref<Counted>(new Counted(1)));
        ys.append(std::nullopt);
        ys.append(py::Ref<Counted>(new Counted(2)));
        ys.pop(0, 0);
        CHECK(Counted::live == 1 && ys.size() == 2 && !ys.at(0).has_value());
        ys.insert(0, py::Ref<Counted>(new Counted(3)));
        CHECK(Counted::live == 2 && (*ys.at(0))->id == 3 && (*ys.at(2))->id == 2);
    }
    CHECK(Counted::live == 0);
}

static void test_text() {
    CHECK_STR(py::str(int64_t{-42}), "-42");
    CHECK_STR(py::str(I64MIN), "-9223372036854775808");
    CHECK_STR(py::str(2.5), "2.5");
    CHECK_STR(py::str(1e16), "1e+16");
    CHECK_STR(py::str(true), "True");
    CHECK_STR(py::str(py::None), "None");
    CHECK_STR(py::str(Num(3)), "3");
    CHECK_STR(py::str(Num(3.0)), "3.0");
    CHECK_STR(py::repr(Num(-0.0)), "-0.0");
    CHECK_STR(py::str(List<Str>{"a", "it's"}), "['a', \"it's\"]");
    CHECK_STR(py::str(List<List<int64_t>>{{1, 2}, {}}), "[[1, 2], []]");
    CHECK_STR(py::str(List<double>{1.0, 2.5, -0.0, INF, NaN}), "[1.0, 2.5, -0.0, inf, nan]");
    CHECK_STR(py::str(std::tuple<int64_t>{1}), "(1,)");
    CHECK_STR(py::str(std::tuple<>{}), "()");
    CHECK_STR(py::str(std::tuple<int64_t, Str, double>{1, "a", 2.5}), "(1, 'a', 2.5)");
    CHECK_STR(py::str(List<std::tuple<Str, List<bool>>>{{"k", {true}}}), "[('k', [True])]");
    CHECK_STR(py::str(std::tuple<List<Num>, py::NoneType>{{Num(1), Num(1.5)}, py::None}), "([1, 1.5], None)");
    CHECK_STR(py::str(std::optional<int64_t>()), "None");
    CHECK_STR(py::str(std::optional<Str>("x")), "x");
    CHECK_STR(py::repr(std::optional<Str>("x")), "'x'");
    CHECK_STR(py::repr(List<std::optional<int64_t>>{std::nullopt, 2}), "[None, 2]");

    CHECK_STR(py::format(List<int64_t>{1}, ""), "[1]");
    CHECK_RAISES(py::TypeError, "unsupported format string passed to list.__format__",
                 py::format(List<int64_t>{1}, "x"));
    CHECK_RAISES(py::TypeError, "unsupported format string passed to tuple.__format__",
                 py::format(std::tuple<int64_t>{1}, ">5"));
    CHECK_RAISES(py::TypeError, "unsupported format string passed to NoneType.__format__",
                 py::format(py::None, "x"));
    CHECK_STR(py::format(py::None, ""), "None");
    CHECK_STR(py::format(Str("ab"), ""), "ab");
    CHECK_STR(py::format(int64_t{5}, ""), "5");
    CHECK_STR(py::format(true, ""), "True");
    CHECK_STR(py::format(Num(2.5), ""), "2.5");

    // truthiness
    CHECK(!py::truthy(Str()) && py::truthy(Str("0")));
    CHECK(!py::truthy(List<int64_t>{}) && py::truthy(List<int64_t>{0}));
    CHECK(!py::truthy(py::None) && !py::truthy(0.0) && py::truthy(NaN) && !py::truthy(int64_t{0}));
    CHECK(!py::truthy(std::optional<int64_t>(0)) && !py::truthy(std::optional<int64_t>()));
    CHECK(py::truthy(std::tuple<int64_t>{0}) && !py::truthy(std::tuple<>{}));
}

// ============================================================================ math

static void test_math() {
    CHECK(py::math_isclose(1.0, 1.0 + 1e-10));
    CHECK(!py::math_isclose(1.0, 1.0 + 1e-8));
    CHECK(py::math_isclose(0.0, 1e-10, 1e-9, 1e-9));
    CHECK_RAISES(py::ValueError, "tolerances must be non-negative", py::math_isclose(1.0, 1.0, -1.0));
    CHECK_EQ(py::math_isqrt(I64MAX), int64_t{3037000499});
    CHECK_RAISES(py::ValueError, "isqrt() argument must be nonnegative", py::math_isqrt(-1));
    CHECK_RAISES(py::ValueError, "factorial() not defined for negative values", py::math_factorial(-1, 1));
    CHECK_EQ(py::math_factorial(20, 1), int64_t{2432902008176640000});
    CHECK_RAISES(py::PyportLimit,
                 "integer overflow on line 8: the result of `math.factorial()` does not fit in 64 bits "
                 "(pyport computes this value in 64 bits)",
                 py::math_factorial(21, 8));
    CHECK_RAISES(py::ValueError, "math domain error", py::math_sqrt(-1.0));
    CHECK_RAISES(py::OverflowError, "math range error", py::math_exp(1000.0));
    CHECK_RAISES(py::ZeroDivisionError, "float division by zero", py::math_log(2.0, 1.0));
    CHECK_RAISES(py::ValueError, "math domain error", py::math_fmod(1.0, 0.0));
    CHECK_EQ(py::math_floor(-0.5), int64_t{-1});
    CHECK_EQ(py::math_ceil(-0.5), int64_t{0});
    CHECK_RAISES(py::OverflowError, "cannot convert float infinity to integer", py::math_floor(INF));
    CHECK_RAISES(py::ValueError, "cannot convert float NaN to integer", py::math_ceil(NaN));
    CHECK_EQ(py::math_gcd(-12, 18), int64_t{6});
    double t0 = py::time_time();
    CHECK(t0 > 1.6e9);
    double p0 = py::perf_counter();
    CHECK(py::perf_counter() >= p0);
}

// ================================================================ cases vs CPython

namespace cases {

struct Lcg {
    uint64_t x;
    uint64_t next() {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        return x >> 33;
    }
    int64_t below(int64_t n) { return static_cast<int64_t>(next() % static_cast<uint64_t>(n)); }
};

static std::string fnv(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

template <class F>
static std::string run(F f) {
    try {
        return py::repr(f());
    } catch (const py::PyportLimit&) {
        return "LIMIT";
    } catch (const py::BaseException& e) {
        return std::string(e.type_name()) + ": " + e.msg;
    }
}

static Str S(int64_t v) { return py::str(v); }
static Str R(double v) { return py::repr(v); }
static Str B(bool v) { return v ? "1" : "0"; }

static Str from_u32(std::u32string_view s) {
    Str out;
    for (char32_t c : s) out += py::chr(static_cast<int64_t>(c));
    return out;
}

template <class T>
static List<T> gen_list(Lcg& rng, const std::vector<T>& pool, int64_t n, int shape) {
    List<T> xs;
    auto P = static_cast<int64_t>(pool.size());
    while (xs.size() < n) {
        if (shape == 0) {
            xs.append(pool[static_cast<size_t>(rng.below(P))]);
        } else {
            int64_t seg = 1 + rng.below(shape == 1 ? 40 : 400);
            List<T> base;
            for (int64_t k = 0; k < seg; ++k) base.append(pool[static_cast<size_t>(rng.below(P))]);
            if (rng.below(2)) {
                if (rng.below(3)) base.sort(false);
                else base.sort(true);
            }
            xs.extend(base);
        }
    }
    return py::list_slice(xs, {}, n, {}, 0);
}

static Str checked_sum(const List<int64_t>& xs) { return run([&] { return py::sum(xs, 1); }); }

static void all_cases() {
    // ------------------------------------------------------------- int ops
    std::vector<int64_t> IV = {I64MIN, I64MIN + 1, -(int64_t{1} << 62), -1000000000000000000, -7, -5, -3, -2, -1,
                               0, 1, 2, 3, 5, 7, 1000000000000000000, int64_t{1} << 62, I64MAX};
    for (int64_t a : IV) {
        for (int64_t b : IV) {
            py::print("int", S(a), S(b), run([&] { return py::add(a, b, 1); }), run([&] { return py::sub(a, b, 1); }),
                      run([&] { return py::mul(a, b, 1); }), run([&] { return py::floordiv(a, b, 1); }),
                      run([&] { return py::mod(a, b, 1); }), run([&] { return py::divmod(a, b, 1); }));
        }
        py::print("neg", S(a), run([&] { return py::neg(a, 1); }), run([&] { return py::iabs(a, 1); }),
                  run([&] { return py::invert(a); }));
    }
    std::vector<int64_t> PB = {-3, -2, -1, 0, 1, 2, 3, 10, int64_t{1} << 31, -(int64_t{1} << 31), 3037000499,
                               3037000500};
    std::vector<int64_t> PE = {0, 1, 2, 3, 31, 32, 39, 62, 63, 64, 100, 1000000000000000000};
    for (int64_t b : PB)
        for (int64_t e : PE)
            py::print("pow", S(b), S(e),
                      std::abs(b) >= 2 && e >= 1000000 ? std::string("SKIP") : run([&] { return py::ipow(b, e, 1); }));
    std::vector<int64_t> SA = {-3, -1, 0, 1, 3, int64_t{1} << 62, -(int64_t{1} << 62), I64MAX, I64MIN, 12345};
    std::vector<int64_t> SN = {-1, 0, 1, 2, 13, 61, 62, 63, 64, 100, int64_t{1} << 62};
    for (int64_t a : SA)
        for (int64_t n : SN)
            py::print("shift", S(a), S(n), a != 0 && n > 1000 ? std::string("SKIP") : run([&] { return py::lshift(a, n, 1); }),
                      run([&] { return py::rshift(a, n, 1); }));
    for (int64_t a : {int64_t{0}, int64_t{1}, int64_t{-1}, int64_t{0x0F0F}, int64_t{-12345}, I64MAX, I64MIN})
        for (int64_t b : {int64_t{0}, int64_t{-1}, int64_t{0xFF}, int64_t{-256}, int64_t{1} << 62})
            py::print("bits", S(a), S(b), S(py::bit_and(a, b)), S(py::bit_or(a, b)), S(py::bit_xor(a, b)));

    // --------------------------------------------------------- float divmod
    std::vector<double> FV = {-INF, -7.5, -3.0, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 3.0, 7.5, INF, NaN,
                              1e308, -1e-308, 5e-324, 0.1, 1e16 + 2};
    for (double a : FV)
        for (double b : FV)
            py::print("fdm", R(a), R(b), run([&] { return py::divmod(a, b); }), run([&] { return py::fdiv(a, b); }));

    // ---------------------------------------------- int/float comparisons
    std::vector<int64_t> CI = {(int64_t{1} << 53) - 1, int64_t{1} << 53, (int64_t{1} << 53) + 1,
                               -(int64_t{1} << 53) - 1, -(int64_t{1} << 53), I64MAX, I64MIN, 0, 1, -1, 3,
                               (int64_t{1} << 62) + 1};
    std::vector<double> CF = {9007199254740992.0, 9007199254740994.0, 9223372036854775808.0, -9223372036854775808.0,
                              4611686018427387904.0, 0.0, -0.0, 1.0, 0.5, INF, -INF, NaN, 3.0000000000000004,
                              2.9999999999999996, -1.0, 9007199254740991.0};
    for (int64_t i : CI)
        for (double f : CF)
            py::print("cmp", S(i), R(f),
                      py::concat(B(py::eq(i, f)), B(py::ne(i, f)), B(py::lt(i, f)), B(py::le(i, f)), B(py::gt(i, f)),
                                 B(py::ge(i, f)), B(py::eq(f, i)), B(py::ne(f, i)), B(py::lt(f, i)), B(py::le(f, i)),
                                 B(py::gt(f, i)), B(py::ge(f, i))));

    // ---------------------------------------------------------------- Num
    std::vector<Num> NV = {0, 1, -3, 7, int64_t{1} << 62, I64MAX, 0.0, -0.0, 1.5, -2.5, 1e300, INF, NaN, 3.0};
    for (Num a : NV) {
        for (Num b : NV) {
            py::print("num", py::repr(a), py::repr(b), run([&] { return py::num_add(a, b, 1); }),
                      run([&] { return py::num_sub(a, b, 1); }), run([&] { return py::num_mul(a, b, 1); }),
                      run([&] { return py::num_truediv(a, b); }), run([&] { return py::num_floordiv(a, b, 1); }),
                      run([&] { return py::num_mod(a, b, 1); }), run([&] { return py::num_max(a, b); }),
                      run([&] { return py::num_min(a, b); }),
                      py::concat(B(py::num_eq(a, b)), B(py::num_ne(a, b)), B(py::num_lt(a, b)), B(py::num_le(a, b)),
                                 B(py::num_gt(a, b)), B(py::num_ge(a, b))));
        }
        py::print("num1", py::repr(a), run([&] { return py::num_neg(a, 1); }), run([&] { return py::num_abs(a, 1); }),
                  run([&] { return py::num_to_int(a); }), run([&] { return py::num_round(a); }),
                  run([&] { return py::truthy(a); }), run([&] { return py::to_float(a); }));
    }
    std::vector<Num> NP = {0, 1, 2, -2, 3, -1, 0.5, -0.5, 2.0, 10, 63};
    for (Num a : NP) {
        for (Num b : NP) {
            if (py::num_lt(a, 0) && b.is_float && b.f != std::trunc(b.f)) continue;
            py::print("npow", py::repr(a), py::repr(b), run([&] { return py::num_pow(a, b, 1); }));
        }
    }

    // ------------------------------------------------------------- sorting
    std::vector<double> POOL_F = {NaN, -0.0, 0.0, 1.0, -1.0, 2.5, INF, -INF, 3.0, 1e-9, 7.0, 2.5};
    std::vector<Num> POOL_N = {NaN, 0, 0.0, -0.0, 1, 1.0, (int64_t{1} << 53) + 1, 9007199254740992.0,
                               int64_t{9007199254740993}, -5, 2.5, 3};
    {
        Lcg rng{12345};
        const int64_t sizes[] = {0, 1, 2, 5, 31, 64, 65, 200, 1000, 3000};
        for (int64_t cs = 0; cs < 60; ++cs) {
            int64_t n = sizes[cs % 10];
            int shape = static_cast<int>(cs % 3);
            auto xs = gen_list(rng, POOL_F, n, shape);
            py::print("sortf", S(cs), py::repr(py::sorted(xs)));
            py::print("sortfr", S(cs), py::repr(py::sorted(xs, true)));
            auto ys = gen_list(rng, POOL_N, n, shape);
            py::print("sortn", S(cs), py::repr(py::sorted(ys)));
            py::print("sortnr", S(cs), py::repr(py::sorted(ys, true)));
            List<std::tuple<int64_t, double>> ts;
            for (int64_t k = 0; k < std::min<int64_t>(n, 500); ++k) {
                int64_t r = rng.below(4);
                ts.append({r, k < xs.size() ? xs.at(k) : 0.0});
            }
            py::print("sortt", S(cs), py::repr(py::sorted(ts)));
            py::print("minmax", S(cs), run([&] { return py::min(xs); }), run([&] { return py::max(xs); }),
                      run([&] { return py::min(ys); }), run([&] { return py::max(ys); }));
            List<int64_t> ints;
            for (int64_t k = 0; k < n; ++k) {
                uint64_t p = rng.next();
                p *= rng.next();
                ints.append(static_cast<int64_t>(p));
            }
            py::print("sorti", S(cs), fnv(py::repr(py::sorted(ints))), checked_sum(ints));
        }
    }

    // ----------------------------------------------------------- float sum
    {
        Lcg rng{777};
        for (int64_t cs = 0; cs < 100; ++cs) {
            int64_t n = 1 + rng.below(1500);
            List<double> xs;
            for (int64_t k = 0; k < n; ++k) {
                double m = static_cast<double>(rng.next()) / 2147483648.0;
                int e = static_cast<int>(rng.below(80) - 40);
                double s = rng.below(2) ? -1.0 : 1.0;
                xs.append(s * m * std::ldexp(1.0, e));
            }
            py::print("fsum", S(cs), R(py::sum(xs)));
            List<Num> ns;
            for (double x : xs) {
                if (rng.below(3)) ns.append(x);
                else ns.append(py::float_to_int(x * 1000));
            }
            py::print("nsum", S(cs), run([&] { return py::sum(ns, 1); }));
        }
    }

    // ------------------------------------------------------------ str repr
    std::vector<Str> tricky = {
        "", "it's", "say \"hi\"", "both ' and \"", "back\\slash", "\t\n\r\x0b\x0c",
        from_u32(std::u32string(U"\x00\x1f\x7f\x80\x9f\xa0\xad", 7)), from_u32(U"é中😀"),
        from_u32(U"\u2028\u2029\u200b\ufeff"), from_u32(U"\U000e0001\U0010ffff\U000f0000"), "a'b\"c'",
        py::concat(py::chr(0xD800), py::chr(0xDFFF)), from_u32(U"\x85\xa0\u1680\u3000"),
        from_u32(U"combining \u0301 ok"), "''", "\"\""};
    for (const Str& s : tricky) py::print("repr", py::repr(s));
    for (int64_t block = 0; block < 0x110000; block += 256) {
        Str s;
        for (int64_t c = block; c < block + 256; ++c) s += py::chr(c);
        Str r = py::repr(s);
        if (block < 0x3000 || block == 0xD800 || block == 0xDC00 || block == 0xFE00 || block == 0xFF00 ||
            block == 0x1F600 || block == 0xE0000 || block == 0x10FF00)
            py::print("reprb", S(block), r);
        py::print("reprh", S(block), fnv(r));
    }

    // -------------------------------------------------------------- str ops
    using Opt = std::optional<int64_t>;
    std::vector<Str> SS = {"héllo wörld 😀!", "abc", "", "😀", "aé"};
    std::vector<Opt> IDX = {std::nullopt, -20, -3, -1, 0, 1, 2, 5, 20};
    std::vector<Opt> STEPS = {std::nullopt, 1, 2, 3, -1, -2, -3, 0};
    for (const Str& s : SS) {
        py::print("slen", py::repr(s), S(py::str_len(s)), py::repr(py::str_repeat(s, 3)),
                  py::repr(py::str_repeat(s, 0)), py::repr(py::str_repeat(s, -1)));
        for (int64_t i = -16; i <= 16; ++i)
            py::print("sget", py::repr(s), S(i), run([&] { return py::str_getitem(s, i); }));
        for (Opt lo : IDX)
            for (Opt hi : IDX)
                for (Opt st : STEPS)
                    py::print("sslice", py::repr(s), py::repr(lo), py::repr(hi), py::repr(st),
                              run([&] { return py::str_slice(s, lo, hi, st, 1); }));
    }
    for (Str hay : {"", "abc", "héllo"})
        for (Str needle : {"", "a", "bc", "é", "llo", "x"})
            py::print("sin", py::repr(hay), py::repr(needle), py::repr(py::str_contains(hay, needle)));

    // ------------------------------------------------------------- list ops
    auto XS = py::list_from(py::range(7));
    for (Opt lo : IDX)
        for (Opt hi : IDX)
            for (Opt st : STEPS)
                py::print("lslice", py::repr(lo), py::repr(hi), py::repr(st),
                          run([&] { return py::list_slice(XS, lo, hi, st, 1); }));
    std::vector<Opt> SIDX = {std::nullopt, -2, 0, 1, 3, 9};
    std::vector<Opt> SSTEPS = {std::nullopt, 1, 2, -1, -2};
    for (Opt lo : SIDX) {
        for (Opt hi : SIDX) {
            for (Opt st : SSTEPS) {
                for (int64_t k = 0; k < 4; ++k) {
                    auto ys = py::list_from(py::range(6));
                    List<int64_t> vals;
                    for (int64_t j = 0; j < k; ++j) vals.append(100 + j);
                    py::print("lset", py::repr(lo), py::repr(hi), py::repr(st), S(k), run([&] {
                                  py::list_set_slice(ys, lo, hi, st, vals, 1);
                                  return ys;
                              }));
                }
                auto zs = py::list_from(py::range(9));
                py::print("ldel", py::repr(lo), py::repr(hi), py::repr(st), run([&] {
                              py::list_del_slice(zs, lo, hi, st, 1);
                              return zs;
                          }));
            }
        }
    }
    for (int64_t i : {-9, -7, -1, 0, 3, 6, 7, 100}) {
        auto ys = py::list_from(py::range(7));
        py::print("lins", S(i), run([&] {
                      ys.insert(i, 99);
                      return ys;
                  }));
        ys = py::list_from(py::range(7));
        Str popped = run([&] { return ys.pop(i, 1); });
        py::print("lpop", S(i), popped, py::repr(ys));
    }

    // ----------------------------------------------------------------- math
    std::vector<double> UN = {-INF, -1e308, -10.0, -1.0, -0.5, -0.0, 0.0, 1e-300, 0.5, 1.0, 2.0, 10.0, 709.0, 710.0,
                              1e308, INF, NaN};
    using U = std::function<std::string(double)>;
    auto F = [](auto f) -> U {
        return [f](double x) { return run([&] { return f(x); }); };
    };
    std::vector<std::pair<const char*, U>> unary = {
        {"sqrt", F(py::math_sqrt)},
        {"exp", F(py::math_exp)},
        {"log", F([](double x) { return py::math_log(x); })},
        {"log2", F(py::math_log2)},
        {"log10", F(py::math_log10)},
        {"log1p", F(py::math_log1p)},
        {"expm1", F(py::math_expm1)},
        {"sin", F(py::math_sin)},
        {"cos", F(py::math_cos)},
        {"tan", F(py::math_tan)},
        {"asin", F(py::math_asin)},
        {"acos", F(py::math_acos)},
        {"atan", F(py::math_atan)},
        {"sinh", F(py::math_sinh)},
        {"cosh", F(py::math_cosh)},
        {"tanh", F(py::math_tanh)},
        {"asinh", F(py::math_asinh)},
        {"acosh", F(py::math_acosh)},
        {"atanh", F(py::math_atanh)},
        {"fabs", F(py::math_fabs)},
        {"floor", F(py::math_floor)},
        {"ceil", F(py::math_ceil)},
        {"trunc", F(py::math_trunc)},
        {"degrees", F(py::math_degrees)},
        {"radians", F(py::math_radians)},
        {"isnan", F(py::math_isnan)},
        {"isinf", F(py::math_isinf)},
        {"isfinite", F(py::math_isfinite)},
        {"cbrt", F(py::math_cbrt)},
        {"exp2", F(py::math_exp2)},
        {"erf", F(py::math_erf)},
        {"erfc", F(py::math_erfc)},
    };
    for (auto& [name, f] : unary)
        for (double x : UN) py::print("m1", name, R(x), f(x));
    std::vector<double> BIN = {-INF, -2.0, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.0, 3.0, 1e308, INF, NaN};
    using Bf = std::function<std::string(double, double)>;
    auto G = [](auto f) -> Bf {
        return [f](double x, double y) { return run([&] { return f(x, y); }); };
    };
    std::vector<std::pair<const char*, Bf>> binary = {
        {"pow", G(py::math_pow)},
        {"fmod", G(py::math_fmod)},
        {"atan2", G(py::math_atan2)},
        {"hypot", G(py::math_hypot)},
        {"copysign", G(py::math_copysign)},
        {"log", G([](double x, double y) { return py::math_log(x, y); })},
        {"isclose", G([](double x, double y) { return py::math_isclose(x, y); })},
    };
    for (auto& [name, f] : binary)
        for (double x : BIN)
            for (double y : BIN) py::print("m2", name, R(x), R(y), f(x, y));
    {
        Lcg rng{4242};
        for (int cs = 0; cs < 20000; ++cs) {
            double x = (static_cast<double>(rng.next()) / 2147483648.0);
            x *= std::ldexp(1.0, static_cast<int>(rng.below(2098) - 1074));
            double y = (static_cast<double>(rng.next()) / 2147483648.0);
            y *= std::ldexp(1.0, static_cast<int>(rng.below(60) - 30));
            y *= x;
            py::print("hyp", R(py::math_hypot(x, y)));
        }
    }
    for (int64_t n : {int64_t{0}, int64_t{1}, int64_t{2}, int64_t{3}, int64_t{4}, int64_t{15}, int64_t{16},
                      int64_t{17}, int64_t{99}, int64_t{100}, int64_t{101}, int64_t{1} << 52, int64_t{1} << 62, I64MAX,
                      int64_t{-1}, int64_t{4503599761588224}, int64_t{9223372030926249001},
                      int64_t{9223372030926249000}})
        py::print("isqrt", S(n), run([&] { return py::math_isqrt(n); }));
    for (int64_t a : {int64_t{0}, int64_t{1}, int64_t{-1}, int64_t{12}, int64_t{-18}, int64_t{1} << 62, I64MIN, I64MAX})
        for (int64_t b : {int64_t{0}, int64_t{1}, int64_t{6}, int64_t{-4}, I64MIN})
            py::print("gcd", S(a), S(b), run([&] { return py::math_gcd(py::Int(a), py::Int(b), 1); }),
                      run([&] { return py::math_lcm(py::Int(a), py::Int(b), 1); }));
    for (int64_t n = -1; n < 23; ++n) py::print("fact", S(n), run([&] { return py::math_factorial(n, 1); }));
    for (int64_t n : {int64_t{-1}, int64_t{0}, int64_t{1}, int64_t{5}, int64_t{10}, int64_t{20}, int64_t{30},
                      int64_t{62}, int64_t{63}, int64_t{64}, int64_t{67}, int64_t{68}, int64_t{100}, int64_t{1000},
                      int64_t{1000000000000000000}})
        for (int64_t k : {-1, 0, 1, 2, 3, 5, 10, 20, 30, 34, 50, 67, 100})
            py::print("comb", S(n), S(k), run([&] { return py::math_comb(n, k, 1); }),
                      run([&] { return py::math_perm(n, k, 1); }));
    for (double x : BIN) {
        py::print("frexp", R(x), run([&] { return py::math_frexp(x); }), run([&] { return py::math_modf(x); }));
        for (int64_t i : {int64_t{-2000}, int64_t{-1075}, int64_t{-1074}, int64_t{-1}, int64_t{0}, int64_t{1},
                          int64_t{1023}, int64_t{1024}, int64_t{2000}, int64_t{10000000000}, int64_t{-10000000000}})
            py::print("ldexp", R(x), S(i), run([&] { return py::math_ldexp(x, i); }));
        for (double y : BIN) py::print("rem", R(x), R(y), run([&] { return py::math_remainder(x, y); }));
    }
}

}  // namespace cases

// ====================================================================== scenarios

static std::string g_scenario;

static int64_t deep(int64_t n) {
    volatile char pad[64];
    pad[0] = static_cast<char>(n);
    if (n == 0) return 0;
    int64_t r = deep(n - 1) + 1;
    return r + (pad[0] - pad[0]);
}

static void scenario_body() {
    const std::string& s = g_scenario;
    if (s == "ok") {
        py::print("hello", 1, 2.5);
        py::print_sep_end("-", "!\n", "a", "b");
    } else if (s == "exc") {
        py::print("before");
        throw py::ValueError("bad value");
    } else if (s == "exc_empty") {
        throw py::IndexError("");
    } else if (s == "limit") {
        py::print("partial");
        // Exact ints promote; a sum of an int64 list is still computed in 64 bits.
        py::print(py::sum(List<int64_t>{I64MAX, 1}, 12));
    } else if (s == "exit3") {
        py::print("x");
        py::sys_exit(3);
    } else if (s == "deep") {
        py::print(deep(3000000));
    } else if (s == "big") {
        for (int64_t i = 0; i < 1000000; ++i) py::print(i, "line");
    } else if (s == "argv") {
        py::print(py::argv_list());
    } else if (s == "memory") {
        throw std::bad_alloc();
    } else if (s == "cases") {
        cases::all_cases();
    } else if (s == "stderr") {
        py::print("out");
        py::print_stderr(" ", "\n", "err", 1);
    }
}

int main(int argc, char** argv) {
    if (argc >= 2 && std::string(argv[1]) == "--cases") {
        g_scenario = "cases";
        return py::run_main(argc, argv, "core_cases.py", scenario_body);
    }
    if (argc >= 3 && std::string(argv[1]) == "--run") {
        g_scenario = argv[2];
        return py::run_main(argc - 2, argv + 2, "prog.py", scenario_body);
    }
    try {
        test_ints();
        test_num();
        test_strings();
        test_lists();
        test_relocating_lists();
        test_text();
        test_math();
        test_generators();
        test_iteration();
    } catch (const py::BaseException& e) {
        fail_at(__LINE__, std::string("uncaught ") + e.type_name() + ": " + e.msg);
    }
    std::printf("%d passed, %d failed\n", g_pass, g_fail);
    return g_fail == 0 ? 0 : 1;
}
