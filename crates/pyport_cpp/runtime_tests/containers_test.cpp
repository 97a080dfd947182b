//! Tests of the pyport container runtime (hash, dict, set, collections): unit checks (no args) and CPython-comparison cases (`--cases`, compare with containers_cases.py).
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>

#include "pyport/runtime.hpp"

using py::Counter;
using py::DefaultDict;
using py::Deque;
using py::Dict;
using py::FrozenSet;
using py::List;
using py::Num;
using py::Set;
using py::Str;
using I = int64_t;

// =============================================================== helpers

static std::vector<std::string> g_out;

template <class X>
static void out(const std::string& label, const X& x) {
    g_out.push_back(label + ": " + py::repr(x));
}
static void out_raw(const std::string& label, const std::string& text) { g_out.push_back(label + ": " + text); }

/// A Python list of heterogeneous values, rendered: `[a, b, c]`.
template <class... X>
static std::string L(const X&... xs) {
    std::string s = "[";
    bool first = true;
    ((s += (first ? "" : ", "), s += py::repr(xs), first = false), ...);
    return s + "]";
}

template <class F>
static void err(const std::string& label, F f) {
    try {
        if constexpr (std::is_void_v<decltype(f())>) {
            f();
            out_raw(label, "no error None");
        } else {
            auto r = f();
            out_raw(label, "no error " + py::repr(r));
        }
    } catch (const py::BaseException& e) {
        out_raw(label, std::string(e.type_name()) + ": " + e.msg);
    }
}

static std::string fmt(const char* f, I a) {
    char buf[128];
    std::snprintf(buf, sizeof buf, f, static_cast<long long>(a));
    return buf;
}
static std::string fmt2(const char* f, I a, I b) {
    char buf[128];
    std::snprintf(buf, sizeof buf, f, static_cast<long long>(a), static_cast<long long>(b));
    return buf;
}

struct Rng {
    uint64_t s;
    explicit Rng(uint64_t seed) : s(seed) {}
    I next() {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<I>(s >> 33);
    }
    I below(I n) { return next() % n; }
};

template <class T>
static List<T> every(const List<T>& xs, I step) {
    return py::list_slice(xs, std::nullopt, std::nullopt, step, 0);
}
template <class T>
static List<T> head(const List<T>& xs, I n) {
    return py::list_slice(xs, std::nullopt, n, std::nullopt, 0);
}

// ================================================================= cases

static void hashes() {
    const I ints[] = {0, 1, -1, -2, (I{1} << 61) - 2, (I{1} << 61) - 1, I{1} << 61, I{1} << 62, -(I{1} << 61),
                      std::numeric_limits<I>::max(), std::numeric_limits<I>::min(), 123456789012345678};
    for (I i : ints) out(fmt("hash int %lld", i), py::hash(i));
    const double inf = std::numeric_limits<double>::infinity();
    const double floats[] = {0.0, -0.0, 0.5, -0.5, 1.5, 3.141592653589793, 1e-300, 1e300, -2.5e300, 5e-324,
                             std::ldexp(1.0, 61), inf, -inf, 0.1, 1.0 / 3, 123456.789, -7.0, std::ldexp(1.0, 63)};
    for (double f : floats) out("hash float " + py::repr(f), py::hash(f));
    out("hash True", py::hash(true));
    out("hash False", py::hash(false));
    out("hash ()", py::hash(std::tuple<>()));
    out("hash (1,)", py::hash(std::tuple<I>(1)));
    out("hash (1, 2)", py::hash(std::tuple<I, I>(1, 2)));
    out("hash (-1, -2)", py::hash(std::tuple<I, I>(-1, -2)));
    out("hash ((1, 2), 3)", py::hash(std::tuple<std::tuple<I, I>, I>({1, 2}, 3)));
    out("hash (1.5, -2, True)", py::hash(std::tuple<double, I, bool>(1.5, -2, true)));
    out("hash (0.5, (2**62, -7))", py::hash(std::tuple<double, std::tuple<I, I>>(0.5, {I{1} << 62, -7})));
    out("hash frozenset()", py::hash(FrozenSet<I>()));
    out("hash frozenset({1, 2, 3})", py::hash(FrozenSet<I>{1, 2, 3}));
    out("hash frozenset(range(100))", py::hash(FrozenSet<I>::from(py::range(100))));
    out("hash frozenset({(1, 2), (3, 4)})", py::hash(FrozenSet<std::tuple<I, I>>{{1, 2}, {3, 4}}));
    out("hash frozenset({frozenset({1}), frozenset()})",
        py::hash(FrozenSet<FrozenSet<I>>{FrozenSet<I>{1}, FrozenSet<I>()}));
}

/// str hashes (CPython's under PYTHONHASHSEED=0), each after the str changed in one of the ways the
/// runtime changes a Str: the hash Str caches must follow its contents.
static void str_hashes() {
    py::Str s("ab");
    out("hash str ab", py::hash(s));
    s += "c";
    out("hash str abc", py::hash(s));
    py::Str t = s;
    out("hash str copy abc", py::hash(t));
    t += py::Str("\xc3\xa9");
    out("hash str abc\\xe9", py::hash(t));
    t.push_back('x');
    out("hash str abc\\xe9x", py::hash(t));
    out("hash str copy still abc", py::hash(s));
    s.pop_back();
    out("hash str ab again", py::hash(s));
    s.assign("\xe6\x97\xa5\xe6\x9c\xac");
    out("hash str \\u65e5\\u672c", py::hash(s));
    s.append("\xf0\x9f\x98\x80");
    out("hash str \\u65e5\\u672c\\U0001f600", py::hash(s));
    py::Str m = std::move(s);
    out("hash str moved", py::hash(m));
    s = py::Str("");
    out("hash str empty", py::hash(s));
    m.clear();
    m += "ab";
    out("hash str ab rebuilt", py::hash(m));
    // One ASCII character: from the table.
    out("hash str z", py::hash(py::Str("z")));
    out("hash str nul", py::hash(py::Str(std::string(1, '\0'))));
    out("hash str del", py::hash(py::Str("\x7f")));
    out("hash str e-acute", py::hash(py::Str("\xc3\xa9")));
}

static I int_value(Rng& r, I kind) {
    if (kind == 0) return r.below(50);
    if (kind == 1) return r.below(2000) - 1000;
    if (kind == 2) {
        I hi = r.next();
        I lo = r.next();
        return (hi << 30) + lo - (I{1} << 60);
    }
    return r.below(64) * 8;
}

static void sets_of_ints() {
    for (I seed = 0; seed < 8; ++seed) {
        Rng r(static_cast<uint64_t>(seed));
        I kind = seed % 4;
        Set<I> s;
        for (I step = 0; step < 300; ++step) {
            I op = r.below(10);
            I v = int_value(r, kind);
            if (op < 6) s.add(v);
            else if (op < 9) s.discard(v);
            else if (s.size()) out(fmt("ints %lld pop", seed), s.pop());
            if (step % 50 == 49) out(fmt2("ints %lld step %lld", seed, step), s);
        }
        out(fmt("ints %lld list", seed), py::list_from(s.iter()));
        out(fmt("ints %lld len", seed), py::len(s));
        auto t = Set<I>::from(every(py::list_from(s.iter()), 3));
        out(fmt("ints %lld sub", seed), t);
        for (I i = 0; i < std::min<I>(s.size(), 7); ++i) out(fmt2("ints %lld pop%lld", seed, i), s.pop());
        out(fmt("ints %lld after pops", seed), s);
        s.clear();
        for (I v = 10; v > 0; --v) s.add(v * 3);
        out(fmt("ints %lld refill", seed), s);
        out(fmt("ints %lld refill pop", seed), s.pop());
    }
}

static void sets_of_floats_and_tuples() {
    Rng r(99);
    Set<double> s;
    for (int i = 0; i < 200; ++i) {
        s.add(static_cast<double>(r.below(1000)) / 8 - 60);
        if (r.below(4) == 0) s.discard(static_cast<double>(r.below(1000)) / 8 - 60);
    }
    out("floats", s);
    const double inf = std::numeric_limits<double>::infinity();
    out("float specials", Set<double>{inf, -inf, 0.5, -0.0, 1e300, 1e-300, std::ldexp(1.0, 70), 3.0, 2.0});
    out("mixed eq keys", Set<Num>{Num(1), Num(1.0), Num(true), Num(2), Num(2.0)});
    out("bools", Set<bool>{true, false});
    out("bools2", Set<bool>{false, true});
    Set<std::tuple<I, Num>> t;
    for (I i = 0; i < 60; ++i) {
        t.add({i % 7, Num(-i)});
        I a = r.below(5);
        I b = r.below(5);
        t.add({a, Num(static_cast<double>(b) * 0.5)});
    }
    out("tuples", t);
    Set<std::tuple<std::tuple<I, I>, I>> n;
    for (I i = 0; i < 30; ++i) n.add({{i, i + 1}, i * 2});
    out("nested tuples", n);
    Set<FrozenSet<I>> fs{FrozenSet<I>{1, 2}, FrozenSet<I>(), FrozenSet<I>{3}, FrozenSet<I>{1, 2}};
    out("frozensets in set", fs);
    out("frozenset repr", FrozenSet<I>::from(List<I>{5, 1, 3}));
    out("frozenset empty", FrozenSet<I>());
    out("set empty", Set<I>());
}

static void set_algebra() {
    for (I seed = 0; seed < 10; ++seed) {
        Rng r(static_cast<uint64_t>(1000 + seed));
        I sizes[4];
        for (auto& z : sizes) z = 0;
        sizes[0] = r.below(3);
        sizes[1] = r.below(12);
        sizes[2] = r.below(40);
        sizes[3] = r.below(200);
        I na = sizes[r.below(4)];
        I nb = sizes[r.below(4)];
        Set<I> a, b;
        for (I i = 0; i < na; ++i) a.add(r.below(300) - 100);
        for (I i = 0; i < nb; ++i) b.add(r.below(300) - 100);
        auto al = py::list_from(a.iter());
        for (I i = 0; i < al.size() / 3; ++i) a.discard(al.at(i));
        List<I> lb;
        for (I i = 0; i < nb; ++i) lb.append(r.below(300) - 100);
        std::string p = fmt("alg %lld ", seed);
        out(p + "a", a);
        out(p + "b", b);
        out(p + "a|b", a | b);
        out(p + "b|a", b | a);
        out(p + "a&b", a & b);
        out(p + "b&a", b & a);
        out(p + "a-b", a - b);
        out(p + "b-a", b - a);
        out(p + "a^b", a ^ b);
        out(p + "b^a", b ^ a);
        out(p + "union list", a.union_(lb));
        out(p + "union 2", a.union_(lb, b));
        out(p + "intersection list", a.intersection(lb));
        out(p + "intersection 2", a.intersection(b, lb));
        out(p + "difference list", a.difference(lb));
        out(p + "difference 2", a.difference(b, lb));
        out(p + "symdiff list", a.symmetric_difference(lb));
        out(p + "set(list)", Set<I>::from(lb));
        out(p + "copy", a.copy());
        out(p + "frozenset|set", FrozenSet<I>::from(a) | b);
        out(p + "set&frozenset", a & FrozenSet<I>::from(b));
        out(p + "rels", List<bool>{py::le(a, b), py::lt(a, b), py::ge(a, b), py::gt(a, b), py::eq(a, b),
                                   py::ne(a, b), a.issubset(lb), a.issuperset(lb), a.isdisjoint(b),
                                   a.isdisjoint(lb), a.issubset(a | b), (a | b).issuperset(b)});
        Set<I> c = a.copy();
        c |= b;
        out(p + "|=", c);
        c = a.copy();
        c &= b;
        out(p + "&=", c);
        c.add(-1000);
        out(p + "&= then add", c);
        c = a.copy();
        c -= b;
        out(p + "-=", c);
        c = a.copy();
        c ^= b;
        out(p + "^=", c);
        c = a.copy();
        c.update(lb, b);
        out(p + "update", c);
        c = a.copy();
        c.intersection_update(lb);
        out(p + "intersection_update", c);
        c = a.copy();
        c.difference_update(lb);
        out(p + "difference_update", c);
        c = a.copy();
        c.symmetric_difference_update(lb);
        out(p + "symmetric_difference_update", c);
        Dict<I, I> d;
        for (I v : lb) d.set(v, v * v);
        c = a.copy();
        c.update(d);
        out(p + "update dict", c);
        out(p + "difference dict", a.difference(d));
        c = a.copy();
        c.symmetric_difference_update(d);
        out(p + "symdiff dict", c);
        out(p + "set(dict)", Set<I>::from(d));
        out(p + "intersection dict", a.intersection(d));
    }
}

static void set_displays() {
    Rng r(4242);
    for (I i = 0; i < 40; ++i) {
        I n = 3 + r.below(25);
        List<I> xs;
        for (I j = 0; j < n; ++j) xs.append(r.below(400) - 100);
        out(fmt("literal %lld", i), Set<I>::from_literal_items(xs));
        out(fmt("literal %lld for", i), py::list_from(FrozenSet<I>::folded_items(xs).iter()));
        Set<I> s;
        for (I x : xs) s.add(x);
        out(fmt("literal %lld adds", i), s);
    }
    using P = std::tuple<I, I>;
    out("literal tuples", Set<P>::from_literal({P(1, 2), P(3, 4), P(5, 6), P(1, 2), P(70, -1)}));
    out("literal floats", Set<double>::from_literal({0.5, 1.5, 2.25, -3.0, 1e10, 7.0, 8.125}));
    out("literal two", Set<I>{166, 95});
}

static void set_misc() {
    auto big = Set<I>::from(py::range(100));
    Set<I> small{5, 7, 500};
    out("big - small", big - small);
    out("small - big", small - big);
    Set<I> c = small.copy();
    c -= big;
    out("small -= big", c);
    c = big.copy();
    c -= Set<I>{1, 2, 3};
    out("big -= 3", c);
    auto s = Set<I>::from(py::range(0, 2000, 7));
    for (I v = 0; v < 2000; v += 14) s.discard(v);
    out("sparse after discards", s);
    s.add(-5);
    out("sparse add", s);
    Set<I> e;
    err("pop empty", [&] { return e.pop(); });
    err("remove missing", [] { Set<I>{1}.remove(I{2}); });
    err("remove missing tuple", [] { Set<I>{1}.remove(std::tuple<I, I>(1, 2)); });
    err("remove missing str", [] { Set<Str>{"a"}.remove(Str("b")); });
    s = Set<I>{1, 2, 3};
    err("changed size", [&] {
        for (I x : s) s.add(x + 10);
    });
    s = Set<I>::from(py::range(20));
    for (int i = 0; i < 5; ++i) s.pop();
    s.add(100);
    s.add(3);
    out("pop then add", s);
    List<I> pops;
    for (int i = 0; i < 4; ++i) pops.append(s.pop());
    out("pop then add pops", pops);
    out("in", List<bool>{s.contains(I{3}), Set<I>{1}.contains(1.0), Set<std::tuple<I, I>>{{1, 2}}.contains(std::tuple<I, I>(1, 2)),
                         Set<I>{4}.contains(4.5)});
    out("len", py::len(Set<I>{1, 2, 2, 3}));
    s = Set<I>{1, 2, 3};
    Set<I> s2 = s;
    s2.add(4);
    out("alias", s);
    Set<I> s3 = s.copy();
    s3.add(5);
    out("copy independent", List<Set<I>>{s, s3});
    out("frozenset copy", FrozenSet<I>{3, 1}.copy());
    out("set of frozenset as key", Dict<FrozenSet<I>, Str>{{FrozenSet<I>{1, 2}, "a"}, {FrozenSet<I>(), "b"}});
}

static void dicts() {
    Dict<I, I> d;
    for (I i = 0; i < 20; ++i) d.set(i * 7 % 13, i);
    out("dict build", d);
    for (I k : {0, 7, 3}) d.del_item(k);
    d.set(0, 100);
    d.set(3, 300);
    out("dict del reinsert", d);
    d.set(5, -5);
    out("dict overwrite keeps position", d);
    out("keys", d.keys());
    out("values", d.values());
    out("items", d.items());
    out("list(d)", py::list_from(d.iter()));
    out_raw("get", L(d.get(I{5}), d.get(I{99}), d.get(I{99}, -1), d.get(5.0)));
    I sd1 = d.setdefault(5, 0);
    I sd2 = d.setdefault(42, 4242);
    out("setdefault", List<I>{sd1, sd2});
    out("after setdefault", d);
    I p1 = d.pop(I{42});
    I p2 = d.pop(I{1000}, -1);
    out("pop", List<I>{p1, p2});
    out("popitem", d.popitem());
    out("popitem2", d.popitem());
    out("after popitem", d);
    d.set(77, 7);
    out("insert after popitem", d);
    out("in", List<bool>{d.contains(I{5}), d.contains(I{6}), d.contains(5.0), d.contains(true)});
    out("len", py::len(d));
    auto e = d.copy();
    e.set(1000, 1);
    out_raw("copy", L(py::eq(d, e), py::len(d), py::len(e)));
    e.del_item(I{1000});
    out("eq after del", py::eq(d, e));
    Dict<I, I> d2;
    d2.update(d);
    d2.update(List<std::tuple<I, I>>{{1, 1}, {2, 2}});
    out("update", d2);
    d2.clear();
    out("clear", d2);
    out("empty", Dict<I, I>());
    err("popitem empty", [] { return Dict<I, I>().popitem(); });
    err("keyerror str", [] { return Dict<Str, I>{{"a", 1}}.at(Str("x")); });
    err("keyerror int", [] { return Dict<I, I>{{1, 1}}.at(I{3}); });
    err("keyerror tuple", [] { return Dict<std::tuple<I, I>, I>{{{1, 1}, 1}}.at(std::tuple<I, I>(1, 2)); });
    err("keyerror float", [] { return Dict<I, I>{{1, 1}}.at(2.5); });
    err("keyerror quote", [] { return Dict<Str, I>{{"a", 1}}.at(Str("it's")); });
    err("pop missing", [] { return Dict<I, I>{{1, 2}}.pop(I{5}); });
    err("del missing", [] { Dict<I, I>{{1, 2}}.del_item(I{9}); });
    Dict<I, I> m{{1, 1}, {2, 2}};
    err("changed size", [&] {
        for (I k : m) m.set(k + 10, 0);
    });
    err("changed size items", [&] {
        for (auto [k, v] : m.items()) m.del_item(k);
    });
    Dict<I, I> kc{{1, 1}, {2, 2}, {3, 3}};
    err("keys changed", [&] {
        for (I k : kc) {
            if (k == 3) {
                kc.del_item(I{1});
                kc.set(5, 0);
            }
        }
    });
    out("keys changed after", kc);
    Dict<I, I> rolled{{1, 1}, {2, 2}, {3, 3}};
    List<I> seen;
    for (I k : rolled) {
        seen.append(k);
        rolled.del_item(k);
        rolled.set(k + 10, 0);
    }
    out_raw("delete insert in loop", L(seen, rolled));
    Dict<I, I> n{{1, 1}, {2, 2}};
    for (I k : n) n.set(k, n.at(k) * 10);
    out("value change in loop", n);
    out("nested lists", Dict<Str, List<List<I>>>{{"b", {{1, 2}}}, {"a", {}}, {"c", {{1}, {}}}});
    out("nested dict", Dict<Str, Dict<Str, std::tuple<I, double>>>{{"x", {{"y", {1, 2.5}}}}, {"z", {}}});
    out("optional values", Dict<Str, std::optional<I>>{{"d", std::nullopt}, {"e", 5}});
    out("str escapes", Dict<Str, Str>{{"it's", "a\"b"}, {"\n", "\u00e9\t"}});
    Dict<std::tuple<I, I>, I> t;
    for (I i = 0; i < 100; ++i) t.set({i % 10, i / 10}, i);
    for (I i = 0; i < 100; i += 3) t.del_item(std::tuple<I, I>(i % 10, i / 10));
    out("tuple keys", head(py::list_from(t.items().iter()), 20));
    out("tuple keys len", py::len(t));
    Rng r(7);
    Dict<I, I> big;
    for (int i = 0; i < 3000; ++i) {
        I k = r.below(500);
        if (r.below(3) == 0) big.pop(k, 0);
        else big.set(k, big.get(k, 0) + 1);
    }
    out("random dict", big);
    List<std::tuple<I, I>> pop_order;
    while (py::len(big) > 480) pop_order.append(big.popitem());
    out("random dict popitem", pop_order);
    Dict<Str, I> s{{"b", 1}, {"a", 2}};
    Dict<Str, I> s2 = s;
    s2.set("c", 3);
    out("alias", s);
    out("eq order-insensitive", py::eq(Dict<I, I>{{1, 2}, {3, 4}}, Dict<I, I>{{3, 4}, {1, 2}}));
    out("ne value", py::eq(Dict<I, I>{{1, 2}}, Dict<I, I>{{1, 3}}));
    out("dict(zip)", Dict<Str, I>::from_pairs(py::zip(List<Str>{"x", "y", "z"}, List<I>{1, 2, 3})));
    out("int float keys", Dict<Num, Str>{{Num(1), "one"}, {Num(1.0), "f"}, {Num(2.0), "two"}});
}

static void defaultdicts() {
    DefaultDict<Str, I> dd;
    for (const auto& w : List<Str>{"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "the", "end"})
        dd.at(w) += 1;
    out("dd int", dd);
    DefaultDict<I, List<I>> dl;
    for (I i = 0; i < 10; ++i) dl.at(i % 3).append(i);
    out("dd list", dl);
    DefaultDict<I, Set<I>> ds;
    for (I i = 0; i < 10; ++i) ds.at(i % 2).add(i * 3);
    out("dd set", ds);
    DefaultDict<Str, double> df;
    df.at(Str("a")) += 1.5;
    out("dd float", df);
    DefaultDict<I, Str> dstr;
    dstr.at(I{1}) += "x";
    out("dd str", dstr);
    I z = dd.at(Str("zzz"));
    out_raw("dd missing read inserts", L(z, dd.contains(Str("zzz")), py::len(dd)));
    auto g = dd.get(Str("yyy"));
    out_raw("dd get no insert", L(g, dd.contains(Str("yyy"))));
    out("dd copy", py::eq(dd.copy(), dd));
    DefaultDict<I, I> d12;
    d12.set(1, 2);
    out("dd eq dict", py::eq(d12, Dict<I, I>{{1, 2}}));
    out("dd empty", DefaultDict<I, List<I>>());
    DefaultDict<Str, I> nd([] { return I{7}; }, "<lambda>");
    I q = nd.at(Str("q"));
    out_raw("dd lambda value", L(q, static_cast<const Dict<Str, I>&>(nd).copy()));
    err("dd no factory", [] { return DefaultDict<Str, I>::without_factory().at(Str("k")); });
}

static void counters() {
    auto c = Counter<Str>::from(Str("abracadabra"));
    out("counter str", c);
    out("most_common", c.most_common());
    out("most_common 2", c.most_common(2));
    out("most_common 0", c.most_common(0));
    out("most_common -1", c.most_common(-1));
    out("elements", c.elements());
    out_raw("missing", L(c.at(Str("z")), c.contains(Str("z")), py::len(c)));
    c.ref("z") += 2;
    out("inc missing", c);
    c.update(Str("zzzaa"));
    out("update str", c);
    c.update(Dict<Str, I>{{"q", 5}, {"a", -1}});
    out("update mapping", c);
    c.subtract(Str("aaaa"));
    out("subtract", c);
    c.subtract(Dict<Str, I>{{"b", 10}});
    out("subtract mapping", c);
    out("total", c.total());
    out("elements after", c.elements());
    List<Str> words;
    Rng r(5);
    List<Str> vocab;
    for (I i = 0; i < 30; ++i) vocab.append("w" + std::to_string(i));
    for (int i = 0; i < 500; ++i) words.append(vocab.at(r.below(30)));
    auto wc = Counter<Str>::from(words);
    out("word counts", wc.most_common());
    out("word top5", wc.most_common(5));
    auto ties = Counter<Str>::from(List<Str>{"x", "y", "z", "y", "x", "w"});
    out("ties", ties.most_common());
    out("ties 1", ties.most_common(1));
    out("ties repr", ties);
    Counter<Str> a{{"a", 3}, {"b", 1}, {"c", -2}};
    Counter<Str> b{{"a", 1}, {"b", 2}, {"d", 4}, {"c", -5}};
    out("add", a + b);
    out("sub", a - b);
    out("or", a | b);
    out("and", a & b);
    out("eq zero", py::eq(Counter<Str>{{"a", 1}}, Counter<Str>{{"a", 1}, {"b", 0}}));
    out("ne", py::eq(Counter<Str>{{"a", 1}}, Counter<Str>{{"a", 2}}));
    out("empty", Counter<Str>());
    out("ints", Counter<I>::from(List<I>{3, 1, 3, 2, 1, 3}));
    out("tuples", Counter<std::tuple<I, I>>::from(List<std::tuple<I, I>>{{1, 2}, {1, 2}, {0, 0}}));
    auto cc = Counter<Str>::from(Str("aab"));
    cc.update(cc);
    out("self update", cc);
}

static void deques() {
    Deque<I> d;
    for (I i = 0; i < 5; ++i) {
        d.append(i);
        d.appendleft(-i);
    }
    out("deque", d);
    I a = d.pop();
    I b = d.popleft();
    I c = d.pop();
    out("pops", List<I>{a, b, c});
    d.extend(List<I>{10, 11});
    d.extendleft(List<I>{20, 21});
    out("extend", d);
    d.rotate(3);
    out("rotate 3", d);
    d.rotate(-5);
    out("rotate -5", d);
    d.rotate(100);
    out("rotate 100", d);
    d.rotate();
    out("rotate", d);
    out_raw("index", L(d.at(0), d.at(-1), d.at(3), py::len(d), d.contains(I{10}), d.contains(I{99})));
    d.at_set(2) = 55;
    d.del_item(0);
    out("setitem delitem", d);
    out("count index", List<I>{d.count(I{55}), d.index(I{55})});
    d.remove(I{55});
    d.insert(1, 1000);
    d.reverse();
    out("remove insert reverse", d);
    auto m = Deque<I>::from(List<I>{1, 2, 3}, 3);
    m.append(4);
    out("maxlen append", m);
    m.appendleft(0);
    out("maxlen appendleft", m);
    m.extend(py::range(10));
    out("maxlen extend", m);
    out("maxlen", m.maxlen());
    out("no maxlen", Deque<I>{1}.maxlen());
    out("deque from", Deque<Str>::from(Str("abc"), 2));
    out("maxlen 0", Deque<I>::from(List<I>{1, 2}, 0));
    out("empty", Deque<I>());
    out_raw("copy", L(m.copy(), py::eq(m.copy(), m), py::lt(Deque<I>{1, 2}, Deque<I>{1, 3})));
    err("pop empty", [] { return Deque<I>().pop(); });
    err("popleft empty", [] { return Deque<I>().popleft(); });
    err("index error", [] { return Deque<I>{1}.at(5); });
    err("remove missing", [] { Deque<I>{1}.remove(I{5}); });
    err("index missing", [] { return Deque<Str>{"a"}.index(Str("b")); });
    err("insert full", [] { Deque<I>::from(List<I>{1}, 1).insert(0, 2); });
    Deque<I> q{1, 2, 3};
    err("mutated", [&] {
        for (I x : q) q.append(x);
    });
    Rng r(11);
    auto w = Deque<I>::from(List<I>{}, 7);
    for (int i = 0; i < 100; ++i) {
        I op = r.below(5);
        if (op == 0) {
            w.append(r.below(100));
        } else if (op == 1) {
            w.appendleft(r.below(100));
        } else if (op == 2 && py::truthy(w)) {
            w.pop();
        } else if (op == 3) {
            w.rotate(r.below(9) - 4);
        } else {
            I x = r.below(10);
            I y = r.below(10);
            w.extend(List<I>{x, y});
        }
    }
    out("random deque", w);
    out_raw("sum list", L(py::sum(w.iter()), py::list_from(w.iter())));
}

static void heaps() {
    using P = std::tuple<I, I>;
    Rng r(21);
    List<P> h;
    List<P> popped;
    for (int i = 0; i < 400; ++i) {
        if (r.below(3) == 0 && py::truthy(h)) {
            popped.append(py::heappop(h));
        } else {
            I x = r.below(20);
            I y = r.below(4);
            py::heappush(h, P(x, y));
        }
    }
    out("heap", h);
    out("popped", head(popped, 60));
    P pp1 = py::heappushpop(h, P(5, 1));
    P pp2 = py::heappushpop(h, P(-1, 0));
    out("pushpop", List<P>{pp1, pp2});
    out("replace", py::heapreplace(h, P(3, 3)));
    out("heap after", head(h, 40));
    List<I> xs;
    for (int i = 0; i < 3000; ++i) xs.append(r.below(1000));
    py::heapify(xs);
    out("heapify big", head(xs, 80));
    List<P> ys;
    for (int i = 0; i < 101; ++i) {
        I x = r.below(10);
        I y = r.below(10);
        ys.append(P(x, y));
    }
    py::heapify(ys);
    out("heapify tuples", ys);
    List<double> fs;
    for (int i = 0; i < 50; ++i) fs.append(static_cast<double>(r.below(100)) / 4);
    out("nlargest", py::nlargest(7, fs));
    out("nsmallest", py::nsmallest(7, fs));
    out("nlargest key", py::nlargest(5, ys, [](const P& t) { return std::get<1>(t); }));
    out("nsmallest key", py::nsmallest(5, ys, [](const P& t) { return std::get<0>(t); }));
    out("nlargest n big", py::nlargest(500, List<I>{3, 1, 2}));
    out("nsmallest 0", py::nsmallest(0, List<I>{3, 1, 2}));
    out("nsmallest 1", py::nsmallest(1, List<I>{3, 1, 2}));
    out("nlargest strs", py::nlargest(3, List<Str>{"b", "a", "c", "bb"}));
    err("heappop empty", [] { return py::heappop(List<I>()); });
    err("heapreplace empty", [] { return py::heapreplace(List<I>(), 1); });
    out("heappushpop empty", py::heappushpop(List<I>(), 5));
    Dict<I, List<P>> g{{0, {{1, 4}, {2, 1}}}, {1, {{3, 1}}}, {2, {{1, 2}, {3, 5}}}, {3, {}}};
    Dict<I, I> dist{{0, 0}};
    List<P> pq{{0, 0}};
    List<I> order;
    const I inf = 1000000000;
    while (py::truthy(pq)) {
        auto [dd, u] = py::heappop(pq);
        if (dd > dist.get(u, inf)) continue;
        order.append(u);
        for (auto [v, w] : g.at(u)) {
            I nd = dd + w;
            if (nd < dist.get(v, inf)) {
                dist.set(v, nd);
                py::heappush(pq, P(nd, v));
            }
        }
    }
    out_raw("dijkstra", L(dist, order));
}

static void bisects() {
    List<I> a{1, 2, 2, 2, 3, 5, 8};
    out("bisect", List<I>{py::bisect_left(a, 2), py::bisect_right(a, 2), py::bisect(a, 4), py::bisect_left(a, 0),
                          py::bisect_right(a, 100), py::bisect_left(a, 2, 2), py::bisect_left(a, 8, 0, 3),
                          py::bisect_right(a, 2.0)});
    List<I> b;
    Rng r(3);
    for (int i = 0; i < 30; ++i) py::insort(b, r.below(20));
    out("insort", b);
    py::insort_left(b, 5);
    py::insort_right(b, 5);
    out("insort left right", b);
    using R = std::tuple<I, Str>;
    List<R> recs{{1, "a"}, {3, "b"}, {3, "c"}, {7, "d"}};
    auto key = [](const R& t) { return std::get<0>(t); };
    out("bisect key", List<I>{py::bisect_left_key(recs, 3, key), py::bisect_right_key(recs, 3, key)});
    py::insort_right_key(recs, R(3, "z"), key);
    py::insort_left_key(recs, R(3, "y"), key);
    out("insort key", recs);
    err("lo negative", [&] { return py::bisect_left(a, 1, -1); });
    err("hi too big", [&] { return py::bisect_left(a, 100, 0, 20); });
}

static int run_cases() {
    hashes();
    str_hashes();
    sets_of_ints();
    sets_of_floats_and_tuples();
    set_algebra();
    set_displays();
    set_misc();
    dicts();
    defaultdicts();
    counters();
    deques();
    heaps();
    bisects();
    std::string all;
    for (const auto& l : g_out) {
        all += l;
        all.push_back('\n');
    }
    std::fwrite(all.data(), 1, all.size(), stdout);
    return 0;
}

// ============================================================ unit checks

static int g_pass = 0, g_fail = 0;

static void fail_at(int line, const std::string& what) {
    ++g_fail;
    std::fprintf(stderr, "FAIL containers_test.cpp:%d: %s\n", line, what.c_str());
}

#define CHECK(cond)                                   \
    do {                                              \
        if (cond) ++g_pass;                           \
        else fail_at(__LINE__, "CHECK(" #cond ")"); \
    } while (0)

#define CHECK_STR(a, b)                                                                                    \
    do {                                                                                                   \
        std::string _a = (a);                                                                              \
        std::string _b = (b);                                                                              \
        if (_a == _b) ++g_pass;                                                                            \
        else fail_at(__LINE__, std::string(#a "\n  got:  ") + _a + "\n  want: " + _b);                    \
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

static void unit_checks() {
    // Reference semantics: copies of the handle alias one container.
    Dict<I, List<I>> d;
    d.set(1, List<I>{});
    d.at(I{1}).append(5);
    auto d2 = d;
    d2.set(2, List<I>{7});
    CHECK_STR(py::repr(d), "{1: [5], 2: [7]}");
    CHECK(d.is(d2));
    CHECK(!d.copy().is(d));

    // print() goes through str_to, which falls back to repr for containers.
    CHECK_STR(py::str(Set<Str>{"a"}), "{'a'}");
    CHECK_STR(py::str(Dict<Str, double>{{"x", 0.1}}), "{'x': 0.1}");
    CHECK_STR(py::format(Set<I>(), ""), "set()");

    // Truthiness hooks.
    CHECK(!py::truthy(Set<I>()));
    CHECK(py::truthy(FrozenSet<I>{0}));
    CHECK(!py::truthy(Dict<I, I>()));
    CHECK(!py::truthy(Deque<I>()));
    CHECK(py::truthy(Counter<I>{{1, 0}}));

    // Views are live.
    Dict<Str, I> m{{"a", 1}};
    auto ks = m.keys();
    m.set("b", 2);
    CHECK(py::len(ks) == 2);
    CHECK(ks.contains(Str("b")));
    CHECK(m.values().contains(I{2}));
    CHECK(m.items().contains(std::tuple<Str, I>("a", 1)));

    // Lambda factory repr: CPython prints the function address; pyport prints a fixed one.
    DefaultDict<I, I> nd([] { return I{3}; }, "<lambda>");
    nd.at(I{1});
    CHECK_STR(py::repr(nd), "defaultdict(<function <lambda> at 0x7f0000000000>, {1: 3})");
    CHECK_STR(py::repr(DefaultDict<I, Counter<Str>>()), "defaultdict(<class 'collections.Counter'>, {})");
    CHECK_STR(py::repr(DefaultDict<I, Deque<I>>()), "defaultdict(<class 'collections.deque'>, {})");
    CHECK_STR(py::repr(DefaultDict<I, Dict<I, I>>()), "defaultdict(<class 'dict'>, {})");

    // Counter reads do not insert.
    Counter<Str> c;
    CHECK(c.at(Str("x")) == 0);
    CHECK(py::len(c) == 0);
    CHECK_STR(py::repr(c), "Counter()");

    // Iteration protocol for the builtins.
    Set<I> s{3, 1, 2};
    CHECK(py::sum(s.iter()) == 6);
    CHECK_STR(py::repr(py::sorted(Dict<I, I>{{3, 0}, {1, 0}}.iter())), "[1, 3]");
    CHECK_STR(py::repr(py::list_from(Deque<I>{4, 5}.iter())), "[4, 5]");
    CHECK_STR(py::repr(py::max(s.iter())), "3");

    // Errors.
    CHECK_RAISES(py::KeyError, "'pop from an empty set'", Set<I>().pop());
    CHECK_RAISES(py::KeyError, "'popitem(): dictionary is empty'", (Dict<I, I>().popitem()));
    using Pair = std::tuple<I, I>;
    CHECK_RAISES(py::KeyError, "(1, 2)", (Dict<Pair, I>().at(Pair(1, 2))));
    CHECK_RAISES(py::ValueError, "maxlen must be non-negative", Deque<I>::from(List<I>{}, -1));
    CHECK_RAISES(py::IndexError, "deque index out of range", Deque<I>().at(0));

    // Large tables stay correct through growth and deletion.
    Set<I> big;
    for (I i = 0; i < 200000; ++i) big.add(i * 2654435761 % 1000003);
    for (I i = 0; i < 200000; i += 2) big.discard(i * 2654435761 % 1000003);
    CHECK(py::len(big) == 100000);
    CHECK(big.contains(I{2654435761 % 1000003}));
    Dict<I, I> bd;
    for (I i = 0; i < 100000; ++i) bd.set(i, i);
    for (I i = 0; i < 100000; ++i)
        if (i % 3) bd.del_item(i);
    CHECK(py::len(bd) == 33334);
    CHECK(bd.at(I{99999}) == 99999);
    for (int i = 0; i < 100000; ++i) {  // push/pop churn must not exhaust the index
        bd.set(-1, i);
        bd.popitem();
    }
    CHECK(py::len(bd) == 33334);

    // frozenset hash equals across construction orders and is usable as a key.
    auto f1 = FrozenSet<I>::from(List<I>{1, 2, 3});
    auto f2 = FrozenSet<I>::from(List<I>{3, 2, 1, 2});
    CHECK(py::hash(f1) == py::hash(f2));
    CHECK(py::eq(f1, f2));
    Dict<FrozenSet<I>, I> fk;
    fk.set(f1, 1);
    CHECK(fk.contains(f2));
}

int main(int argc, char** argv) {
    if (argc > 1 && std::string(argv[1]) == "--cases") return run_cases();
    unit_checks();
    std::printf("%d passed, %d failed\n", g_pass, g_fail);
    return g_fail ? 1 : 0;
}
