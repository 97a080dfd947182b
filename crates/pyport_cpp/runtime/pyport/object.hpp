//! User classes: `py::Object` (the intrusive reference count every generated class derives from)
//! and `py::Ref<T>`, the shared reference a Python variable holds. A null `Ref` is `None`.
//! Reference cycles are never freed (no cycle collector); nothing is used after it is freed.
#pragma once
#include "prebuilt.hpp"
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base.hpp"
#include "except.hpp"

namespace py {

namespace detail {
/// Objects of up to `kPoolMax` bytes come from per-size free lists (16-byte steps) carved from
/// 64 KiB blocks: a program that makes and drops millions of small objects (trees, linked lists,
/// records) pays a pointer pop and push per object instead of malloc and free. Freed memory goes
/// back to its list for the next object of that size and is never returned to the system
/// (CPython's pymalloc keeps its arenas in much the same way). Per thread, like the counts.
inline constexpr size_t kPoolMax = 256;
inline constinit thread_local void* pool_free[kPoolMax / 16 + 1] = {};
#if PYPORT_LIB_BODIES
/// Refills the free list of size class `c` (objects of `16 * c` bytes) and returns one object.
PYPORT_LIBFN void* pool_refill(size_t c) {
    const size_t size = 16 * c, block = size_t{64} << 10;
    char* b = static_cast<char*>(::operator new(block));
    const size_t n = block / size;
    for (size_t i = 1; i + 1 < n; ++i) *reinterpret_cast<void**>(b + i * size) = b + (i + 1) * size;
    *reinterpret_cast<void**>(b + (n - 1) * size) = nullptr;
    pool_free[c] = n > 1 ? b + size : nullptr;
    return b;
}
#else
void* pool_refill(size_t c);
#endif
}  // namespace detail

/// Base of every generated class: a non-atomic reference count and a virtual destructor.
struct Object {
    static void* operator new(size_t n) {
        if (n > detail::kPoolMax) return ::operator new(n);
        const size_t c = (n + 15) >> 4;
        if (void* p = detail::pool_free[c]) [[likely]] {
            detail::pool_free[c] = *static_cast<void**>(p);
            return p;
        }
        return detail::pool_refill(c);
    }
    /// Sized: a class's deleting destructor passes its own size (the destructor is virtual).
    static void operator delete(void* p, size_t n) {
        if (n > detail::kPoolMax) return ::operator delete(p);
        const size_t c = (n + 15) >> 4;
        *static_cast<void**>(p) = detail::pool_free[c];
        detail::pool_free[c] = p;
    }
    int64_t py_refcount_ = 0;
    Object() = default;
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;
    virtual ~Object() = default;
    /// `type(self).__name__` (each compiled class overrides it).
    virtual const char* py_type_name() const { return "object"; }
    /// The class's number in a preorder walk of the program's class tree: an object is an instance
    /// of class C when its number lies in C's `py_class_lo..py_class_hi` (each compiled class
    /// overrides it; see `isinstance`).
    virtual int py_class_id() const { return -1; }
};

namespace detail {
/// Frees an object whose last reference went away. Freeing it may free the objects it references in
/// turn; those are queued and freed by the outermost call, so a long linked list does not recurse
/// once per node and overflow the stack (CPython's "trashcan" does the same).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN void destroy_object(Object* o) {
    static thread_local int depth = 0;
    static thread_local std::vector<Object*> pending;
    if (depth > 0) {
        pending.push_back(o);
        return;
    }
    ++depth;
    delete o;
    while (!pending.empty()) {
        Object* p = pending.back();
        pending.pop_back();
        delete p;
    }
    --depth;
}
#else
void destroy_object(Object* o);
#endif
}  // namespace detail

/// Printing an object whose class (as run) defines no `__str__` or `__repr__`: CPython prints
/// `<__main__.X object at 0x...>`, an address that differs on every run, so the port stops.
[[noreturn]] inline void object_without_repr(const char* type_name) {
    throw PyportLimit(std::string("printing a `") + type_name +
                      "` object, whose class defines no __str__ or __repr__ (CPython prints its memory address)");
}

template <class T>
class Ref {
    T* p_ = nullptr;
    template <class U> friend class Ref;

    void release() {
        if (p_ && --static_cast<Object*>(p_)->py_refcount_ == 0) detail::destroy_object(static_cast<Object*>(p_));
    }

public:
    /// One pointer, never into itself: lists move Refs with memmove (list.hpp).
    using pyport_relocatable = void;
    Ref() = default;
    explicit Ref(T* p) : p_(p) {
        if (p_) ++static_cast<Object*>(p_)->py_refcount_;
    }
    Ref(const Ref& o) : p_(o.p_) {
        if (p_) ++static_cast<Object*>(p_)->py_refcount_;
    }
    Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
    template <class U>
        requires std::is_convertible_v<U*, T*>
    Ref(const Ref<U>& o) : p_(o.p_) {  // NOLINT: a subclass reference is a base reference
        if (p_) ++static_cast<Object*>(p_)->py_refcount_;
    }
    template <class U>
        requires std::is_convertible_v<U*, T*>
    Ref(Ref<U>&& o) noexcept : p_(o.p_) {  // NOLINT
        o.p_ = nullptr;
    }
    ~Ref() { release(); }
    Ref& operator=(Ref o) noexcept {
        std::swap(p_, o.p_);
        return *this;
    }

    T* get() const { return p_; }
    T* operator->() const { return p_; }
    T& operator*() const { return *p_; }

    // Hooks the generic runtime (print, repr, ==, <, hash, truth) uses; they call the class's dunders.
    void py_repr(std::string& out) const {
        if constexpr (requires(T* q) { q->_d_repr(); }) out += p_->_d_repr();
        else object_without_repr(p_->py_type_name());
    }
    void py_str(std::string& out) const {
        if constexpr (requires(T* q) { q->_d_str(); }) out += p_->_d_str();
        else py_repr(out);
    }
    template <class U>
    bool py_eq(const Ref<U>& o) const {
        if constexpr (requires(T* q) { q->_d_eq(o); }) return p_->_d_eq(o);
        else return static_cast<const void*>(p_) == static_cast<const void*>(o.p_);
    }
    template <class U>
    bool py_lt(const Ref<U>& o) const {
        if constexpr (requires(T* q) { q->_d_lt(o); }) return p_->_d_lt(o);
        // No `__lt__`: CPython tries the reflected `o.__gt__(self)`.
        else if constexpr (requires(U* q) { q->_d_gt(*this); }) return o.p_->_d_gt(*this);
        else {
            // No `__lt__` (e.g. heap entries `(priority, count, node)` whose counts never tie:
            // Python never compares the nodes, but C++ must still be able to).
            raise<TypeError>(std::string("'<' not supported between instances of '") + p_->py_type_name() + "' and '" +
                             o.p_->py_type_name() + "'");
        }
    }
    /// `@functools.total_ordering`: `>`/`>=` come from `__lt__` and `==` as functools defines them.
    /// (A function, so `T` is complete when it is asked.)
    static constexpr bool py_total_ordering() { return requires { T::_total_ordering; }; }
    int64_t py_hash() const {
        if constexpr (requires(T* q) { q->_d_hash(); }) {
            // CPython's slot_tp_hash: `__hash__`'s value when it fits a Py_ssize_t (-1 becomes -2),
            // else that int's own hash.
            const auto h = p_->_d_hash();
            int64_t v;
            if constexpr (requires { h.is_small(); h.py_hash(); }) {
                if (!h.is_small()) return h.py_hash();
                v = h.small();
            } else {
                v = static_cast<int64_t>(h);
            }
            return v == -1 ? -2 : v;
        } else {
            // CPython's default: the address, rotated by 4 bits.
            auto v = reinterpret_cast<uintptr_t>(static_cast<const void*>(p_));
            int64_t h = static_cast<int64_t>((v >> 4) | (v << (8 * sizeof(v) - 4)));
            return h == -1 ? -2 : h;
        }
    }
    /// The object's truth: its class's `__bool__`, else `__len__() != 0`, else true.
    bool py_bool() const {
        if constexpr (requires(T* q) { q->_d_bool(); }) return p_->_d_bool();
        else if constexpr (requires(T* q) { q->_d_len(); }) return p_->_d_len() != 0;
        else return p_ != nullptr;
    }
};

}  // namespace py

/// `Optional[C]` (an object or None; a tree's child, a list's next node) in one pointer: None is
/// the null `Ref`. The same interface as the general `std::optional`, which would add a flag and
/// padding to every such field and test the flag on every access.
template <class T>
class std::optional<py::Ref<T>> {
    py::Ref<T> r_;

public:
    using value_type = py::Ref<T>;
    constexpr optional() noexcept = default;
    constexpr optional(std::nullopt_t) noexcept {}
    optional(const optional&) = default;
    optional(optional&&) noexcept = default;
    template <class U = py::Ref<T>>
        requires std::is_constructible_v<py::Ref<T>, U&&> && (!std::is_same_v<std::remove_cvref_t<U>, optional>) &&
                 (!std::is_same_v<std::remove_cvref_t<U>, std::in_place_t>)
    optional(U&& v) : r_(std::forward<U>(v)) {}  // NOLINT: implicit like std::optional's
    template <class... A>
    explicit optional(std::in_place_t, A&&... a) : r_(std::forward<A>(a)...) {}
    template <class U>
        requires std::is_constructible_v<py::Ref<T>, const py::Ref<U>&> && (!std::is_same_v<U, T>)
    optional(const optional<py::Ref<U>>& o) {  // NOLINT
        if (o) r_ = *o;
    }
    template <class U>
        requires std::is_constructible_v<py::Ref<T>, py::Ref<U>&&> && (!std::is_same_v<U, T>)
    optional(optional<py::Ref<U>>&& o) {  // NOLINT
        if (o) r_ = std::move(*o);
    }
    optional& operator=(const optional&) = default;
    optional& operator=(optional&&) noexcept = default;
    optional& operator=(std::nullopt_t) noexcept {
        r_ = py::Ref<T>();
        return *this;
    }
    template <class U = py::Ref<T>>
        requires std::is_constructible_v<py::Ref<T>, U&&> && (!std::is_same_v<std::remove_cvref_t<U>, optional>)
    optional& operator=(U&& v) {
        r_ = py::Ref<T>(std::forward<U>(v));
        return *this;
    }
    template <class U>
        requires(!std::is_same_v<U, T>)
    optional& operator=(const optional<py::Ref<U>>& o) {
        r_ = o ? py::Ref<T>(*o) : py::Ref<T>();
        return *this;
    }

    constexpr bool has_value() const noexcept { return r_.get() != nullptr; }
    constexpr explicit operator bool() const noexcept { return has_value(); }
    py::Ref<T>& operator*() & noexcept { return r_; }
    const py::Ref<T>& operator*() const& noexcept { return r_; }
    py::Ref<T>&& operator*() && noexcept { return std::move(r_); }
    py::Ref<T>* operator->() noexcept { return &r_; }
    const py::Ref<T>* operator->() const noexcept { return &r_; }
    py::Ref<T>& value() & {
        if (!has_value()) throw std::bad_optional_access();
        return r_;
    }
    const py::Ref<T>& value() const& {
        if (!has_value()) throw std::bad_optional_access();
        return r_;
    }
    py::Ref<T>&& value() && {
        if (!has_value()) throw std::bad_optional_access();
        return std::move(r_);
    }
    template <class U>
    py::Ref<T> value_or(U&& d) const& {
        return has_value() ? r_ : py::Ref<T>(std::forward<U>(d));
    }
    template <class... A>
    py::Ref<T>& emplace(A&&... a) {
        r_ = py::Ref<T>(std::forward<A>(a)...);
        return r_;
    }
    void reset() noexcept { r_ = py::Ref<T>(); }
    void swap(optional& o) noexcept { std::swap(r_, o.r_); }

    friend bool operator==(const optional& a, std::nullopt_t) noexcept { return !a; }
    template <class U>
    friend bool operator==(const optional& a, const optional<py::Ref<U>>& b) {
        if (!a || !b) return !a && !b;
        return *a == *b;
    }
};

namespace py {

/// `T(args)`: a new object, initialized by `init` (the class's `__init__`).
template <class T>
inline Ref<T> make_object() {
    return Ref<T>(new T());
}

/// `x.attr` where `x` may be None: the object, or Python's AttributeError.
template <class T>
inline const Ref<T>& attr_of(const std::optional<Ref<T>>& o, const char* attr) {
    if (!o.has_value()) [[unlikely]]
        raise<AttributeError>(std::string("'NoneType' object has no attribute '") + attr + "'");
    return *o;
}
template <class T>
inline const Ref<T>& attr_of(const Ref<T>& o, const char*) {
    return o;
}

/// `a is b` on objects (or None).
template <class A, class B>
inline bool same_object(const std::optional<Ref<A>>& a, const std::optional<Ref<B>>& b) {
    if (!a || !b) return !a && !b;
    return static_cast<const void*>(a->get()) == static_cast<const void*>(b->get());
}
template <class A, class B>
inline bool same_object(const Ref<A>& a, const std::optional<Ref<B>>& b) {
    return b && static_cast<const void*>(a.get()) == static_cast<const void*>(b->get());
}
template <class A, class B>
inline bool same_object(const std::optional<Ref<A>>& a, const Ref<B>& b) {
    return same_object(b, a);
}
template <class A, class B>
inline bool same_object(const Ref<A>& a, const Ref<B>& b) {
    return static_cast<const void*>(a.get()) == static_cast<const void*>(b.get());
}

/// `isinstance(x, C)`: a range test of the object's class number (compiled classes), else a
/// `dynamic_cast`.
template <class C, class T>
inline bool isinstance(const Ref<T>& x) {
    if constexpr (requires { C::py_class_lo; C::py_class_hi; }) {
        const T* p = x.get();
        return p && static_cast<unsigned>(p->py_class_id() - C::py_class_lo) <= static_cast<unsigned>(C::py_class_hi - C::py_class_lo);
    } else {
        return dynamic_cast<C*>(x.get()) != nullptr;
    }
}
template <class C, class T>
inline bool isinstance(const std::optional<Ref<T>>& x) {
    return x && isinstance<C>(*x);
}

}  // namespace py
