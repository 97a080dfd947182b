//! Program entry `run_main` (big-stack thread, CPython-style tracebacks and exit codes), sys.argv / sys.exit, time.time / perf_counter.
#pragma once
#include "prebuilt.hpp"
#include <csignal>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <ctime>
#include <new>
#include <pthread.h>

#include "io.hpp"
#include "iter.hpp"

namespace py {

namespace detail {
inline List<Str> g_argv;
/// The script's name as the program was given it (`__file__` relative to the working directory).
inline const char* g_source_name = "";

/// The lowest stack address a function of the program may start at; 0 when the stack's bounds
/// are unknown (no check). See `py::stack_check`.
inline uintptr_t g_stack_floor = 0;
/// The program thread's stack: its lowest usable address (its end plus a margin) and its top.
inline uintptr_t g_stack_low = 0, g_stack_top = 0;
/// `sys.getrecursionlimit()`.
inline int64_t g_recursion_limit = 1000;

/// The stack a program with recursion limit `limit` may use: 8 KiB per Python frame (several
/// times what a compiled frame takes, so a recursion CPython allows fits: 8 MiB by default, as a
/// C program's stack), the whole stack at most. Not more: a runaway recursion of small frames
/// then fails after millions of them, and unwinding each one costs time.
inline void set_stack_budget(int64_t limit) {
    if (g_stack_top == 0) return;
    uintptr_t budget = limit > (int64_t{1} << 30) / (int64_t{8} << 10) ? ~uintptr_t{0} : static_cast<uintptr_t>(limit) * (uintptr_t{8} << 10);
    uintptr_t room = g_stack_top - g_stack_low;
    g_stack_floor = g_stack_top - (budget < room ? budget : room);
}

#if PYPORT_LIB_BODIES
/// Below `g_stack_floor`: what CPython raises when recursion goes too deep.
[[noreturn, gnu::cold, gnu::noinline]] PYPORT_LIBFN void raise_recursion_depth() {
    raise<RecursionError>("maximum recursion depth exceeded");
}

/// Records the stack of the calling thread (the one the program runs on) and sets the floor for
/// CPython's default limit.
PYPORT_LIBFN void set_stack_floor() {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
    void* low = nullptr;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &low, &size) == 0 && size > (size_t{4} << 20)) {
        // 1 MiB of margin: runtime helpers below a checked function (a deep repr, a big-int
        // product) and the exception's unwinding run there.
        g_stack_low = reinterpret_cast<uintptr_t>(low) + (size_t{1} << 20);
        g_stack_top = reinterpret_cast<uintptr_t>(low) + size;
        set_stack_budget(g_recursion_limit);
    }
    pthread_attr_destroy(&attr);
}
#else
[[noreturn, gnu::cold, gnu::noinline]] void raise_recursion_depth();
void set_stack_floor();
#endif

/// The stack pointer (near enough: the current frame).
inline uintptr_t stack_here() {
#if defined(__x86_64__)
    uintptr_t sp;
    asm("mov %%rsp, %0" : "=r"(sp));
    return sp;
#elif defined(__aarch64__)
    uintptr_t sp;
    asm("mov %0, sp" : "=r"(sp));
    return sp;
#else
    return reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
#endif
}

struct MainCtx {
    void (*body)();
    const char* source_name;
    int rc;
};

#if PYPORT_LIB_BODIES
PYPORT_LIBFN void report_exception(const char* source_name, const char* type, const std::string& msg) {
    flush_stdout();
    std::string t = "Traceback (most recent call last):\n  File \"";
    t += source_name;
    t += "\", line ?, in <module>\n";
    t += type;
    if (!msg.empty()) {
        t += ": ";
        t += msg;
    }
    t += '\n';
    stderr_write(t);
}

PYPORT_LIBFN int run_body(MainCtx* ctx) {
    set_stack_floor();
    try {
        ctx->body();
        flush_stdout();
        return 0;
    } catch (const SystemExit& e) {
        flush_stdout();
        if (e.has_message) stderr_write(e.msg + "\n");
        return e.code;
    } catch (const PyportLimit& e) {
        flush_stdout();
        std::string t = "pyport: error: " + e.msg +
                        "\npyport: the program stopped at a limit of the builtin engine where CPython would have "
                        "continued; `--engine auto` can hand the program to an LLM\n";
        stderr_write(t);
        return 1;
    } catch (const BaseException& e) {
        report_exception(ctx->source_name, e.type_name(), e.hint.empty() ? e.msg : e.msg + ". " + e.hint);
        return 1;
    } catch (const std::bad_alloc&) {
        report_exception(ctx->source_name, "MemoryError", "");
        return 1;
    } catch (const std::exception& e) {
        flush_stdout();
        stderr_write(std::string("pyport: internal error: ") + e.what() + "\n");
        return 1;
    } catch (...) {
        flush_stdout();
        stderr_write("pyport: internal error: unknown C++ exception\n");
        return 1;
    }
}
#else
void report_exception(const char* source_name, const char* type, const std::string& msg);
int run_body(MainCtx* ctx);
#endif

inline void* main_thread(void* arg) {
    auto* ctx = static_cast<MainCtx*>(arg);
    ctx->rc = run_body(ctx);
    return nullptr;
}
}  // namespace detail

/// At the start of each function of the program that may recurse. CPython stops runaway
/// recursion with a RecursionError at `sys.getrecursionlimit()` frames (1000 by default); the
/// port cannot count frames cheaply, so it raises it when the program has used the stack that
/// many frames may take (`set_stack_budget`), and never lets the stack overflow.
inline void stack_check() {
    if (__builtin_expect(detail::stack_here() < detail::g_stack_floor, 0)) detail::raise_recursion_depth();
}

/// `sys.setrecursionlimit(n)`: a larger limit lets the program use more of its stack.
inline void set_recursion_limit(int64_t n) {
    if (n < 1) raise<ValueError>("recursion limit must be greater or equal than 1");
    detail::g_recursion_limit = n;
    detail::set_stack_budget(n);
}

/// `sys.getrecursionlimit()`.
inline int64_t get_recursion_limit() { return detail::g_recursion_limit; }

/// `sys.argv`: one shared list (argv[0] is the Python source name, like CPython's script path).
inline List<Str> argv_list() { return detail::g_argv; }

/// `sys.exit(code)`.
[[noreturn]] inline void sys_exit(int64_t code = 0) { throw SystemExit(static_cast<int>(code)); }

/// `sys.exit("message")`: CPython prints the message to stderr and exits with status 1.
[[noreturn]] inline void sys_exit_message(std::string_view message) { throw SystemExit(1, std::string(message)); }

/// `time.time()`.
inline double time_time() {
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

/// `time.perf_counter()`.
inline double perf_counter() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

/// Entry point of a generated program: runs `body` on a thread with a 1 GiB
/// stack and turns uncaught Python exceptions into CPython's output and exit code.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN int run_main(int argc, char** argv, const char* source_name, void (*body)()) {
    std::signal(SIGPIPE, SIG_IGN);  // as CPython: a closed pipe is an EPIPE write error
#if defined(__GLIBC__)
    // Big ints (and big lists) allocate and free blocks of hundreds of KB on every operation.
    // glibc would map and unmap each one (and trim its heaps), so every operation paid page
    // faults: pidigits spent a third of its time in the kernel. Keep them in the heap instead.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
    detail::g_argv.clear();
    detail::g_argv.append(source_name);
    detail::g_source_name = source_name;
    for (int i = 1; i < argc; ++i) detail::g_argv.append(argv[i]);
    detail::g_stdout.line_flush = ::isatty(1) == 1;

    detail::MainCtx ctx{body, source_name, 0};
    pthread_attr_t attr;
    bool threaded = false;
    if (pthread_attr_init(&attr) == 0) {
        if (pthread_attr_setstacksize(&attr, size_t{1} << 30) == 0) {
            pthread_t th;
            if (pthread_create(&th, &attr, detail::main_thread, &ctx) == 0) {
                pthread_join(th, nullptr);
                threaded = true;
            }
        }
        pthread_attr_destroy(&attr);
    }
    if (!threaded) ctx.rc = detail::run_body(&ctx);
    flush_stdout();
    return ctx.rc;
}
#else
int run_main(int argc, char** argv, const char* source_name, void (*body)());
#endif

}  // namespace py
