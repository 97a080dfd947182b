//! `py::Set<T>` / `py::FrozenSet<T>`: a port of CPython 3.11's Objects/setobject.c, so iteration order (and print) equals CPython's for ints, floats, bools and tuples of them.
//!
//! API (a Set is a handle with reference semantics like py::List: `Set b = a` aliases, `a.copy()` copies;
//! a FrozenSet has the same API minus the mutating methods, and is hashable):
//!   Set<T>()  Set<T>{a, b}  Set<T>::from(iterable)      `set()`, `{a, b}` (added left to right), `set(xs)`
//!   Set<T>::from_literal({3, 1, 2})                      a display of >= 3 constants (CPython folds it to a
//!                                                        frozenset constant and merges that: see from_literal)
//!   FrozenSet<T>::folded({3, 1, 2})                      that folded constant: `for x in {3, 1, 2}` iterates it
//!   FrozenSet<T>::from(iterable)                         `frozenset(xs)`
//!   int64_t size()  len(s)  bool contains(x)             `len(s)`, `x in s` (x of any type py::hash/py::eq accept)
//!   void add(T)  void discard(x)  void remove(x)         remove: KeyError(repr(x))
//!   T pop()                                              KeyError "'pop from an empty set'"; CPython's order (finger)
//!   void clear()  Set copy()  void update(iterables...)
//!   union_(its...) intersection(its...) difference(its...) symmetric_difference(it)      (any iterables)
//!   intersection_update(its...) difference_update(its...) symmetric_difference_update(it)
//!   bool issubset(it)  issuperset(it)  isdisjoint(it)
//!   a | b, a & b, a - b, a ^ b (both sets; result has the type of a), a |= b ... (in place for Set,
//!   rebinding for FrozenSet), ==, <, <=, >, >= via py::eq / py::lt / py::le ... (the py_eq/py_lt hooks)
//!   range-for yields the elements in table order; iter() returns a cursor for py::list_from / py::sorted.
//!   repr/print: `{1, 2}`, `set()`, `frozenset({1, 2})`, `frozenset()`; py::hash(frozenset) is CPython's.
//! Iteration raises RuntimeError "Set changed size during iteration" when the body changes len(s).
//! T must be default-constructible. Orders of str elements cannot match CPython (randomized str hash).
//! The same algorithms as CPython run on the same hashes, so orders agree whenever py::hash agrees with
//! CPython's hash (every type except str, whose CPython hash is randomized per process anyway).
#pragma once
#include "dict.hpp"

namespace py {

template <class T, bool Frozen> class BasicSet;
template <class T> using Set = BasicSet<T, false>;
template <class T> using FrozenSet = BasicSet<T, true>;

template <class X> struct is_anyset : std::false_type {};
template <class T, bool F> struct is_anyset<BasicSet<T, F>> : std::true_type {};
template <class X> inline constexpr bool is_anyset_v = is_anyset<std::remove_cvref_t<X>>::value;

template <class X> struct is_dict : std::false_type {};
template <class K, class V> struct is_dict<Dict<K, V>> : std::true_type {};
template <class X>
inline constexpr bool is_dict_v = is_dict<std::remove_cvref_t<X>>::value ||
                                  requires(const std::remove_cvref_t<X>& x) { x.body()->entries; x.keys(); };

namespace detail {
[[noreturn, PYPORT_COLD]] inline void set_changed_size() { throw RuntimeError("Set changed size during iteration"); }

inline constexpr size_t kSetMinSize = 8;
inline constexpr size_t kLinearProbes = 9;

/// The table of a set or frozenset: the fields and algorithms of CPython's PySetObject.
template <class T>
struct SetBody {
    enum : uint8_t { Unused = 0, Active = 1, Dummy = 2 };
    struct Slot {
        T key{};
        int64_t hash = 0;
        uint8_t state = Unused;
    };
    std::vector<Slot> table = std::vector<Slot>(kSetMinSize);
    int64_t fill = 0;   // active + dummy
    int64_t used = 0;   // active
    size_t mask = kSetMinSize - 1;
    size_t finger = 0;  // where pop() starts looking
    int64_t hash_cache = -1;

    /// set_lookkey: the slot index holding an equal key, or -1.
    template <class X>
    int64_t lookkey(const X& key, int64_t hash) const {
        auto perturb = static_cast<uint64_t>(hash);
        size_t i = static_cast<size_t>(hash) & mask;
        while (true) {
            size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
            size_t j = i;
            while (true) {
                const Slot& e = table[j];
                if (e.state == Unused) return -1;
                if (e.hash == hash && e.state == Active && py::eq(e.key, key)) return static_cast<int64_t>(j);
                if (probes-- == 0) break;
                ++j;
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }
    template <class X>
    bool contains_entry(const X& key, int64_t hash) const {
        return lookkey(key, hash) >= 0;
    }

    static void insert_clean(std::vector<Slot>& tab, size_t m, T key, int64_t hash) {
        auto perturb = static_cast<uint64_t>(hash);
        size_t i = static_cast<size_t>(hash) & m;
        while (true) {
            size_t j = i;
            if (tab[j].state == Unused) goto found;
            if (i + kLinearProbes <= m) {
                for (size_t k = 0; k < kLinearProbes; ++k) {
                    ++j;
                    if (tab[j].state == Unused) goto found;
                }
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb) & m;
            continue;
        found:
            tab[j].key = std::move(key);
            tab[j].hash = hash;
            tab[j].state = Active;
            return;
        }
    }

    /// set_table_resize. Out of line: rare, and inlined into every `add` it slowed each compile.
    [[gnu::noinline]] void resize(int64_t minused) {
        size_t newsize = kSetMinSize;
        while (newsize <= static_cast<size_t>(minused)) newsize <<= 1;
        if (newsize == kSetMinSize && mask == kSetMinSize - 1 && fill == used) return;
        std::vector<Slot> old = std::move(table);
        table = std::vector<Slot>(newsize);
        mask = newsize - 1;
        fill = used;
        for (auto& e : old)
            if (e.state == Active) insert_clean(table, mask, std::move(e.key), e.hash);
    }

    /// set_add_entry.
    void add_entry(T key, int64_t hash) {
        auto perturb = static_cast<uint64_t>(hash);
        size_t i = static_cast<size_t>(hash) & mask;
        Slot* freeslot = nullptr;
        while (true) {
            size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
            size_t j = i;
            while (true) {
                Slot& e = table[j];
                if (e.state == Unused) {
                    if (freeslot) {
                        ++used;
                        freeslot->key = std::move(key);
                        freeslot->hash = hash;
                        freeslot->state = Active;
                        return;
                    }
                    ++fill;
                    ++used;
                    e.key = std::move(key);
                    e.hash = hash;
                    e.state = Active;
                    if (static_cast<size_t>(fill) * 5 < mask * 3) return;
                    resize(used > 50000 ? used * 2 : used * 4);
                    return;
                }
                if (e.hash == hash && e.state == Active) {
                    if (py::eq(e.key, key)) return;
                } else if (e.state == Dummy) {
                    freeslot = &e;
                }
                if (probes-- == 0) break;
                ++j;
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// set_discard_entry: true when the key was present.
    template <class X>
    bool discard_entry(const X& key, int64_t hash) {
        int64_t j = lookkey(key, hash);
        if (j < 0) return false;
        Slot& e = table[static_cast<size_t>(j)];
        e.key = T{};
        e.state = Dummy;
        e.hash = -1;
        --used;
        return true;
    }

    /// set_clear_internal (the finger is kept, as in CPython).
    void clear() {
        table = std::vector<Slot>(kSetMinSize);
        fill = used = 0;
        mask = kSetMinSize - 1;
        hash_cache = -1;
    }

    /// set_merge: add every element of other (a different body).
    void merge(const SetBody& other) {
        if (&other == this || other.used == 0) return;
        if (static_cast<size_t>(fill + other.used) * 5 >= mask * 3) resize((used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            table = other.table;
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = used = other.used;
            for (const auto& e : other.table)
                if (e.state == Active) insert_clean(table, mask, e.key, e.hash);
            return;
        }
        for (size_t i = 0; i <= other.mask; ++i) {
            const Slot& e = other.table[i];
            if (e.state == Active) add_entry(e.key, e.hash);
        }
    }

    /// set_pop.
    T pop() {
        if (used == 0) [[unlikely]]
            raise_lit<KeyError>("'pop from an empty set'");
        size_t j = finger & mask;
        while (table[j].state != Active) {
            ++j;
            if (j > mask) j = 0;
        }
        T key = std::move(table[j].key);
        table[j].key = T{};
        table[j].state = Dummy;
        table[j].hash = -1;
        --used;
        finger = j + 1;
        return key;
    }

    /// frozenset_hash.
    int64_t frozen_hash() {
        if (hash_cache != -1) return hash_cache;
        auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
        uint64_t h = 0;
        for (const auto& e : table)
            if (e.state == Active) h ^= shuffle(static_cast<uint64_t>(e.hash));
        h ^= (static_cast<uint64_t>(used) + 1) * 1927868237ull;
        h ^= (h >> 11) ^ (h >> 25);
        h = h * 69069u + 907133923ull;
        if (h == static_cast<uint64_t>(-1)) h = 590923713ull;
        hash_cache = static_cast<int64_t>(h);
        return hash_cache;
    }
};

/// Walks the active slots of a set body, checking the size like CPython's setiter.
template <class T>
struct SetWalk {
    Shared<SetBody<T>> b;
    size_t pos = 0;
    int64_t expect;
    explicit SetWalk(Shared<SetBody<T>> body) : b(std::move(body)), expect(b->used) {}
    const T* next() {
        if (b->used != expect) [[unlikely]] {
            expect = -1;
            set_changed_size();
        }
        auto& t = b->table;
        while (pos <= b->mask && t[pos].state != SetBody<T>::Active) ++pos;
        if (pos > b->mask) {
            pos = SIZE_MAX - 1;  // exhausted for good, even if the set grows later
            return nullptr;
        }
        return &t[pos++].key;
    }
};

template <class T>
struct SetCursor : CursorBase<SetCursor<T>> {
    using value_type = T;
    SetWalk<T> w;
    explicit SetCursor(Shared<SetBody<T>> b) : w(std::move(b)) {}
    bool next(T& out) {
        const T* k = w.next();
        if (!k) return false;
        out = *k;
        return true;
    }
};

template <class T>
class SetIterator {
    SetWalk<T> w_;
    const T* cur_;

public:
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    explicit SetIterator(Shared<SetBody<T>> b) : w_(std::move(b)), cur_(w_.next()) {}
    const T& operator*() const { return *cur_; }
    SetIterator& operator++() {
        cur_ = w_.next();
        return *this;
    }
    void operator++(int) { ++*this; }
    bool operator==(IterEnd) const { return cur_ == nullptr; }
};

/// Calls f(key, hash) for each element of any iterable (sets in table order with their stored
/// hashes, dicts in key order, everything else through py::iter).
template <class T, class X, class F>
inline void each_hashed(const X& x, F&& f) {
    using D = std::remove_cvref_t<X>;
    if constexpr (is_anyset_v<D>) {
        for (const auto& e : x.body()->table)
            if (e.state == SetBody<typename D::value_type>::Active) f(T(e.key), e.hash);
    } else if constexpr (is_dict_v<D>) {
        for (const auto& e : x.body()->entries)
            if (e.live) f(T(e.key), e.hash);
    } else {
        auto c = py::iter(x);
        typename decltype(c)::value_type v{};
        while (c.next(v)) {
            T k(std::move(v));
            int64_t h = py::hash(k);
            f(std::move(k), h);
        }
    }
}
}  // namespace detail

template <class T, bool Frozen>
class BasicSet {
public:
    using value_type = T;
    using Body = detail::SetBody<T>;
    static constexpr bool is_frozen = Frozen;

private:
    Shared<Body> p_;
    template <class, bool> friend class BasicSet;

    static BasicSet with_body(Body b) {
        BasicSet s;
        *s.p_ = std::move(b);
        return s;
    }

public:
    BasicSet() : p_(py::make_shared<Body>()) {}
    BasicSet(std::initializer_list<T> il) : BasicSet() {
        for (const auto& x : il) p_->add_entry(x, py::hash(x));
    }
    /// `set(iterable)` / `frozenset(iterable)` (set_update_internal on a new set).
    template <class X>
    static BasicSet from(const X& iterable) {
        BasicSet s;
        s.update_internal(iterable);
        return s;
    }

    /// A set display of three or more constants, `{3, 1, 2}`: CPython 3.11 compiles it to
    /// `BUILD_SET 0; LOAD_CONST <frozenset>; SET_UPDATE`, merging the folded constant (see folded)
    /// into an empty set — often a different order than adding the elements one by one. A display
    /// with a non-constant element, or fewer than three, is BUILD_SET: plain adds in order, which
    /// is the initializer-list constructor.
    static BasicSet from_literal(std::initializer_list<T> il) {
        BasicSet s;
        s.p_->merge(*folded(il).body());
        return s;
    }
    template <class X>
    static BasicSet from_literal_items(const X& items) {
        BasicSet s;
        s.p_->merge(*folded_items(items).body());
        return s;
    }

    /// The frozenset constant CPython's compiler makes of `{c1, c2, ...}` (what `for x in {...}`,
    /// comprehensions over a constant display and `from_literal` use): the constants are added to
    /// a frozenset in source order, then the const cache (compile.c merge_consts_recursive)
    /// rebuilds it by adding that frozenset's elements, in its iteration order, to a new one.
    static FrozenSet<T> folded(std::initializer_list<T> il) { return refold(FrozenSet<T>(il)); }
    template <class X>
    static FrozenSet<T> folded_items(const X& items) {
        return refold(FrozenSet<T>::from(items));
    }

private:
    static FrozenSet<T> refold(const FrozenSet<T>& first) {
        FrozenSet<T> f;
        for (const auto& e : first.body()->table)
            if (e.state == Body::Active) f.body()->add_entry(e.key, e.hash);
        return f;
    }

public:
    const Shared<Body>& body() const { return p_; }
    int64_t size() const { return p_->used; }
    bool empty() const { return p_->used == 0; }
    bool is(const BasicSet& o) const { return p_ == o.p_; }
    bool py_bool() const { return p_->used != 0; }

    template <class X>
    bool contains(const X& x) const {
        return p_->contains_entry(x, py::hash(x));
    }

    // ------------------------------------------------------------ mutation
    void add(T x) const requires(!Frozen) {
        int64_t h = py::hash(x);
        p_->add_entry(std::move(x), h);
    }
    template <class X>
    void discard(const X& x) const requires(!Frozen) {
        p_->discard_entry(x, py::hash(x));
    }
    template <class X>
    void remove(const X& x) const requires(!Frozen) {
        if (!p_->discard_entry(x, py::hash(x))) [[unlikely]]
            detail::key_error(x);
    }
    T pop() const requires(!Frozen) { return p_->pop(); }
    void clear() const requires(!Frozen) { p_->clear(); }
    template <class... X>
    void update(const X&... others) const requires(!Frozen) {
        (update_internal(others), ...);
    }

    /// set_update_internal.
    template <class X>
    void update_internal(const X& other) const {
        using D = std::remove_cvref_t<X>;
        if constexpr (is_anyset_v<D>) {
            if (other.body().get() != static_cast<const void*>(p_.get())) p_->merge(*other.body());
        } else {
            if constexpr (is_dict_v<D>) {
                int64_t n = other.size();
                if (static_cast<size_t>(p_->fill + n) * 5 >= p_->mask * 3) p_->resize((p_->used + n) * 2);
            }
            detail::each_hashed<T>(other, [&](T k, int64_t h) { p_->add_entry(std::move(k), h); });
        }
    }

    /// `s.copy()` (a frozenset's copy is itself).
    BasicSet copy() const {
        if constexpr (Frozen) return *this;
        else return from(*this);
    }

    // ------------------------------------------------------------ algebra
    template <class... X>
    BasicSet union_(const X&... others) const {
        BasicSet r = from(*this);
        auto one = [&](const auto& o) {
            if constexpr (is_anyset_v<decltype(o)>)
                if (o.body().get() == static_cast<const void*>(p_.get())) return;
            r.update_internal(o);
        };
        (one(others), ...);
        return r;
    }

    /// set_intersection (one other).
    template <class X>
    BasicSet intersection1(const X& other) const {
        using D = std::remove_cvref_t<X>;
        if constexpr (is_anyset_v<D>) {
            if (other.body().get() == static_cast<const void*>(p_.get())) return from(*this);
        }
        BasicSet r;
        if constexpr (is_anyset_v<D>) {
            if (other.size() > size()) {
                for (const auto& e : p_->table)
                    if (e.state == Body::Active && other.body()->contains_entry(e.key, e.hash))
                        r.p_->add_entry(e.key, e.hash);
            } else {
                for (const auto& e : other.body()->table)
                    if (e.state == D::Body::Active && p_->contains_entry(e.key, e.hash))
                        r.p_->add_entry(T(e.key), e.hash);
            }
            return r;
        } else {
            bool done = false;
            detail::each_hashed<T>(other, [&](T k, int64_t h) {
                if (done) return;
                if (p_->contains_entry(k, h)) {
                    r.p_->add_entry(std::move(k), h);
                    if (r.size() >= size()) done = true;
                }
            });
            return r;
        }
    }
    template <class... X>
    BasicSet intersection(const X&... others) const {
        if constexpr (sizeof...(X) == 0) {
            return from(*this);
        } else {
            BasicSet r = *this;
            ((r = r.intersection1(others)), ...);
            return r;
        }
    }
    template <class... X>
    void intersection_update(const X&... others) const requires(!Frozen) {
        BasicSet tmp = intersection(others...);
        swap_in(tmp);
    }

    /// set_difference_update_internal.
    template <class X>
    void difference_update_internal(const X& other) const {
        using D = std::remove_cvref_t<X>;
        if constexpr (is_anyset_v<D>) {
            if (other.body().get() == static_cast<const void*>(p_.get())) {
                p_->clear();
                return;
            }
            if ((other.size() >> 3) > size()) {
                auto inter = this->intersection1(other);
                for (const auto& e : inter.p_->table)
                    if (e.state == Body::Active) p_->discard_entry(e.key, e.hash);
            } else {
                for (const auto& e : other.body()->table)
                    if (e.state == D::Body::Active) p_->discard_entry(e.key, e.hash);
            }
        } else {
            detail::each_hashed<T>(other, [&](T k, int64_t h) { p_->discard_entry(k, h); });
        }
        if (static_cast<size_t>(p_->fill - p_->used) <= p_->mask / 4) return;
        p_->resize(p_->used > 50000 ? p_->used * 2 : p_->used * 4);
    }

    /// set_difference (one other).
    template <class X>
    BasicSet difference1(const X& other) const {
        using D = std::remove_cvref_t<X>;
        if constexpr (is_anyset_v<D> || is_dict_v<D>) {
            if ((size() >> 2) > other.size()) {
                BasicSet r = from(*this);
                r.difference_update_internal(other);
                return r;
            }
            BasicSet r;
            for (const auto& e : p_->table) {
                if (e.state != Body::Active) continue;
                bool in;
                if constexpr (is_anyset_v<D>) in = other.body()->contains_entry(e.key, e.hash);
                else in = other.body()->find(e.key, e.hash) >= 0;
                if (!in) r.p_->add_entry(e.key, e.hash);
            }
            return r;
        } else {
            BasicSet r = from(*this);
            r.difference_update_internal(other);
            return r;
        }
    }
    template <class X, class... R>
    BasicSet difference(const X& first, const R&... rest) const {
        BasicSet r = difference1(first);
        (r.difference_update_internal(rest), ...);
        return r;
    }
    BasicSet difference() const { return from(*this); }
    template <class... X>
    void difference_update(const X&... others) const requires(!Frozen) {
        (difference_update_internal(others), ...);
    }

    /// set_symmetric_difference_update.
    template <class X>
    void symmetric_difference_update_internal(const X& other) const {
        using D = std::remove_cvref_t<X>;
        if constexpr (is_anyset_v<D>) {
            if (other.body().get() == static_cast<const void*>(p_.get())) {
                p_->clear();
                return;
            }
        }
        auto toggle = [&](T k, int64_t h) {
            if (!p_->discard_entry(k, h)) p_->add_entry(std::move(k), h);
        };
        if constexpr (is_anyset_v<D> || is_dict_v<D>) {
            detail::each_hashed<T>(other, toggle);
        } else {
            auto tmp = BasicSet::from(other);
            detail::each_hashed<T>(tmp, toggle);
        }
    }
    template <class X>
    void symmetric_difference_update(const X& other) const requires(!Frozen) {
        symmetric_difference_update_internal(other);
    }
    template <class X>
    BasicSet symmetric_difference(const X& other) const {
        BasicSet r = from(other);
        r.symmetric_difference_update_internal(*this);
        return r;
    }

    // ------------------------------------------------------------ predicates
    template <class X>
    bool issubset(const X& other) const {
        if constexpr (is_anyset_v<X>) {
            if (size() > other.size()) return false;
            for (const auto& e : p_->table)
                if (e.state == Body::Active && !other.body()->contains_entry(e.key, e.hash)) return false;
            return true;
        } else {
            return intersection1(other).size() == size();
        }
    }
    template <class X>
    bool issuperset(const X& other) const {
        if constexpr (is_anyset_v<X>) {
            return other.issubset(*this);
        } else {
            bool all = true;
            detail::each_hashed<T>(other, [&](T k, int64_t h) {
                if (all && !p_->contains_entry(k, h)) all = false;
            });
            return all;
        }
    }
    template <class X>
    bool isdisjoint(const X& other) const {
        bool disjoint = true;
        if constexpr (is_anyset_v<X>) {
            if (other.size() > size()) {
                for (const auto& e : p_->table)
                    if (e.state == Body::Active && other.body()->contains_entry(e.key, e.hash)) return false;
                return true;
            }
        }
        detail::each_hashed<T>(other, [&](T k, int64_t h) {
            if (disjoint && p_->contains_entry(k, h)) disjoint = false;
        });
        return disjoint;
    }

    template <class T2, bool F2>
    bool py_eq(const BasicSet<T2, F2>& o) const {
        if (size() != o.size()) return false;
        return issubset(o);
    }
    /// `a < b`: proper subset (compare.hpp derives <=, >, >= from this and ==).
    template <class T2, bool F2>
    bool py_lt(const BasicSet<T2, F2>& o) const {
        return size() < o.size() && issubset(o);
    }

    int64_t py_hash() const requires(Frozen) { return p_->frozen_hash(); }

    void py_repr(std::string& out) const {
        if (p_->used == 0) {
            out += Frozen ? "frozenset()" : "set()";
            return;
        }
        if constexpr (Frozen) out += "frozenset(";
        out.push_back('{');
        bool first = true;
        for (const auto& e : p_->table) {
            if (e.state != Body::Active) continue;
            if (!first) out += ", ";
            first = false;
            py::repr_to(out, e.key);
        }
        out.push_back('}');
        if constexpr (Frozen) out.push_back(')');
    }

    // ------------------------------------------------------------ iteration
    detail::SetCursor<T> iter() const { return detail::SetCursor<T>(p_); }
    detail::SetIterator<T> begin() const { return detail::SetIterator<T>(p_); }
    IterEnd end() const { return {}; }

    /// set_swap_bodies with a temporary: this set takes tmp's table (the finger stays).
    void swap_in(const BasicSet& tmp) const {
        Body& a = *p_;
        Body& b = *tmp.p_;
        std::swap(a.table, b.table);
        std::swap(a.fill, b.fill);
        std::swap(a.used, b.used);
        std::swap(a.mask, b.mask);
        a.hash_cache = b.hash_cache = -1;
    }
};

template <class T, bool F> inline int64_t len(const BasicSet<T, F>& s) { return s.size(); }

template <class T, bool F1, bool F2>
inline BasicSet<T, F1> operator|(const BasicSet<T, F1>& a, const BasicSet<T, F2>& b) {
    return a.union_(b);
}
template <class T, bool F1, bool F2>
inline BasicSet<T, F1> operator&(const BasicSet<T, F1>& a, const BasicSet<T, F2>& b) {
    return a.intersection1(b);
}
template <class T, bool F1, bool F2>
inline BasicSet<T, F1> operator-(const BasicSet<T, F1>& a, const BasicSet<T, F2>& b) {
    return a.difference1(b);
}
template <class T, bool F1, bool F2>
inline BasicSet<T, F1> operator^(const BasicSet<T, F1>& a, const BasicSet<T, F2>& b) {
    return a.symmetric_difference(b);
}

/// In-place operators: a Set changes in place (aliases see it); a FrozenSet name is rebound.
template <class T, bool F1, bool F2>
inline BasicSet<T, F1>& operator|=(BasicSet<T, F1>& a, const BasicSet<T, F2>& b) {
    if constexpr (F1) a = a | b;
    else a.update_internal(b);
    return a;
}
template <class T, bool F1, bool F2>
inline BasicSet<T, F1>& operator&=(BasicSet<T, F1>& a, const BasicSet<T, F2>& b) {
    if constexpr (F1) a = a & b;
    else a.swap_in(a.intersection1(b));
    return a;
}
template <class T, bool F1, bool F2>
inline BasicSet<T, F1>& operator-=(BasicSet<T, F1>& a, const BasicSet<T, F2>& b) {
    if constexpr (F1) a = a - b;
    else a.difference_update_internal(b);
    return a;
}
template <class T, bool F1, bool F2>
inline BasicSet<T, F1>& operator^=(BasicSet<T, F1>& a, const BasicSet<T, F2>& b) {
    if constexpr (F1) a = a ^ b;
    else a.symmetric_difference_update_internal(b);
    return a;
}

}  // namespace py
