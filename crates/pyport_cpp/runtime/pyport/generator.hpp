//! `py::Generator<T>`: Python generators as C++20 coroutines (co_yield / co_return), shared like Python objects, with next()/StopIteration and range-for.
#pragma once
#include <coroutine>
#include <exception>

#include "base.hpp"

namespace py {

/// End marker for the input iterators of pyport's iterables.
struct IterEnd {};

template <class T>
class Generator {
public:
    using value_type = T;

    struct promise_type {
        T* value = nullptr;        // the yielded value, alive while suspended
        bool movable = false;      // value may be moved from
        bool closing = false;      // the generator is being closed: its `yield` raises GeneratorExit
        std::exception_ptr error;  // raised by the body, rethrown to the caller

        /// Suspends at a `yield`; on resumption by `close`, raises GeneratorExit there, so the
        /// body's `finally` blocks run (as CPython's `generator.close()`).
        struct YieldAwait {
            promise_type* p;
            bool await_ready() const noexcept { return false; }
            void await_suspend(std::coroutine_handle<promise_type>) const noexcept {}
            void await_resume() const {
                if (p->closing) [[unlikely]]
                    throw GeneratorExit();
            }
        };

        Generator get_return_object() {
            return Generator(std::coroutine_handle<promise_type>::from_promise(*this));
        }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }

        YieldAwait yield_value(T&& v) noexcept {
            value = std::addressof(v);
            movable = true;
            return {this};
        }
        YieldAwait yield_value(const T& v) noexcept {
            value = const_cast<T*>(std::addressof(v));
            movable = false;
            return {this};
        }
        /// A yielded value of another type is converted and kept in the frame.
        template <class U>
            requires(!std::is_same_v<std::remove_cvref_t<U>, T> && std::is_convertible_v<U &&, T>)
        auto yield_value(U&& v) {
            struct Holder {
                T val;
                promise_type* p;
                bool await_ready() const noexcept { return false; }
                void await_suspend(std::coroutine_handle<promise_type> h) noexcept {
                    h.promise().value = std::addressof(val);
                    h.promise().movable = true;
                }
                void await_resume() const { YieldAwait{p}.await_resume(); }
            };
            return Holder{T(std::forward<U>(v)), this};
        }
        void return_void() noexcept {}
        void unhandled_exception() {
            try {
                throw;
            } catch (const StopIteration&) {
                // PEP 479: StopIteration escaping a generator body.
                error = std::make_exception_ptr(RuntimeError("generator raised StopIteration"));
            } catch (...) {
                error = std::current_exception();
            }
        }
    };

private:
    struct State {
        std::coroutine_handle<promise_type> h;
        bool running = false;
        bool started = false;
        explicit State(std::coroutine_handle<promise_type> hh) : h(hh) {}
        State(const State&) = delete;
        State& operator=(const State&) = delete;
        /// The last reference is gone: like CPython, close a generator suspended at a `yield`
        /// (GeneratorExit runs its `finally` blocks; what they raise is ignored, as CPython
        /// ignores it for a collected generator), then free the frame.
        ~State() {
            if (!h) return;
            if (started && !h.done() && !running) {
                h.promise().closing = true;
                running = true;
                h.resume();
            }
            h.destroy();
        }
    };
    Shared<State> st_;

    explicit Generator(std::coroutine_handle<promise_type> h) : st_(py::make_shared<State>(h)) {}

    [[noreturn, PYPORT_COLD]] static void already_running() {
        throw ValueError("generator already executing");
    }

public:
    Generator() = default;

    /// Advance; false once finished. An exception raised by the body propagates
    /// to the caller, after which the generator is finished.
    bool next(T& out) const {
        State* s = st_.get();
        if (!s || s->h.done()) [[unlikely]]
            return false;
        if (s->running) [[unlikely]]
            already_running();
        s->running = true;
        s->started = true;
        s->h.resume();
        s->running = false;
        auto& pr = s->h.promise();
        if (s->h.done()) [[unlikely]] {
            if (pr.error) {
                auto e = std::move(pr.error);
                pr.error = nullptr;
                std::rethrow_exception(e);
            }
            return false;
        }
        if (pr.movable) out = std::move(*pr.value);
        else out = *pr.value;
        return true;
    }

    /// `next(g)`: StopIteration when exhausted.
    T next_or_raise() const {
        T out{};
        if (!next(out)) [[unlikely]]
            raise_lit<StopIteration>("");
        return out;
    }

    /// `next(g, default)`.
    T next_or(T dflt) const {
        T out{};
        if (!next(out)) return dflt;
        return out;
    }

    /// `a is b`.
    bool is(const Generator& o) const { return st_ == o.st_; }

    class iterator {
        const Generator* g_;
        T cur_{};
        bool done_ = false;

    public:
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        iterator() : g_(nullptr), done_(true) {}
        explicit iterator(const Generator* g) : g_(g) { done_ = !g_->next(cur_); }
        T& operator*() { return cur_; }
        const T& operator*() const { return cur_; }
        iterator& operator++() {
            done_ = !g_->next(cur_);
            return *this;
        }
        void operator++(int) { ++*this; }
        bool operator==(IterEnd) const { return done_; }
    };
    iterator begin() const { return iterator(this); }
    IterEnd end() const { return {}; }
};

/// `for x in obj` where `obj.__iter__()` returns an iterator object `it`: the values of
/// `it.__next__()` until it raises StopIteration (which ends the loop, as in CPython).
template <class R>
auto next_iter(R it) -> Generator<std::remove_cvref_t<decltype(it->_d_next())>> {
    using T = std::remove_cvref_t<decltype(it->_d_next())>;
    while (true) {
        std::optional<T> v;
        try {
            v.emplace(it->_d_next());
        } catch (const StopIteration&) {
            co_return;
        }
        co_yield std::move(*v);
    }
}

}  // namespace py
