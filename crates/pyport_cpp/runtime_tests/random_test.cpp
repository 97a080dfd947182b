//! Tests of pyport's `random` module (random.hpp): unit checks (no args) and CPython-comparison cases (`--cases`, compare with random_cases.py, which makes the same calls in the same order).
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>

#include "pyport/runtime.hpp"

using py::List;
using py::Str;

static constexpr int64_t I64MIN = std::numeric_limits<int64_t>::min();
static constexpr int64_t I64MAX = std::numeric_limits<int64_t>::max();

// ------------------------------------------------------------------ output helpers (mirror random_cases.py)
static void out(std::initializer_list<std::string> parts) {
    std::string line;
    for (const auto& p : parts) {
        if (!line.empty() || &p != parts.begin()) line += ' ';
        line += p;
    }
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stdout);
}

template <class X>
static std::string V(const X& x) {
    if constexpr (std::is_same_v<X, uint64_t>) return std::to_string(x);
    else return py::repr(x);
}

static std::string V(const std::vector<uint64_t>& xs) {
    std::string s = "[";
    for (size_t i = 0; i < xs.size(); ++i) s += (i ? ", " : "") + std::to_string(xs[i]);
    return s + "]";
}

/// Python's format(x, 'x') of an int given as little-endian 32-bit words.
static std::string hex_words(const std::vector<uint32_t>& w) {
    std::string s;
    char buf[16];
    for (size_t i = w.size(); i-- > 0;) {
        std::snprintf(buf, sizeof buf, "%08x", w[i]);
        s += buf;
    }
    size_t nz = s.find_first_not_of('0');
    return nz == std::string::npos ? "0" : s.substr(nz);
}

template <class F>
static std::string err(F f) {
    try {
        return "ok " + V(f());
    } catch (const py::BaseException& e) {
        return std::string(e.type_name()) + ": " + e.msg;
    }
}

/// The module-level functions, shaped like a Random so one battery tests both.
struct Module {
    double random() const { return py::random_random(); }
    uint64_t getrandbits(int64_t k) const { return py::random_getrandbits(k); }
    std::vector<uint32_t> getrandbits_words(int64_t k) const { return py::random_getrandbits_words(k); }
    int64_t randrange(int64_t stop) const { return py::random_randrange(stop); }
    int64_t randrange(int64_t a, int64_t b, int64_t step = 1) const { return py::random_randrange(a, b, step); }
    int64_t randint(int64_t a, int64_t b) const { return py::random_randint(a, b); }
    template <class S> auto choice(const S& s) const { return py::random_choice(s); }
    template <class T> void shuffle(const List<T>& xs) const { py::random_shuffle(xs); }
    template <class S> auto sample(const S& p, int64_t k) const { return py::random_sample(p, k); }
    template <class S, class C> auto sample(const S& p, int64_t k, const List<C>& c) const {
        return py::random_sample(p, k, c);
    }
    template <class S> auto choices(const S& p, int64_t k = 1) const { return py::random_choices(p, k); }
    template <class S, class W> auto choices(const S& p, const List<W>& w, int64_t k = 1) const {
        return py::random_choices(p, w, k);
    }
    template <class S, class W> auto choices_cum(const S& p, const List<W>& w, int64_t k = 1) const {
        return py::random_choices_cum(p, w, k);
    }
    template <class A, class B> double uniform(A a, B b) const { return py::random_uniform(a, b); }
    double triangular(double lo = 0.0, double hi = 1.0, std::optional<double> m = std::nullopt) const {
        return py::random_triangular(lo, hi, m);
    }
    double gauss(double mu = 0.0, double s = 1.0) const { return py::random_gauss(mu, s); }
    double normalvariate(double mu = 0.0, double s = 1.0) const { return py::random_normalvariate(mu, s); }
    double lognormvariate(double mu, double s) const { return py::random_lognormvariate(mu, s); }
    double expovariate(double l) const { return py::random_expovariate(l); }
    double vonmisesvariate(double mu, double k) const { return py::random_vonmisesvariate(mu, k); }
    double gammavariate(double a, double b) const { return py::random_gammavariate(a, b); }
    double betavariate(double a, double b) const { return py::random_betavariate(a, b); }
    double paretovariate(double a) const { return py::random_paretovariate(a); }
    double weibullvariate(double a, double b) const { return py::random_weibullvariate(a, b); }
};

template <class G>
static void battery(const G& g, const std::string& tag) {
    {
        List<double> r;
        for (int i = 0; i < 5; ++i) r.append(g.random());
        out({tag, "random", V(r)});
    }
    {
        std::vector<uint64_t> bits;
        for (int k : {0, 1, 5, 31, 32, 33, 48, 63, 64}) bits.push_back(g.getrandbits(k));
        out({"bits", V(bits)});
    }
    {
        std::string a = hex_words(g.getrandbits_words(100));
        std::string b = hex_words(g.getrandbits_words(65));
        std::string c = hex_words(g.getrandbits_words(200));
        out({"bigbits", a, b, c});
    }
    {
        std::string a = V(g.randrange(10)), b = V(g.randrange(1, 100)), c = V(g.randrange(-50, 50, 7));
        std::string d = V(g.randrange(100, -100, -3)), e = V(g.randrange(int64_t{1} << 62));
        std::string f = V(g.randrange(I64MIN, I64MAX)), h = V(g.randrange(0, I64MAX, int64_t{1} << 40));
        std::string i = V(g.randrange(I64MAX, I64MIN, -(int64_t{1} << 61)));
        out({"randrange", a, b, c, d, e, f, h, i});
    }
    {
        List<int64_t> dice;
        for (int i = 0; i < 10; ++i) dice.append(g.randint(1, 6));
        std::string a = V(dice), b = V(g.randint(I64MIN, I64MAX)), c = V(g.randint(5, 5));
        std::string d = V(g.randint(0, I64MAX)), e = V(g.randint(-1000, -990));
        out({"randint", a, b, c, d, e});
    }
    {
        std::string a = V(g.choice(List<int64_t>{10, 20, 30})), b = V(g.choice(py::range(0, 1000, 7)));
        std::string c = V(g.choice(Str("héllo✓"))), d = V(g.choice(List<double>{1.5, 2.5}));
        std::string e = V(g.choice(List<Str>{"a", "b"})), f = V(g.choice(List<bool>{true, false}));
        std::string h = V(g.choice(py::range(5, -5, -2)));
        out({"choice", a, b, c, d, e, f, h});
    }
    {
        List<int64_t> xs;
        for (int64_t i = 0; i < 20; ++i) xs.append(i);
        g.shuffle(xs);
        List<Str> ss{"x", "y", "z", "w"};
        g.shuffle(ss);
        List<int64_t> one{1};
        g.shuffle(one);
        List<bool> bs{true, false, false, true, true};
        g.shuffle(bs);
        out({"shuffle", V(xs), V(ss), V(one), V(bs)});
    }
    {
        std::string a = V(g.sample(py::range(100), 10)), b = V(g.sample(py::range(1000000), 30));
        std::string c = V(g.sample(List<Str>{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}, 10));
        std::string d = V(g.sample(Str("héllo wörld"), 4)), e = V(g.sample(py::range(50), 6));
        std::string f = V(g.sample(py::range(30), 0));
        out({"sample", a, b, c, d, e, f});
    }
    {
        std::string a = V(g.sample(py::range(100), 3)), b = V(g.sample(py::range(1000), 200));
        std::string c = V(g.sample(py::range(10000), 200)), d = V(g.sample(List<double>{1.5, 2.5, 3.5}, 2));
        std::string e = V(g.sample(py::range(21), 5)), f = V(g.sample(py::range(22), 5));
        std::string h = V(g.sample(List<bool>{true, false, true, false}, 3));
        std::string i = V(g.choices(List<bool>{true, false}, List<int64_t>{1, 3}, 4));
        out({"sample2", a, b, c, d, e, f, h, i});
    }
    {
        std::string a = V(g.sample(List<Str>{"red", "blue"}, 5, List<int64_t>{4, 2}));
        std::string b = V(g.sample(py::range(3), 4, List<int64_t>{0, 3, 5}));
        std::string c = V(g.sample("ab", 2, List<int64_t>{1, 1}));
        std::string d = V(g.sample(List<Str>{"a", "b", "c"}, 3, List<int64_t>{5, -2, 4}));
        out({"counts", a, b, c, d});
    }
    {
        std::string a = V(g.choices(List<int64_t>{1, 2, 3}, 5));
        std::string b = V(g.choices("abc", List<int64_t>{1, 0, 5}, 6));
        std::string c = V(g.choices(py::range(10), List<double>(std::initializer_list<double>(
                                                       {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5})),
                                    4));
        std::string d = V(g.choices_cum(List<Str>{"a", "b", "c"}, List<py::Num>{1, 1.5, 4}, 5));
        std::string e = V(g.choices(List<int64_t>{7}, 0)), f = V(g.choices(List<Str>{"p", "q"}, 3));
        std::string h = V(g.choices(List<Str>{"p", "q"}));
        std::string i = V(g.choices_cum(py::range(4), List<int64_t>{1, 2, 3, 4}, 3));
        std::string j = V(g.choices(List<int64_t>{0, 1}, List<int64_t>{int64_t{1} << 53, 1}, 3));
        out({"choices", a, b, c, d, e, f, h, i, j});
    }
    {
        std::string a = V(g.uniform(1, 10)), b = V(g.uniform(-2.5, 3.5)), c = V(g.uniform(10, 1));
        std::string d = V(g.uniform(int64_t{1} << 62, -(int64_t{1} << 62) + 1)), e = V(g.uniform(int64_t{0}, I64MAX));
        std::string f = V(g.uniform(1, 2.5)), h = V(g.uniform((int64_t{1} << 53) + 1, (int64_t{1} << 60) + 3));
        out({"uniform", a, b, c, d, e, f, h});
    }
    {
        std::string a = V(g.triangular()), b = V(g.triangular(0, 10)), c = V(g.triangular(0, 10, 2));
        std::string d = V(g.triangular(5.0, 5, 5)), e = V(g.triangular(3.0, 1.0, 2.0)), f = V(g.triangular(0.0, 1.0, 1.0));
        out({"triangular", a, b, c, d, e, f});
    }
    {
        List<double> gs;
        for (int i = 0; i < 5; ++i) gs.append(g.gauss());
        std::string a = V(gs), b = V(g.gauss(10, 2)), c = V(g.random()), d = V(g.gauss(-1.0, 0.25));
        out({"gauss", a, b, c, d});
    }
    {
        std::string a = V(g.normalvariate()), b = V(g.normalvariate(5, 0.5)), c = V(g.lognormvariate(0, 1));
        std::string d = V(g.lognormvariate(1.5, 0.25));
        out({"normal", a, b, c, d});
    }
    {
        std::string a = V(g.expovariate(1.5)), b = V(g.expovariate(-2.0)), c = V(g.expovariate(1e-3));
        out({"expo", a, b, c});
    }
    {
        std::string a = V(g.vonmisesvariate(0, 0)), b = V(g.vonmisesvariate(1.0, 4.0));
        std::string c = V(g.vonmisesvariate(-1.0, 0.5)), d = V(g.vonmisesvariate(10.0, 100.0));
        out({"vonmises", a, b, c, d});
    }
    {
        std::string a = V(g.gammavariate(0.5, 1)), b = V(g.gammavariate(1.0, 2)), c = V(g.gammavariate(2.5, 1.5));
        std::string d = V(g.gammavariate(0.01, 1.0)), e = V(g.gammavariate(200, 1)), f = V(g.gammavariate(0.9, 3.0));
        out({"gamma", a, b, c, d, e, f});
    }
    {
        std::string a = V(g.betavariate(3, 3)), b = V(g.betavariate(0.5, 0.5)), c = V(g.betavariate(1.0, 1.0));
        out({"beta", a, b, c});
    }
    {
        std::string a = V(g.paretovariate(2.0)), b = V(g.paretovariate(0.5)), c = V(g.weibullvariate(1.0, 1.5));
        std::string d = V(g.weibullvariate(2.0, 0.5));
        out({"pareto", a, b, "weibull", c, d});
    }
    std::vector<std::string> acc;
    auto flush = [&] {
        std::string line = "mixed";
        for (const auto& s : acc) line += " " + s;
        out({line});
        acc.clear();
    };
    for (int64_t i = 0; i < 400; ++i) {
        switch (i % 11) {
            case 0: acc.push_back(V(g.random())); break;
            case 1: acc.push_back(V(g.randint(0, i))); break;
            case 2: acc.push_back(V(g.gauss())); break;
            case 3: acc.push_back(V(g.choice(py::range(i + 1)))); break;
            case 4: acc.push_back(V(g.getrandbits(i % 65))); break;
            case 5: acc.push_back(V(g.randrange(-i - 1, i + 1))); break;
            case 6: acc.push_back(V(g.uniform(-i, i))); break;
            case 7: acc.push_back(V(g.normalvariate(1.0, 3.0))); break;
            case 8: {
                List<int64_t> ys;
                for (int64_t k = 0; k < i % 7; ++k) ys.append(k);
                g.shuffle(ys);
                acc.push_back(V(ys));
                break;
            }
            case 9: acc.push_back(V(g.sample(py::range(i + 1), std::min<int64_t>(i + 1, 3)))); break;
            default: acc.push_back(V(g.expovariate(static_cast<double>(1 + i % 3)))); break;
        }
        if (acc.size() == 20) flush();
    }
    flush();
}

static void all_cases() {
    auto seeded = [](auto s) { return py::Random(s); };
    auto words = [](std::vector<uint32_t> w) {
        py::Random r;
        r.seed_words(std::move(w));
        return r;
    };
    battery(seeded(int64_t{0}), "seed 0");
    battery(seeded(1), "seed 1");
    battery(seeded(-5), "seed -5");
    battery(seeded(42), "seed 42");
    battery(seeded(int64_t{4294967295}), "seed 2**32-1");
    battery(seeded(int64_t{4294967296}), "seed 2**32");
    battery(seeded(I64MAX), "seed i64max");
    battery(seeded(I64MIN), "seed i64min");
    battery(words({3, 0, 1}), "seed 2**64+3");
    battery(words({12345, 0, 0, 0, 0, 0, 256}), "seed 2**200+12345");
    battery(words({0, 0, 0, 16}), "seed -(2**100)");
    battery(seeded(3.0), "seed 3.0");
    battery(seeded(0.5), "seed 0.5");
    battery(seeded(-2.5), "seed -2.5");
    battery(seeded(1e300), "seed 1e300");
    battery(seeded(5e-324), "seed 5e-324");
    battery(seeded(std::numeric_limits<double>::infinity()), "seed inf");
    battery(seeded(-std::numeric_limits<double>::infinity()), "seed -inf");
    battery(seeded(-0.0), "seed -0.0");
    battery(seeded(0.1), "seed 0.1");
    battery(seeded(Str("")), "seed ''");
    battery(seeded(Str("hello")), "seed 'hello'");
    battery(seeded(Str("héllo wörld ✓")), "seed 'héllo wörld ✓'");
    {
        py::Random r;
        r.seed_bytes(std::string_view("bytes\0\xff", 7));
        battery(r, "seed b'bytes'");
    }
    battery(seeded(true), "seed True");
    battery(seeded(false), "seed False");
    battery(seeded(Str(200, 'x')), "seed 'x'*200");

    auto v1 = [](const std::string& name, py::Random g) {
        List<double> r;
        for (int i = 0; i < 4; ++i) r.append(g.random());
        std::string a = V(r);
        out({"seed", name, a, V(g.randint(1, 1000))});
    };
    {
        py::Random g;
        g.seed(Str("hello"), 1);
        v1("'hello' v1", g);
    }
    {
        py::Random g;
        g.seed(Str(""), 1);
        v1("'' v1", g);
    }
    {
        py::Random g;
        g.seed("héllo ✓", 1);
        v1("'héllo ✓' v1", g);
    }
    {
        py::Random g;
        g.seed_bytes("ab\xff", 1);
        v1("b'ab\\xff' v1", g);
    }
    {
        py::Random g;
        g.seed(7, 1);
        v1("7 v1", g);
    }

    for (int64_t i = 0; i < 60; ++i) {
        auto si = static_cast<int64_t>(static_cast<uint64_t>(i) * 0x9E3779B97F4A7C15ULL - 0x8000000000000000ULL);
        double sf = static_cast<double>(i) * 0.37 - 5.0;
        Str ss = "seed" + std::to_string(i);
        auto sweep = [&](const auto& seed) {
            py::Random g(seed);
            std::string a = V(g.random()), b = V(g.randrange(1, 1000000000)), c = V(g.gauss());
            std::string d = V(g.choice(py::range(i + 1))), e = V(g.sample(py::range(1000), 8));
            std::string f = V(g.getrandbits(64));
            out({"sweep", V(seed), a, b, c, d, e, f});
        };
        sweep(si);
        sweep(sf);
        sweep(ss);
    }

    py::random_seed(12345);
    battery(Module{}, "module 12345");
    py::random_seed("module");
    {
        std::string a = V(py::random_random());
        out({"module str", a, V(py::random_randint(1, 10))});
    }
    py::random_seed(3);
    out({"gauss reset", V(py::random_gauss())});
    py::random_seed(3);
    {
        std::string a = V(py::random_gauss()), b = V(py::random_gauss()), c = V(py::random_gauss());
        out({"gauss reset", a, b, c});
    }

    py::Random r(7);
    py::Random r2 = r;
    {
        std::string a = V(r.random()), b = V(r2.random()), c = V(r.random());
        out({"alias", a, b, c});
    }
    py::Random a(99), b(99);
    {
        std::string w = V(a.random()), x = V(a.random()), y = V(b.random()), z = V(b.random());
        out({"independent", w, x, y, z});
    }
    a.seed(5);
    b.seed(5.0);
    out({"int/float seed", V(a.random() == b.random())});

    py::Random g(2024);
    using OL = std::optional<List<int64_t>>;
    const double inf = std::numeric_limits<double>::infinity(), nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<std::pair<std::string, std::function<std::string()>>> cases = {
        {"randrange(0)", [&] { return err([&] { return g.randrange(0); }); }},
        {"randrange(-3)", [&] { return err([&] { return g.randrange(-3); }); }},
        {"randrange(5, 5)", [&] { return err([&] { return g.randrange(5, 5); }); }},
        {"randrange(5, 2)", [&] { return err([&] { return g.randrange(5, 2); }); }},
        {"randrange(0, 10, 0)", [&] { return err([&] { return g.randrange(0, 10, 0); }); }},
        {"randrange(0, 10, -1)", [&] { return err([&] { return g.randrange(0, 10, -1); }); }},
        {"randrange(10, 0, 2)", [&] { return err([&] { return g.randrange(10, 0, 2); }); }},
        {"randrange(i64max, i64min)", [&] { return err([&] { return g.randrange(I64MAX, I64MIN); }); }},
        {"randint(5, 3)", [&] { return err([&] { return g.randint(5, 3); }); }},
        {"randint(i64max, 0)", [&] { return err([&] { return g.randint(I64MAX, 0); }); }},
        {"choice([])", [&] { return err([&] { return g.choice(List<int64_t>{}); }); }},
        {"choice('')", [&] { return err([&] { return g.choice(Str("")); }); }},
        {"choice(range(0))", [&] { return err([&] { return g.choice(py::range(0)); }); }},
        {"sample(range(5), 6)", [&] { return err([&] { return g.sample(py::range(5), 6); }); }},
        {"sample(range(5), -1)", [&] { return err([&] { return g.sample(py::range(5), -1); }); }},
        {"sample counts [0]", [&] { return err([&] { return g.sample(List<Str>{"a"}, 1, List<int64_t>{0}); }); }},
        {"sample counts [1]",
         [&] { return err([&] { return g.sample(List<Str>{"a", "b"}, 1, List<int64_t>{1}); }); }},
        {"sample counts []", [&] { return err([&] { return g.sample(List<Str>{}, 0, List<int64_t>{}); }); }},
        {"sample counts k>total",
         [&] { return err([&] { return g.sample(List<Str>{"a", "b"}, 3, List<int64_t>{1, 1}); }); }},
        {"sample counts float", [&] { return err([&] { return g.sample(List<Str>{"a"}, 1, List<double>{1.5}); }); }},
        {"choices([])", [&] { return err([&] { return g.choices(List<int64_t>{}, 1); }); }},
        {"choices('')", [&] { return err([&] { return g.choices(Str(""), 2); }); }},
        {"choices(range(0))", [&] { return err([&] { return g.choices(py::range(0)); }); }},
        {"choices([], k=0)", [&] { return err([&] { return g.choices(List<int64_t>{}, 0); }); }},
        {"choices([], k=-3)", [&] { return err([&] { return g.choices(List<int64_t>{1}, -3); }); }},
        {"choices weights len",
         [&] { return err([&] { return g.choices(List<int64_t>{1, 2}, List<int64_t>{1}, 1); }); }},
        {"choices weights zero", [&] { return err([&] { return g.choices(List<int64_t>{1, 2}, List<int64_t>{0, 0}); }); }},
        {"choices weights negative",
         [&] { return err([&] { return g.choices(List<int64_t>{1, 2}, List<int64_t>{1, -3}); }); }},
        {"choices weights inf", [&] { return err([&] { return g.choices(List<int64_t>{1, 2}, List<double>{1, inf}); }); }},
        {"choices weights nan", [&] { return err([&] { return g.choices(List<int64_t>{1, 2}, List<double>{1, nan}); }); }},
        {"choices([], [])", [&] { return err([&] { return g.choices(List<int64_t>{}, List<int64_t>{}); }); }},
        {"choices both",
         [&] { return err([&] { return g.choices(List<int64_t>{1}, OL(List<int64_t>{1}), OL(List<int64_t>{1}), 1); }); }},
        {"getrandbits(-1)", [&] { return err([&] { return g.getrandbits(-1); }); }},
        {"expovariate(0)", [&] { return err([&] { return g.expovariate(0.0); }); }},
        {"gammavariate(0, 1)", [&] { return err([&] { return g.gammavariate(0.0, 1.0); }); }},
        {"gammavariate(1, -1)", [&] { return err([&] { return g.gammavariate(1.0, -1.0); }); }},
        {"betavariate(-1, 1)", [&] { return err([&] { return g.betavariate(-1.0, 1.0); }); }},
        {"paretovariate(0)", [&] { return err([&] { return g.paretovariate(0.0); }); }},
        {"weibullvariate(1, 0)", [&] { return err([&] { return g.weibullvariate(1.0, 0.0); }); }},
        {"triangular(1, 1, 1)", [&] { return err([&] { return g.triangular(1.0, 1.0, 1.0); }); }},
        {"triangular(2, 2)", [&] { return err([&] { return g.triangular(2.0, 2.0); }); }},
        {"after errors", [&] { return err([&] { return g.random(); }); }},
    };
    for (auto& [name, f] : cases) out({"error", name, f()});
}

// ------------------------------------------------------------------ unit checks (no CPython needed)
static int g_pass = 0, g_fail = 0;
#define CHECK(cond)                                                              \
    do {                                                                         \
        if (cond) ++g_pass;                                                      \
        else {                                                                   \
            ++g_fail;                                                            \
            std::fprintf(stderr, "FAIL random_test.cpp:%d: %s\n", __LINE__, #cond); \
        }                                                                        \
    } while (0)

static void unit_checks() {
    // A seed of any int is the same as the words of its absolute value, padded or not.
    {
        py::Random a(int64_t{1} << 40), b, c(-(int64_t{1} << 40));
        b.seed_words({0, 256, 0, 0});
        for (int i = 0; i < 1000; ++i) {
            double x = a.random();
            CHECK(x == b.random());
            CHECK(x == c.random());
        }
    }
    // getrandbits(k <= 64) and getrandbits_words agree on the same stream.
    {
        py::Random a(9), b(9);
        for (int k = 0; k <= 64; ++k) {
            uint64_t x = a.getrandbits(k);
            std::vector<uint32_t> w = b.getrandbits_words(k);
            uint64_t y = 0;
            for (size_t i = 0; i < w.size(); ++i) y |= static_cast<uint64_t>(w[i]) << (32 * i);
            CHECK(x == y);
            CHECK(k == 64 || (x >> k) == 0);
        }
    }
    // Beyond 64 bits the scalar API stops with a clear limit error instead of truncating.
    {
        py::Random a(1);
        bool limited = false;
        try {
            (void)a.getrandbits(65);
        } catch (const py::PyportLimit& e) {
            limited = e.msg.find("getrandbits(65)") != std::string::npos;
        }
        CHECK(limited);
    }
    // Unseeded generators (OS entropy) differ from each other; NaN seeds like CPython's identity hash.
    {
        py::Random a, b, c(std::numeric_limits<double>::quiet_NaN());
        bool differ = false;
        for (int i = 0; i < 4; ++i) differ |= a.getrandbits(64) != b.getrandbits(64);
        CHECK(differ);
        double x = c.random();
        CHECK(x >= 0.0 && x < 1.0);
    }
    // random() stays in [0, 1); randrange/randint stay in range at the int64 edges.
    {
        py::Random a(123);
        for (int i = 0; i < 20000; ++i) {
            double x = a.random();
            CHECK(x >= 0.0 && x < 1.0);
            int64_t v = a.randint(I64MAX - 2, I64MAX);
            CHECK(v >= I64MAX - 2);
            int64_t w = a.randrange(I64MIN, I64MIN + 3);
            CHECK(w >= I64MIN && w < I64MIN + 3);
            int64_t s = a.randrange(10, -10, -3);
            CHECK(s <= 10 && s > -10 && (10 - s) % 3 == 0);
        }
    }
    // Seeds given as Num or optional behave as the value they hold.
    {
        py::Random a(3), b(py::Num(int64_t{3})), c(3.5), d(py::Num(3.5)), e(std::optional<int64_t>(3));
        for (int i = 0; i < 100; ++i) {
            double x = a.random();
            CHECK(x == b.random());
            CHECK(x == e.random());
            CHECK(c.random() == d.random());
        }
    }
    // A copy is the same generator (Python reference semantics).
    {
        py::Random a(5), b(5);
        py::Random alias = a;
        CHECK(alias.is(a) && !b.is(a));
        (void)alias.random();
        CHECK(a.random() != b.random());
    }
    std::printf("random_test: %d passed, %d failed\n", g_pass, g_fail);
}

int main(int argc, char** argv) {
    if (argc >= 2 && std::string(argv[1]) == "--cases") {
        all_cases();
        return 0;
    }
    unit_checks();
    return g_fail == 0 ? 0 : 1;
}
