//! `logging`'s module-level API on the root logger, as CPython 3.11 behaves with no handlers of
//! the program's own: `basicConfig(level=, format=)`, `disable(level)`, and `debug` / `info` /
//! `warning` / `error` / `critical` / `log`, which write `LEVEL:root:message` (or the configured
//! format) to stderr when the level is enabled.
//!
//! As in CPython, the first of those module functions to run configures the root logger by itself
//! (`basicConfig()` with no arguments), so a later `basicConfig(level=...)` changes nothing; a
//! disabled message is never formatted.
#pragma once
#include <string>
#include <string_view>

namespace py {

namespace logging_detail {
struct State {
    int64_t level = 30;  // WARNING
    int64_t disabled = 0;
    bool configured = false;
    std::string format = "%(levelname)s:%(name)s:%(message)s";
};
inline State& state() {
    static State s;
    return s;
}

inline std::string level_name(int64_t level) {
    switch (level) {
        case 50: return "CRITICAL";
        case 40: return "ERROR";
        case 30: return "WARNING";
        case 20: return "INFO";
        case 10: return "DEBUG";
        case 0: return "NOTSET";
        default: return "Level " + std::to_string(level);
    }
}
}  // namespace logging_detail

/// A level given as an int (one beyond int64 counts as the largest).
template <class N>
inline int64_t logging_level_of(const N& n) {
    return range_stop(n);
}

/// `logging.basicConfig(level=..., format=...)`: only the first configuration counts.
inline void logging_basic_config(std::optional<int64_t> level, std::optional<Str> format) {
    auto& s = logging_detail::state();
    if (s.configured) return;
    s.configured = true;
    if (level) s.level = *level;
    if (format) s.format = *format;
}

/// `logging.disable(level)`: messages at or below `level` are dropped.
inline void logging_disable(int64_t level) { logging_detail::state().disabled = level; }

/// Whether a message at `level` is written (configuring the root logger first, as the module
/// functions do).
inline bool logging_enabled(int64_t level) {
    auto& s = logging_detail::state();
    s.configured = true;
    return level > s.disabled && level >= s.level;
}

/// Writes one record with the configured format to stderr.
inline void logging_emit(int64_t level, const Str& message) {
    const std::string& f = logging_detail::state().format;
    std::string out;
    for (size_t i = 0; i < f.size(); ++i) {
        if (f[i] != '%') {
            out += f[i];
            continue;
        }
        if (i + 1 < f.size() && f[i + 1] == '%') {
            out += '%';
            ++i;
            continue;
        }
        size_t close = f.find(')', i);
        if (i + 1 >= f.size() || f[i + 1] != '(' || close == std::string::npos || close + 1 >= f.size()) {
            throw PyportLimit("logging format " + py::repr(Str(f)) + " is not supported by pyport's runtime");
        }
        std::string_view key(f.data() + i + 2, close - i - 2);
        char conv = f[close + 1];
        if (key == "levelname" && conv == 's') out += logging_detail::level_name(level);
        else if (key == "name" && conv == 's') out += "root";
        else if (key == "message" && conv == 's') out += message;
        else if (key == "levelno" && (conv == 's' || conv == 'd')) out += std::to_string(level);
        else throw PyportLimit("logging format field %(" + std::string(key) + ")" + conv + " is not supported by pyport's runtime");
        i = close + 1;
    }
    out += '\n';
    stderr_write(out);
}

}  // namespace py
