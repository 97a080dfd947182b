//! `collections` and friends: `py::DefaultDict`, `py::Counter`, `py::Deque`, and the `heapq` and `bisect` functions over py::List, with CPython 3.11's orders and messages.
//!
//! DefaultDict<K,V> (a Dict<K,V> plus a factory; every Dict method works):
//!   DefaultDict<K,V>()                  factory named by V: int64_t `int`, double `float`, bool `bool`, Str `str`,
//!                                       List `list`, Set `set`, Dict `dict`, Deque `deque`, Counter `Counter`
//!   DefaultDict<K,V>(f, "name")         a callable factory; repr shows `<function name at 0x7f0000000000>`: CPython
//!                                       prints the function's real address there, which no port can reproduce
//!   DefaultDict<K,V>::without_factory() `defaultdict()`: missing keys raise KeyError
//!   V& at(k)                            `dd[k]`: inserts factory() when k is missing (reference valid until the next insert)
//!   copy(), repr `defaultdict(<class 'int'>, {1: 2})`
//! Counter<K, I = int64_t> (a Dict<K, I>; I is the count type, Python's int):
//!   Counter<K>::from(iterable)          counts elements (a Str counts its characters); Counter<K>::from(dict) copies
//!   int64_t at(k)                       `c[k]`: 0 for a missing key, without inserting it
//!   int64_t& ref(k)                     `c[k] += n` target: inserts 0 first when missing (CPython's order)
//!   update(iterable|mapping) subtract(iterable|mapping) total() elements() -> List<K>
//!   most_common() / most_common(n) -> List<tuple<K,int64_t>>  (count descending, ties in insertion order)
//!   + - | & (CPython's multiset rules), == (missing counts as zero), repr `Counter({'a': 3, 'b': 1})` / `Counter()`
//! Deque<T> (reference semantics like List):
//!   Deque<T>()  Deque<T>{...}  Deque<T>::from(iterable, std::optional<int64_t> maxlen = {})
//!   append appendleft pop popleft extend extendleft rotate(n = 1) clear copy count index remove insert reverse
//!   at(i) at_set(i) del_item(i) contains(x) size()/len maxlen() -> std::optional<int64_t>
//!   IndexError "pop from an empty deque" / "deque index out of range"; ValueError "<repr(x)> is not in deque";
//!   RuntimeError "deque mutated during iteration"; repr `deque([1, 2])` / `deque([1], maxlen=3)`; == and <.
//! heapq over List<T> (CPython's sift order, so heap contents match element for element):
//!   heappush(h, x) heappop(h) heapify(h) heapreplace(h, x) heappushpop(h, x)   IndexError "index out of range"
//!   nlargest(n, iterable[, key]) nsmallest(n, iterable[, key]) -> List<T>
//!   heap_merge(lists...) / heap_merge_all(list_of_lists): `heapq.merge` as a lazy cursor (the
//!   smallest head next; equal heads from the earlier list first, as CPython's [value, order] entries)
//! bisect over List<T> (`hi` of std::nullopt or -1 means len(a); ValueError "lo must be non-negative"):
//!   bisect_left(a, x, lo = 0, hi = {}) bisect_right(...) bisect(...) insort_left(...) insort_right(...) insort(...)
//!   bisect_left_key(a, x, key, lo = 0, hi = {}) ... insort_right_key(...): the `key=` forms (x is already a key
//!   for bisect_*, an element for insort_*), as CPython 3.10+.
#pragma once
#include <deque>
#include <functional>

#include "bigint.hpp"
#include "iter.hpp"
#include "set.hpp"

namespace py {

template <class T> class Deque;
template <class K, class I = int64_t> class Counter;

// =================================================================== DefaultDict

namespace detail {
/// The type-named factory `defaultdict(int)`, `defaultdict(list)`, ... for value type V.
template <class V>
struct TypeFactory {
    static const char* name() {
        if constexpr (is_bool_v<V>) return "<class 'bool'>";
        else if constexpr (is_int_v<V> || std::is_same_v<V, Int>) return "<class 'int'>";
        else if constexpr (is_float_v<V>) return "<class 'float'>";
        else if constexpr (std::is_same_v<V, Str>) return "<class 'str'>";
        else if constexpr (is_list_v<V>) return "<class 'list'>";
        else if constexpr (is_anyset_v<V>) return V::is_frozen ? "<class 'frozenset'>" : "<class 'set'>";
        else if constexpr (requires { typename V::counter_tag; }) return "<class 'collections.Counter'>";
        else if constexpr (requires { typename V::deque_tag; }) return "<class 'collections.deque'>";
        else if constexpr (is_dict_v<V>) return "<class 'dict'>";
        // No type names V (an object, a tuple...): only the placeholder of a declaration, which
        // the emitter always assigns a `defaultdict(f)` made with its factory.
        else return nullptr;
    }
};
}  // namespace detail

template <class K, class V>
class DefaultDict : public Dict<K, V> {
    struct Factory {
        std::function<V()> make;  // empty: no factory (KeyError on missing keys)
        Str repr;
    };
    Shared<const Factory> f_;

    struct NoFactory {};
    explicit DefaultDict(NoFactory) : f_(py::make_shared<const Factory>(Factory{{}, "None"})) {}

public:
    using Base = Dict<K, V>;
    /// `defaultdict(int)` / `defaultdict(list)` / ...: the factory named by V.
    DefaultDict() : f_(detail::TypeFactory<V>::name() == nullptr
                           ? py::make_shared<const Factory>(Factory{{}, "None"})
                           : py::make_shared<const Factory>(Factory{[] { return V(); }, detail::TypeFactory<V>::name()})) {}
    /// `defaultdict(f)` for a function or lambda named `name` (`<lambda>` for a lambda).
    template <class F>
        requires std::is_invocable_r_v<V, F>
    DefaultDict(F f, std::string_view name)
        : f_(py::make_shared<const Factory>(
              Factory{std::function<V()>(std::move(f)), Str("<function ") + Str(name) + " at 0x7f0000000000>"})) {}
    /// `defaultdict()` / `defaultdict(None)`.
    static DefaultDict without_factory() { return DefaultDict(NoFactory{}); }

    /// `dd[k]`: CPython's __missing__ inserts factory() for an absent key.
    template <class X>
    V& at(const X& k) const {
        auto& b = *this->p_;
        int64_t h = py::hash(k);
        int64_t ix = b.find(k, h);
        if (ix < 0) {
            if (!f_->make) [[unlikely]]
                detail::key_error(k);
            V v = f_->make();
            ix = b.find(k, h);  // the factory may have inserted it
            if (ix < 0) {
                b.append(K(k), std::move(v), h);
                ix = static_cast<int64_t>(b.entries.size() - 1);
            }
        }
        return b.entries[static_cast<size_t>(ix)].value;
    }

    DefaultDict copy() const {
        DefaultDict d = *this;
        d.p_ = py::make_shared<typename Base::Body>();
        d.update(static_cast<const Base&>(*this));
        return d;
    }

    void py_repr(std::string& out) const {
        out += "defaultdict(";
        out += f_->repr;
        out += ", ";
        Base::py_repr(out);
        out.push_back(')');
    }
};

// ======================================================================= Counter

template <class K, class I>
class Counter : public Dict<K, I> {
public:
    using Base = Dict<K, I>;
    using counter_tag = void;

    Counter() = default;
    Counter(std::initializer_list<std::tuple<K, I>> il) : Base(il) {}

    /// `Counter(iterable)` / `Counter(mapping)`.
    template <class X>
    static Counter from(const X& x) {
        Counter c;
        c.update(x);
        return c;
    }

    /// `c[k]`: 0 when missing (nothing is inserted).
    template <class X>
    I at(const X& k) const {
        int64_t ix = this->p_->find(k, py::hash(k));
        return ix < 0 ? I(0) : this->p_->entries[static_cast<size_t>(ix)].value;
    }
    /// Target of `c[k] += n` / `c[k] -= n`.
    I& ref(K k) const { return Base::ref(std::move(k), I(0)); }

    /// `c.update(iterable)` counts; `c.update(mapping)` adds counts.
    template <class X>
    void update(const X& x) const {
        add_from(x, 1);
    }
    template <class X>
    void subtract(const X& x) const {
        add_from(x, -1);
    }

    I total() const {
        I t(0);
        for (const auto& e : this->p_->entries)
            if (e.live) t = checked(t, e.value, "Counter.total()");
        return t;
    }

    /// `c.elements()`: each key repeated count times, in insertion order.
    List<K> elements() const {
        typename List<K>::Vec v;
        for (const auto& e : this->p_->entries)
            if (e.live)
                for (int64_t i = 0; i < e.value; ++i) v.push_back(e.key);
        return List<K>::from_vector(std::move(v));
    }

    /// `c.most_common()`: sorted(items, key=count, reverse=True) — stable, so ties keep insertion order.
    List<std::tuple<K, I>> most_common() const {
        typename List<std::tuple<K, I>>::Vec v;
        v.reserve(static_cast<size_t>(this->size()));
        for (const auto& e : this->p_->entries)
            if (e.live) v.emplace_back(e.key, e.value);
        detail::python_sort(v.data(), v.size(), true, detail::CountLess{});
        return List<std::tuple<K, I>>::from_vector(std::move(v));
    }
    /// `c.most_common(n)` (heapq.nlargest(n, items, key=count), the same order).
    List<std::tuple<K, I>> most_common(I n) const {
        auto all = most_common();
        auto& v = all.vec();
        if (n < 0) n = 0;
        if (static_cast<size_t>(n) < v.size()) v.resize(static_cast<size_t>(n));
        return all;
    }

    Counter copy() const {
        Counter c;
        c.Base::update(static_cast<const Base&>(*this));
        return c;
    }

    /// Python 3.10+: counters are equal when every key has the same count, missing ones counting as zero.
    bool py_eq(const Counter& o) const {
        for (const auto& e : this->p_->entries)
            if (e.live && e.value != o.at(e.key)) return false;
        for (const auto& e : o.p_->entries)
            if (e.live && e.value != at(e.key)) return false;
        return true;
    }
    template <class K2, class V2>
    bool py_eq(const Dict<K2, V2>& o) const {
        return Base::py_eq(o);
    }

    void py_repr(std::string& out) const {
        if (this->size() == 0) {
            out += "Counter()";
            return;
        }
        out += "Counter({";
        bool first = true;
        auto ordered = most_common();
        for (const auto& kv : ordered.vec()) {
            if (!first) out += ", ";
            first = false;
            py::repr_to(out, std::get<0>(kv));
            out += ": ";
            py::repr_to(out, std::get<1>(kv));
        }
        out += "})";
    }

    friend Counter operator+(const Counter& a, const Counter& b) {
        Counter r;
        for (const auto& e : a.p_->entries)
            if (e.live) {
                I n = checked(e.value, b.at(e.key), "+");
                if (n > 0) r.set(e.key, n);
            }
        for (const auto& e : b.p_->entries)
            if (e.live && !a.contains(e.key) && e.value > 0) r.set(e.key, e.value);
        return r;
    }
    friend Counter operator-(const Counter& a, const Counter& b) {
        Counter r;
        for (const auto& e : a.p_->entries)
            if (e.live) {
                I n = checked(e.value, -b.at(e.key), "-");
                if (n > 0) r.set(e.key, n);
            }
        for (const auto& e : b.p_->entries)
            if (e.live && !a.contains(e.key) && e.value < 0) r.set(e.key, checked(0, -e.value, "-"));
        return r;
    }
    friend Counter operator|(const Counter& a, const Counter& b) {
        Counter r;
        for (const auto& e : a.p_->entries)
            if (e.live) {
                I oc = b.at(e.key);
                I n = e.value < oc ? oc : e.value;
                if (n > 0) r.set(e.key, n);
            }
        for (const auto& e : b.p_->entries)
            if (e.live && !a.contains(e.key) && e.value > 0) r.set(e.key, e.value);
        return r;
    }
    friend Counter operator&(const Counter& a, const Counter& b) {
        Counter r;
        for (const auto& e : a.p_->entries)
            if (e.live) {
                I oc = b.at(e.key);
                I n = e.value < oc ? e.value : oc;
                if (n > 0) r.set(e.key, n);
            }
        return r;
    }

private:
    static I checked(const I& a, const I& b, const char* op) {
        if constexpr (std::is_integral_v<I>) {
            I r;
            if (__builtin_add_overflow(a, b, &r)) [[unlikely]]
                int_overflow(0, op);
            return r;
        } else {
            (void)op;
            return a + b;  // an exact int type: no overflow
        }
    }

    template <class X>
    void add_from(const X& x, int sign) const {
        using D = std::remove_cvref_t<X>;
        if constexpr (is_dict_v<D>) {
            if (static_cast<const void*>(x.body().get()) == this->p_.get()) {
                auto snapshot = Base::copy();  // c.update(c) doubles every count
                add_from(snapshot, sign);
                return;
            }
            for (const auto& e : x.body()->entries) {
                if (!e.live) continue;
                I& slot = Base::ref(K(e.key), I(0));
                slot = checked(slot, sign > 0 ? I(e.value) : I(-e.value), sign > 0 ? "+" : "-");
            }
        } else {
            auto c = py::iter(x);
            typename decltype(c)::value_type v{};
            while (c.next(v)) {
                I& slot = Base::ref(K(std::move(v)), I(0));
                slot = checked(slot, I(sign), sign > 0 ? "+" : "-");
            }
        }
    }
};

// =================================================================== OrderedDict

/// `collections.OrderedDict` (a Dict: CPython 3.11's repr, `move_to_end`, `popitem(last=)`).
template <class K, class V>
class OrderedDict : public Dict<K, V> {
public:
    using Base = Dict<K, V>;
    OrderedDict() = default;
    /// `OrderedDict(mapping_or_pairs)`.
    template <class X>
    static OrderedDict from(const X& x) {
        OrderedDict d;
        d.update(x);
        return d;
    }

    /// `d.move_to_end(k, last=True)`: KeyError when k is missing.
    template <class X>
    void move_to_end(const X& k, bool last = true) const {
        auto& b = *this->p_;
        int64_t h = py::hash(k);
        int64_t ix = b.find(k, h);
        if (ix < 0) [[unlikely]]
            detail::key_error(k);
        auto& e = b.entries[static_cast<size_t>(ix)];
        K key = std::move(e.key);
        V val = std::move(e.value);
        b.kill(ix);
        if (last) {
            b.append(std::move(key), std::move(val), h);
            return;
        }
        // To the front: rebuild the entries with this one first.
        std::vector<typename Base::Body::Entry> es;
        es.reserve(static_cast<size_t>(b.used) + 1);
        es.push_back({std::move(key), std::move(val), h, true});
        for (auto& x : b.entries)
            if (x.live) es.push_back(std::move(x));
        b.entries = std::move(es);
        ++b.used;
        b.rebuild();
    }

    /// `d.popitem(last=True)`: the newest (or, with last=False, the oldest) item.
    std::tuple<K, V> popitem(bool last = true) const {
        if (!last) {
            auto& b = *this->p_;
            if (b.used == 0) [[unlikely]]
                raise_lit<KeyError>("'dictionary is empty'");
            for (size_t i = 0; i < b.entries.size(); ++i) {
                auto& e = b.entries[i];
                if (!e.live) continue;
                std::tuple<K, V> out(std::move(e.key), std::move(e.value));
                b.kill(static_cast<int64_t>(i));
                return out;
            }
        }
        if (this->p_->used == 0) [[unlikely]]
            raise_lit<KeyError>("'dictionary is empty'");
        return Base::popitem();
    }

    OrderedDict copy() const {
        OrderedDict d;
        d.update(static_cast<const Base&>(*this));
        return d;
    }

    /// Two OrderedDicts are equal only in the same order (against a plain dict, order is ignored).
    template <class K2, class V2>
    bool py_eq(const OrderedDict<K2, V2>& o) const {
        if (this->size() != o.size()) return false;
        auto a = this->items().begin();
        auto c = o.items().begin();
        for (; !(a == IterEnd{}); ++a, ++c)
            if (!py::eq(*a, *c)) return false;
        return true;
    }
    template <class K2, class V2>
    bool py_eq(const Dict<K2, V2>& o) const {
        return Base::py_eq(o);
    }

    void py_repr(std::string& out) const {
        if (this->size() == 0) {
            out += "OrderedDict()";
            return;
        }
        out += "OrderedDict([";
        bool first = true;
        for (const auto& e : this->p_->entries) {
            if (!e.live) continue;
            if (!first) out += ", ";
            first = false;
            out.push_back('(');
            py::repr_to(out, e.key);
            out += ", ";
            py::repr_to(out, e.value);
            out.push_back(')');
        }
        out += "])";
    }
};

// ========================================================================= Deque

namespace detail {
[[noreturn, PYPORT_COLD]] inline void deque_pop_empty() { throw IndexError("pop from an empty deque"); }
[[noreturn, PYPORT_COLD]] inline void deque_index_error() { throw IndexError("deque index out of range"); }
[[noreturn, PYPORT_COLD]] inline void deque_mutated() { throw RuntimeError("deque mutated during iteration"); }
}  // namespace detail

template <class T>
class Deque {
public:
    using value_type = T;
    using deque_tag = void;
    struct Body {
        std::deque<T> d;
        int64_t maxlen = -1;  // -1: unbounded
        uint64_t state = 0;   // bumped by every mutation, checked by iterators
    };

private:
    Shared<Body> p_;

    void trim_left() const {
        if (p_->maxlen >= 0)
            while (static_cast<int64_t>(p_->d.size()) > p_->maxlen) p_->d.pop_front();
    }
    void trim_right() const {
        if (p_->maxlen >= 0)
            while (static_cast<int64_t>(p_->d.size()) > p_->maxlen) p_->d.pop_back();
    }
    size_t index_of(int64_t i) const {
        size_t k = detail::norm_index(i, p_->d.size());
        if (k >= p_->d.size()) [[unlikely]]
            detail::deque_index_error();
        return k;
    }

public:
    Deque() : p_(py::make_shared<Body>()) {}
    Deque(std::initializer_list<T> il) : Deque() { p_->d.assign(il.begin(), il.end()); }
    /// `deque(iterable, maxlen)`: maxlen is any int type, or an optional of one (None: unbounded).
    template <class X, class M = std::nullopt_t>
    static Deque from(const X& iterable, const M& maxlen = std::nullopt) {
        Deque q;
        auto limit = [&q](const auto& n) {
            int64_t m;
            m = static_cast<int64_t>(n);  // an exact int too big for a size raises OverflowError
            if (m < 0) [[unlikely]]
                raise_lit<ValueError>("maxlen must be non-negative");
            q.p_->maxlen = m;
        };
        if constexpr (std::is_same_v<M, std::nullopt_t>) {
        } else if constexpr (requires { maxlen.has_value(); }) {
            if (maxlen) limit(*maxlen);
        } else {
            limit(maxlen);
        }
        q.extend(iterable);
        return q;
    }

    const Shared<Body>& body() const { return p_; }
    int64_t size() const { return static_cast<int64_t>(p_->d.size()); }
    bool py_bool() const { return !p_->d.empty(); }
    bool is(const Deque& o) const { return p_ == o.p_; }
    std::optional<int64_t> maxlen() const {
        if (p_->maxlen < 0) return std::nullopt;
        return p_->maxlen;
    }

    void append(T x) const {
        ++p_->state;
        if (p_->maxlen == 0) return;
        p_->d.push_back(std::move(x));
        trim_left();
    }
    void appendleft(T x) const {
        ++p_->state;
        if (p_->maxlen == 0) return;
        p_->d.push_front(std::move(x));
        trim_right();
    }
    T pop() const {
        if (p_->d.empty()) [[unlikely]]
            detail::deque_pop_empty();
        ++p_->state;
        T x = std::move(p_->d.back());
        p_->d.pop_back();
        return x;
    }
    T popleft() const {
        if (p_->d.empty()) [[unlikely]]
            detail::deque_pop_empty();
        ++p_->state;
        T x = std::move(p_->d.front());
        p_->d.pop_front();
        return x;
    }
    template <class X>
    void extend(const X& iterable) const {
        if constexpr (std::is_same_v<std::remove_cvref_t<X>, Deque>) {
            if (iterable.p_ == p_) {
                std::vector<T> snap(p_->d.begin(), p_->d.end());
                for (auto& x : snap) append(std::move(x));
                return;
            }
            for (const auto& x : iterable.p_->d) append(x);
        } else {
            auto c = py::iter(iterable);
            typename decltype(c)::value_type v{};
            while (c.next(v)) append(T(std::move(v)));
        }
    }
    template <class X>
    void extendleft(const X& iterable) const {
        if constexpr (std::is_same_v<std::remove_cvref_t<X>, Deque>) {
            std::vector<T> snap(iterable.p_->d.begin(), iterable.p_->d.end());
            for (auto& x : snap) appendleft(std::move(x));
        } else {
            auto c = py::iter(iterable);
            typename decltype(c)::value_type v{};
            while (c.next(v)) appendleft(T(std::move(v)));
        }
    }
    /// `d.rotate(n)`: n steps to the right (negative: to the left).
    void rotate(int64_t n = 1) const {
        auto& d = p_->d;
        auto len = static_cast<int64_t>(d.size());
        ++p_->state;
        if (len <= 1) return;
        int64_t r = n % len;
        if (r < 0) r += len;
        if (r == 0) return;
        std::rotate(d.begin(), d.begin() + (len - r), d.end());
    }
    void clear() const {
        ++p_->state;
        p_->d.clear();
    }
    void reverse() const {
        ++p_->state;
        std::reverse(p_->d.begin(), p_->d.end());
    }
    Deque copy() const {
        Deque q;
        q.p_->d = p_->d;
        q.p_->maxlen = p_->maxlen;
        return q;
    }

    T& at(int64_t i) const { return p_->d[index_of(i)]; }
    T& at_set(int64_t i) const { return p_->d[index_of(i)]; }
    void del_item(int64_t i) const {
        size_t k = index_of(i);
        ++p_->state;
        p_->d.erase(p_->d.begin() + static_cast<ptrdiff_t>(k));
    }
    /// `d.insert(i, x)` with list-style clamping.
    void insert(int64_t i, T x) const {
        auto n = static_cast<int64_t>(p_->d.size());
        if (p_->maxlen >= 0 && n >= p_->maxlen) [[unlikely]]
            raise_lit<IndexError>("deque already at its maximum size");
        if (i < 0) {
            i += n;
            if (i < 0) i = 0;
        } else if (i > n) {
            i = n;
        }
        ++p_->state;
        p_->d.insert(p_->d.begin() + i, std::move(x));
    }

    template <class X>
    bool contains(const X& x) const {
        for (const auto& e : p_->d)
            if (py::eq(e, x)) return true;
        return false;
    }
    template <class X>
    int64_t count(const X& x) const {
        int64_t c = 0;
        for (const auto& e : p_->d) c += py::eq(e, x);
        return c;
    }
    template <class X>
    int64_t index(const X& x) const {
        for (size_t i = 0; i < p_->d.size(); ++i)
            if (py::eq(p_->d[i], x)) return static_cast<int64_t>(i);
        not_in_deque(x);
    }
    template <class X>
    void remove(const X& x) const {
        for (size_t i = 0; i < p_->d.size(); ++i) {
            if (py::eq(p_->d[i], x)) {
                ++p_->state;
                p_->d.erase(p_->d.begin() + static_cast<ptrdiff_t>(i));
                return;
            }
        }
        not_in_deque(x);
    }
    template <class X>
    [[noreturn, PYPORT_COLD]] static void not_in_deque(const X& x) {
        throw ValueError(py::repr(x) + " is not in deque");
    }

    /// Cursor / iterator: by position, failing when the deque was mutated (CPython's dequeiter).
    struct Cursor : CursorBase<Cursor> {
        using value_type = T;
        Shared<Body> b;
        size_t i = 0;
        uint64_t state;
        explicit Cursor(Shared<Body> body) : b(std::move(body)), state(b->state) {}
        bool next(T& out) {
            if (b->state != state) [[unlikely]]
                detail::deque_mutated();
            if (i >= b->d.size()) return false;
            out = b->d[i++];
            return true;
        }
    };
    Cursor iter() const { return Cursor(p_); }
    /// `reversed(d)`: from the right end, failing when the deque was mutated (dequereviter).
    struct RevCursor : CursorBase<RevCursor> {
        using value_type = T;
        Shared<Body> b;
        size_t left;
        uint64_t state;
        explicit RevCursor(Shared<Body> body) : b(std::move(body)), left(b->d.size()), state(b->state) {}
        bool next(T& out) {
            if (b->state != state) [[unlikely]]
                detail::deque_mutated();
            if (left == 0) return false;
            out = b->d[--left];
            return true;
        }
    };
    RevCursor reversed_iter() const { return RevCursor(p_); }
    class iterator {
        Body* b_;
        size_t i_;
        uint64_t state_;

    public:
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        explicit iterator(Body* b) : b_(b), i_(0), state_(b->state) {}
        const T& operator*() const { return b_->d[i_]; }
        iterator& operator++() {
            if (b_->state != state_) [[unlikely]]
                detail::deque_mutated();
            ++i_;
            return *this;
        }
        void operator++(int) { ++*this; }
        bool operator==(IterEnd) const { return i_ >= b_->d.size(); }
    };
    iterator begin() const { return iterator(p_.get()); }
    IterEnd end() const { return {}; }

    template <class T2>
    bool py_eq(const Deque<T2>& o) const {
        const auto& a = p_->d;
        const auto& b = o.body()->d;
        if (a.size() != b.size()) return false;
        for (size_t i = 0; i < a.size(); ++i)
            if (!py::eq(a[i], b[i])) return false;
        return true;
    }
    template <class T2>
    bool py_lt(const Deque<T2>& o) const {
        const auto& a = p_->d;
        const auto& b = o.body()->d;
        size_t i = 0;
        for (; i < a.size() && i < b.size(); ++i)
            if (!py::eq(a[i], b[i])) return py::lt(a[i], b[i]);
        return a.size() < b.size();
    }

    void py_repr(std::string& out) const {
        out += "deque([";
        bool first = true;
        for (const auto& e : p_->d) {
            if (!first) out += ", ";
            first = false;
            py::repr_to(out, e);
        }
        out += "]";
        if (p_->maxlen >= 0) {
            out += ", maxlen=";
            out += std::to_string(p_->maxlen);
        }
        out += ")";
    }
};

template <class T> inline int64_t len(const Deque<T>& q) { return q.size(); }
/// `reversed(d)` for a deque.
template <class T> inline typename Deque<T>::RevCursor reversed(const Deque<T>& q) { return q.reversed_iter(); }

// ========================================================================= heapq

namespace detail {
[[noreturn, PYPORT_COLD]] inline void heap_index_error() { throw IndexError("index out of range"); }

/// heapq._siftdown: move heap[pos] up towards startpos.
template <class V>
inline void heap_siftdown(V& h, size_t startpos, size_t pos) {
    auto item = std::move(h[pos]);
    while (pos > startpos) {
        size_t parentpos = (pos - 1) >> 1;
        if (!py::lt(item, h[parentpos])) break;
        h[pos] = std::move(h[parentpos]);
        pos = parentpos;
    }
    h[pos] = std::move(item);
}

/// heapq._siftup: move the smaller child up until a leaf, then sift down.
template <class V>
inline void heap_siftup(V& h, size_t pos) {
    size_t endpos = h.size();
    size_t startpos = pos;
    auto item = std::move(h[pos]);
    size_t childpos = 2 * pos + 1;
    while (childpos < endpos) {
        size_t rightpos = childpos + 1;
        if (rightpos < endpos && !py::lt(h[childpos], h[rightpos])) childpos = rightpos;
        h[pos] = std::move(h[childpos]);
        pos = childpos;
        childpos = 2 * pos + 1;
    }
    h[pos] = std::move(item);
    heap_siftdown(h, startpos, pos);
}

/// sorted(iterable, key=key, reverse=rev)[:n] — what nlargest/nsmallest return.
template <class X, class Key>
inline auto n_extreme(int64_t n, const X& iterable, Key key, bool rev) {
    auto all = py::list_from(iterable);
    using T = typename decltype(all)::value_type;
    auto& v = all.vec();
    if (n <= 0) {
        v.clear();
        return all;
    }
    using KV = std::remove_cvref_t<decltype(key(std::declval<const T&>()))>;
    std::vector<std::pair<KV, size_t>> dec;
    dec.reserve(v.size());
    for (size_t i = 0; i < v.size(); ++i) dec.emplace_back(key(v[i]), i);
    python_sort(dec.data(), dec.size(), rev, FirstLess{});
    size_t m = std::min(dec.size(), static_cast<size_t>(n));
    typename List<T>::Vec out;
    out.reserve(m);
    for (size_t i = 0; i < m; ++i) out.push_back(v[dec[i].second]);
    return List<T>::from_vector(std::move(out));
}

struct Identity {
    template <class T>
    const T& operator()(const T& x) const {
        return x;
    }
};
}  // namespace detail

template <class T>
inline void heappush(const List<T>& heap, std::type_identity_t<T> item) {
    auto& v = heap.vec();
    v.push_back(std::move(item));
    detail::heap_siftdown(v, 0, v.size() - 1);
}

template <class T>
inline T heappop(const List<T>& heap) {
    auto& v = heap.vec();
    if (v.empty()) [[unlikely]]
        detail::heap_index_error();
    T last = std::move(v.back());
    v.pop_back();
    if (v.empty()) return last;
    T top = std::move(v[0]);
    v[0] = std::move(last);
    detail::heap_siftup(v, 0);
    return top;
}

template <class T>
inline void heapify(const List<T>& heap) {
    auto& v = heap.vec();
    for (size_t i = v.size() / 2; i-- > 0;) detail::heap_siftup(v, i);
}

/// Pop the smallest, then push item (IndexError on an empty heap).
template <class T>
inline T heapreplace(const List<T>& heap, std::type_identity_t<T> item) {
    auto& v = heap.vec();
    if (v.empty()) [[unlikely]]
        detail::heap_index_error();
    T top = std::move(v[0]);
    v[0] = std::move(item);
    detail::heap_siftup(v, 0);
    return top;
}

/// Push item, then pop the smallest (faster than both; returns item when it is the smallest).
template <class T>
inline T heappushpop(const List<T>& heap, std::type_identity_t<T> item) {
    auto& v = heap.vec();
    if (!v.empty() && py::lt(v[0], item)) {
        std::swap(item, v[0]);
        detail::heap_siftup(v, 0);
    }
    return item;
}

template <class X>
inline auto nlargest(int64_t n, const X& iterable) {
    return detail::n_extreme(n, iterable, detail::Identity{}, true);
}
template <class X, class Key>
inline auto nlargest(int64_t n, const X& iterable, Key key) {
    return detail::n_extreme(n, iterable, key, true);
}
template <class X>
inline auto nsmallest(int64_t n, const X& iterable) {
    return detail::n_extreme(n, iterable, detail::Identity{}, false);
}
template <class X, class Key>
inline auto nsmallest(int64_t n, const X& iterable, Key key) {
    return detail::n_extreme(n, iterable, key, false);
}

// ======================================================================== bisect

namespace detail {
inline int64_t bisect_hi(int64_t lo, std::optional<int64_t> hi, size_t len) {
    if (lo < 0) [[unlikely]]
        raise_lit<ValueError>("lo must be non-negative");
    if (!hi || *hi == -1) return static_cast<int64_t>(len);
    return *hi;
}

template <bool Right, class T, class X, class Key>
inline int64_t bisect_impl(const List<T>& a, const X& x, Key key, int64_t lo, std::optional<int64_t> hi_opt) {
    int64_t hi = bisect_hi(lo, hi_opt, a.vec().size());
    while (lo < hi) {
        int64_t mid = static_cast<int64_t>((static_cast<uint64_t>(lo) + static_cast<uint64_t>(hi)) / 2);
        const auto& item = a.at(mid);
        if constexpr (Right) {
            if (py::lt(x, key(item))) hi = mid;
            else lo = mid + 1;
        } else {
            if (py::lt(key(item), x)) lo = mid + 1;
            else hi = mid;
        }
    }
    return lo;
}
}  // namespace detail

template <class T, class X>
inline int64_t bisect_left(const List<T>& a, const X& x, int64_t lo = 0, std::optional<int64_t> hi = std::nullopt) {
    return detail::bisect_impl<false>(a, x, detail::Identity{}, lo, hi);
}
template <class T, class X>
inline int64_t bisect_right(const List<T>& a, const X& x, int64_t lo = 0, std::optional<int64_t> hi = std::nullopt) {
    return detail::bisect_impl<true>(a, x, detail::Identity{}, lo, hi);
}
template <class T, class X>
inline int64_t bisect(const List<T>& a, const X& x, int64_t lo = 0, std::optional<int64_t> hi = std::nullopt) {
    return bisect_right(a, x, lo, hi);
}
template <class T, class X, class Key>
inline int64_t bisect_left_key(const List<T>& a, const X& x, Key key, int64_t lo = 0,
                               std::optional<int64_t> hi = std::nullopt) {
    return detail::bisect_impl<false>(a, x, key, lo, hi);
}
template <class T, class X, class Key>
inline int64_t bisect_right_key(const List<T>& a, const X& x, Key key, int64_t lo = 0,
                                std::optional<int64_t> hi = std::nullopt) {
    return detail::bisect_impl<true>(a, x, key, lo, hi);
}

template <class T>
inline void insort_left(const List<T>& a, std::type_identity_t<T> x, int64_t lo = 0, std::optional<int64_t> hi = std::nullopt) {
    a.insert(bisect_left(a, x, lo, hi), std::move(x));
}
template <class T>
inline void insort_right(const List<T>& a, std::type_identity_t<T> x, int64_t lo = 0, std::optional<int64_t> hi = std::nullopt) {
    a.insert(bisect_right(a, x, lo, hi), std::move(x));
}
template <class T>
inline void insort(const List<T>& a, std::type_identity_t<T> x, int64_t lo = 0, std::optional<int64_t> hi = std::nullopt) {
    insort_right(a, std::move(x), lo, hi);
}
template <class T, class Key>
inline void insort_left_key(const List<T>& a, std::type_identity_t<T> x, Key key, int64_t lo = 0, std::optional<int64_t> hi = std::nullopt) {
    a.insert(bisect_left_key(a, key(x), key, lo, hi), std::move(x));
}
template <class T, class Key>
inline void insort_right_key(const List<T>& a, std::type_identity_t<T> x, Key key, int64_t lo = 0, std::optional<int64_t> hi = std::nullopt) {
    a.insert(bisect_right_key(a, key(x), key, lo, hi), std::move(x));
}

/// `heapq.merge(*lists)`: each list is read lazily, by position (a list iterator's behaviour).
template <class T>
struct HeapMergeCursor : CursorBase<HeapMergeCursor<T>> {
    using value_type = T;
    std::vector<List<T>> lists;
    std::vector<size_t> pos;
    explicit HeapMergeCursor(std::vector<List<T>> ls) : lists(std::move(ls)), pos(lists.size(), 0) {}
    bool next(T& out) {
        size_t best = lists.size();
        for (size_t i = 0; i < lists.size(); ++i) {
            const auto& v = lists[i].vec();
            if (pos[i] >= v.size()) continue;
            if (best == lists.size()) {
                best = i;
                continue;
            }
            const T& a = v[pos[i]];
            const T& b = lists[best].vec()[pos[best]];
            // CPython compares [value, order] lists: equal values fall back to the order.
            if (!py::eq(a, b) && py::lt(a, b)) best = i;
        }
        if (best == lists.size()) return false;
        out = lists[best].vec()[pos[best]++];
        return true;
    }
};

template <class T>
inline HeapMergeCursor<T> heap_merge_all(const List<List<T>>& ls) {
    return HeapMergeCursor<T>(ls.vec());
}

template <class T, class... L>
inline HeapMergeCursor<T> heap_merge(const List<T>& first, const L&... rest) {
    return HeapMergeCursor<T>(std::vector<List<T>>{first, rest...});
}

}  // namespace py
