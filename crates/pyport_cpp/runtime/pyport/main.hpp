//! Program entry `run_main` (big-stack thread, CPython-style tracebacks and exit codes), sys.argv / sys.exit, time.time / perf_counter.
#pragma once
#include "prebuilt.hpp"
#include <csignal>
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
                        "\npyport: the program stopped because a value left what the builtin engine can represent "
                        "exactly; CPython would have continued\n";
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
