//! `py::Dict<K, V>`: Python's insertion-ordered dict with reference semantics (copies alias one table), its methods, views and repr.
//!
//! API (every method is `const`: a Dict is a handle, like py::List; `Dict b = a` aliases, `a.copy()` copies):
//!   Dict<K,V>()  Dict<K,V>{{k, v}, ...}  Dict<K,V>::from_pairs(iterable of tuple<K,V>)   `dict(pairs)`
//!   int64_t size()  len(d)  bool contains(k)        `len(d)`, `k in d`
//!   V& at(k)        `d[k]` (KeyError whose message is repr(k)); the reference lives until the next insert
//!   void set(K k, V v)                              `d[k] = v` (an existing key keeps its position)
//!   V& ref(K k, V dflt)                             `d[k]` that inserts dflt first when k is missing
//!   OrNone get(k)   V get(k, V dflt)                `d.get(k)` (std::optional<V>, or V when V is one), `d.get(k, dflt)`
//!   V setdefault(K k, V dflt)                       `d.setdefault(k, dflt)`
//!   V pop(k)  V pop(k, V dflt)                      KeyError(repr(k)) when missing and no default
//!   OrNone pop_or_none(k)                           `d.pop(k, None)`
//!   std::tuple<K,V> popitem()                       LIFO; KeyError "'popitem(): dictionary is empty'"
//!   void del_item(k)                                `del d[k]`
//!   void update(const Dict&)  void update(iterable of tuple<K,V>)
//!   Dict copy()  void clear()
//!   keys() values() items()                         live views: range-for, .iter() cursor, len, repr `dict_keys([...])`
//!   range-for over the dict itself yields keys; iter() returns a cursor for py::list_from / py::sorted / zip...
//!   ==, print/repr `{1: 'a', 'b': [1, 2]}` / `{}`, truthiness — through the py_eq/py_repr/py_bool hooks.
//! Lookups take any key type X that py::hash and py::eq accept, so `d.get(1.0)` finds key 1 of a Dict<int64_t, V>.
//! K and V must be default-constructible (deleted slots are reset to free their memory).
//! py::iter (iter.hpp) does not know Dict/Set/Deque: pass `x.iter()` to py::list_from, py::sorted, py::sum,
//! py::min/max, py::enumerate, py::zip, List::extend... (or add to py::iter a branch
//! `else if constexpr (requires { x.iter(); }) return x.iter();`).
//! Iteration raises RuntimeError "dictionary changed size during iteration" when the body changes len(d), and
//! "dictionary keys changed during iteration" when it meets more keys than it started with, as CPython.
#pragma once
#include "hash.hpp"
#include "iter.hpp"
#include "text.hpp"

namespace py {

template <class K, class V> class Dict;

namespace detail {
template <class X>
[[noreturn, PYPORT_COLD]] void key_error(const X& k) {
    throw KeyError(py::repr(k));
}
[[noreturn, PYPORT_COLD]] inline void dict_changed_size() {
    throw RuntimeError("dictionary changed size during iteration");
}
[[noreturn, PYPORT_COLD]] inline void dict_keys_changed() {
    throw RuntimeError("dictionary keys changed during iteration");
}

/// The shared body of a dict: entries in insertion order (deleted ones marked dead) plus an
/// open-addressed index of entry positions probed like CPython's dict (perturbation shift 5).
template <class K, class V>
struct DictBody {
    struct Entry {
        K key;
        V value;
        int64_t hash;
        bool live;
    };
    static constexpr int64_t kEmpty = -1;
    static constexpr int64_t kDummy = -2;  // the entry was deleted; probing continues past it
    std::vector<Entry> entries;
    std::vector<int64_t> index = std::vector<int64_t>(8, kEmpty);
    int64_t used = 0;
    int64_t usable = 5;  // appends left before a rebuild: 2/3 of the index, as CPython's dk_usable

    size_t mask() const { return index.size() - 1; }

    /// Position in entries of a live key equal to k, or -1.
    template <class X>
    int64_t find(const X& k, int64_t h) const {
        size_t m = mask();
        auto perturb = static_cast<uint64_t>(h);
        size_t i = static_cast<size_t>(h) & m;
        while (true) {
            int64_t ix = index[i];
            if (ix == kEmpty) return -1;
            if (ix != kDummy) {
                const Entry& e = entries[static_cast<size_t>(ix)];
                if (e.hash == h && py::eq(e.key, k)) return ix;
            }
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & m;
        }
    }

    void insert_index(int64_t pos, int64_t h) {
        size_t m = mask();
        auto perturb = static_cast<uint64_t>(h);
        size_t i = static_cast<size_t>(h) & m;
        while (index[i] >= 0) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & m;
        }
        index[i] = pos;
    }

    /// CPython's dictresize: drop dead entries, index size the smallest power of two >= used * 3.
    /// Out of line: rare, and inlined into every insertion it slowed each compile.
    [[gnu::noinline]] void rebuild() {
        std::vector<Entry> live;
        live.reserve(static_cast<size_t>(used) + 1);
        for (auto& e : entries)
            if (e.live) live.push_back(std::move(e));
        entries = std::move(live);
        size_t n = 8;
        while (n < static_cast<size_t>(used) * 3) n <<= 1;
        index.assign(n, kEmpty);
        usable = static_cast<int64_t>(n * 2 / 3) - used;
        for (size_t p = 0; p < entries.size(); ++p) insert_index(static_cast<int64_t>(p), entries[p].hash);
    }

    /// Append a new entry (the key is known to be absent).
    void append(K k, V v, int64_t h) {
        if (usable <= 0) rebuild();
        --usable;
        entries.push_back(Entry{std::move(k), std::move(v), h, true});
        insert_index(static_cast<int64_t>(entries.size() - 1), h);
        ++used;
    }

    void kill(int64_t pos) {
        Entry& e = entries[static_cast<size_t>(pos)];
        size_t m = mask();
        auto perturb = static_cast<uint64_t>(e.hash);
        size_t i = static_cast<size_t>(e.hash) & m;
        while (index[i] != pos) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & m;
        }
        index[i] = kDummy;
        e.live = false;
        e.key = K{};
        e.value = V{};
        --used;
    }

    /// Remove dead entries from the end (no index slot points at them any more).
    void trim() {
        while (!entries.empty() && !entries.back().live) entries.pop_back();
    }
};

/// Walks the live entries of a dict body by position, checking the size like CPython's dictiter.
template <class K, class V>
struct DictWalk {
    Shared<DictBody<K, V>> b;
    size_t pos = 0;
    int64_t expect = 0;
    int64_t left = 0;  // entries still to come if the keys do not change
    explicit DictWalk(Shared<DictBody<K, V>> body) : b(std::move(body)), expect(b->used), left(expect) {}
    /// The next live entry, or nullptr at the end.
    const typename DictBody<K, V>::Entry* next() {
        if (b->used != expect) [[unlikely]] {
            expect = -1;  // sticky, like CPython
            dict_changed_size();
        }
        auto& es = b->entries;
        while (pos < es.size() && !es[pos].live) ++pos;
        if (pos >= es.size()) return nullptr;
        if (left == 0) [[unlikely]]  // a key was deleted and another inserted behind us
            dict_keys_changed();
        --left;
        return &es[pos++];
    }
};

enum class DictPart { Keys, Values, Items };

template <class K, class V, DictPart P>
using dict_part_t = std::conditional_t<P == DictPart::Keys, K, std::conditional_t<P == DictPart::Values, V, std::tuple<K, V>>>;

/// A cursor over keys, values or items (py::iter protocol: `bool next(value_type&)`).
template <class K, class V, DictPart P>
struct DictCursor : CursorBase<DictCursor<K, V, P>> {
    using value_type = dict_part_t<K, V, P>;
    DictWalk<K, V> w;
    explicit DictCursor(Shared<DictBody<K, V>> b) : w(std::move(b)) {}
    bool next(value_type& out) {
        auto* e = w.next();
        if (!e) return false;
        if constexpr (P == DictPart::Keys) out = e->key;
        else if constexpr (P == DictPart::Values) out = e->value;
        else out = value_type(e->key, e->value);
        return true;
    }
};

/// Range-for iterator over keys (by reference), values or items (by value).
template <class K, class V, DictPart P>
class DictIterator {
    DictWalk<K, V> w_;
    const typename DictBody<K, V>::Entry* cur_;

public:
    using value_type = dict_part_t<K, V, P>;
    using difference_type = std::ptrdiff_t;
    explicit DictIterator(Shared<DictBody<K, V>> b) : w_(std::move(b)), cur_(w_.next()) {}
    decltype(auto) operator*() const {
        if constexpr (P == DictPart::Keys) return static_cast<const K&>(cur_->key);
        else if constexpr (P == DictPart::Values) return static_cast<const V&>(cur_->value);
        else return value_type(cur_->key, cur_->value);
    }
    DictIterator& operator++() {
        cur_ = w_.next();
        return *this;
    }
    void operator++(int) { ++*this; }
    bool operator==(IterEnd) const { return cur_ == nullptr; }
};

/// `d.keys()` / `d.values()` / `d.items()`: a live view.
template <class K, class V, DictPart P>
struct DictView {
    using value_type = dict_part_t<K, V, P>;
    Shared<DictBody<K, V>> b;
    explicit DictView(Shared<DictBody<K, V>> body) : b(std::move(body)) {}
    DictCursor<K, V, P> iter() const { return DictCursor<K, V, P>(b); }
    DictIterator<K, V, P> begin() const { return DictIterator<K, V, P>(b); }
    IterEnd end() const { return {}; }
    int64_t size() const { return b->used; }
    bool py_bool() const { return b->used != 0; }
    template <class X>
    bool contains(const X& x) const {
        if constexpr (P == DictPart::Keys) {
            return b->find(x, py::hash(x)) >= 0;
        } else {
            for (const auto& e : b->entries) {
                if (!e.live) continue;
                if constexpr (P == DictPart::Values) {
                    if (py::eq(e.value, x)) return true;
                } else {
                    if (py::eq(value_type(e.key, e.value), x)) return true;
                }
            }
            return false;
        }
    }
    void py_repr(std::string& out) const {
        out += P == DictPart::Keys ? "dict_keys([" : P == DictPart::Values ? "dict_values([" : "dict_items([";
        bool first = true;
        for (const auto& e : b->entries) {
            if (!e.live) continue;
            if (!first) out += ", ";
            first = false;
            if constexpr (P == DictPart::Keys) py::repr_to(out, e.key);
            else if constexpr (P == DictPart::Values) py::repr_to(out, e.value);
            else py::repr_to(out, value_type(e.key, e.value));
        }
        out += "])";
    }
};
}  // namespace detail

template <class K, class V>
class Dict {
public:
    using key_type = K;
    using mapped_type = V;
    using value_type = K;
    using Body = detail::DictBody<K, V>;

protected:
    Shared<Body> p_;

public:
    Dict() : p_(py::make_shared<Body>()) {}
    Dict(std::initializer_list<std::tuple<K, V>> il) : Dict() {
        for (const auto& kv : il) set(std::get<0>(kv), std::get<1>(kv));
    }
    /// `dict(iterable_of_pairs)`.
    template <class It>
    static Dict from_pairs(It&& pairs) {
        Dict d;
        d.update(std::forward<It>(pairs));
        return d;
    }

    const Shared<Body>& body() const { return p_; }
    int64_t size() const { return p_->used; }
    bool empty() const { return p_->used == 0; }
    bool is(const Dict& o) const { return p_ == o.p_; }
    bool py_bool() const { return p_->used != 0; }

    template <class X>
    bool contains(const X& k) const {
        return p_->find(k, py::hash(k)) >= 0;
    }

    template <class X>
    V& at(const X& k) const {
        int64_t ix = p_->find(k, py::hash(k));
        if (ix < 0) [[unlikely]]
            detail::key_error(k);
        return p_->entries[static_cast<size_t>(ix)].value;
    }

    void set(K k, V v) const {
        int64_t h = py::hash(k);
        int64_t ix = p_->find(k, h);
        if (ix >= 0) p_->entries[static_cast<size_t>(ix)].value = std::move(v);
        else p_->append(std::move(k), std::move(v), h);
    }

    V& ref(K k, V dflt) const {
        int64_t h = py::hash(k);
        int64_t ix = p_->find(k, h);
        if (ix < 0) {
            p_->append(std::move(k), std::move(dflt), h);
            ix = static_cast<int64_t>(p_->entries.size() - 1);
        }
        return p_->entries[static_cast<size_t>(ix)].value;
    }

    /// `None` or a value: `V` itself when it already holds None (`dict[str, str | None]`).
    using OrNone = std::conditional_t<is_optional_v<V>, V, std::optional<V>>;

    template <class X>
    OrNone get(const X& k) const {
        int64_t ix = p_->find(k, py::hash(k));
        if (ix < 0) return OrNone{};
        return p_->entries[static_cast<size_t>(ix)].value;
    }
    template <class X>
    V get(const X& k, V dflt) const {
        int64_t ix = p_->find(k, py::hash(k));
        if (ix < 0) return dflt;
        return p_->entries[static_cast<size_t>(ix)].value;
    }

    V setdefault(K k, V dflt) const { return ref(std::move(k), std::move(dflt)); }

    template <class X>
    V pop(const X& k) const {
        int64_t ix = p_->find(k, py::hash(k));
        if (ix < 0) [[unlikely]]
            detail::key_error(k);
        V out = std::move(p_->entries[static_cast<size_t>(ix)].value);
        p_->kill(ix);
        return out;
    }
    template <class X>
    V pop(const X& k, V dflt) const {
        int64_t ix = p_->find(k, py::hash(k));
        if (ix < 0) return dflt;
        V out = std::move(p_->entries[static_cast<size_t>(ix)].value);
        p_->kill(ix);
        return out;
    }
    /// `d.pop(k, None)`.
    template <class X>
    OrNone pop_or_none(const X& k) const {
        int64_t ix = p_->find(k, py::hash(k));
        if (ix < 0) return OrNone{};
        V out = std::move(p_->entries[static_cast<size_t>(ix)].value);
        p_->kill(ix);
        return out;
    }

    std::tuple<K, V> popitem() const {
        if (p_->used == 0) [[unlikely]]
            raise_lit<KeyError>("'popitem(): dictionary is empty'");
        p_->trim();
        auto& es = p_->entries;
        auto pos = static_cast<int64_t>(es.size() - 1);
        std::tuple<K, V> out(std::move(es.back().key), std::move(es.back().value));
        p_->kill(pos);
        p_->trim();
        return out;
    }

    template <class X>
    void del_item(const X& k) const {
        int64_t ix = p_->find(k, py::hash(k));
        if (ix < 0) [[unlikely]]
            detail::key_error(k);
        p_->kill(ix);
    }

    void update(const Dict& o) const {
        if (o.p_ == p_) return;
        for (const auto& e : o.p_->entries)
            if (e.live) set(e.key, e.value);
    }
    template <class It>
        requires(!std::is_base_of_v<Dict, std::remove_cvref_t<It>>)
    void update(It&& pairs) const {
        auto c = py::iter(std::forward<It>(pairs));
        typename decltype(c)::value_type kv{};
        while (c.next(kv)) set(K(std::get<0>(kv)), V(std::get<1>(kv)));
    }

    Dict copy() const {
        Dict d;
        d.update(*this);
        return d;
    }
    void clear() const { *p_ = Body(); }

    auto keys() const { return detail::DictView<K, V, detail::DictPart::Keys>(p_); }
    auto values() const { return detail::DictView<K, V, detail::DictPart::Values>(p_); }
    auto items() const { return detail::DictView<K, V, detail::DictPart::Items>(p_); }
    /// A cursor over the keys (for py::list_from, py::sorted, py::zip, ...).
    auto iter() const { return detail::DictCursor<K, V, detail::DictPart::Keys>(p_); }

    /// Range-for over the keys.
    using iterator = detail::DictIterator<K, V, detail::DictPart::Keys>;
    iterator begin() const { return iterator(p_); }
    IterEnd end() const { return {}; }

    /// Python `==`: same length and every key maps to an equal value.
    template <class K2, class V2>
    bool py_eq(const Dict<K2, V2>& o) const {
        if (size() != o.size()) return false;
        for (const auto& e : p_->entries) {
            if (!e.live) continue;
            int64_t ix = o.body()->find(e.key, e.hash);
            if (ix < 0 || !py::eq(e.value, o.body()->entries[static_cast<size_t>(ix)].value)) return false;
        }
        return true;
    }

    void py_repr(std::string& out) const {
        out.push_back('{');
        bool first = true;
        for (const auto& e : p_->entries) {
            if (!e.live) continue;
            if (!first) out += ", ";
            first = false;
            py::repr_to(out, e.key);
            out += ": ";
            py::repr_to(out, e.value);
        }
        out.push_back('}');
    }
};

template <class K, class V> inline int64_t len(const Dict<K, V>& d) { return d.size(); }
template <class K, class V, detail::DictPart P>
inline int64_t len(const detail::DictView<K, V, P>& v) { return v.size(); }

}  // namespace py
