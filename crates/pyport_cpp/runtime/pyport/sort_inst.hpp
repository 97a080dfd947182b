//! The sorts most programs make, compiled once into the prebuilt runtime object (prebuilt.hpp).
//!
//! A `TimSort<S, Less>` is the largest code in most programs that sort (some 15 KB of machine
//! code per element type, once per compile). With `PYPORT_LIBRARY` the ones below are instantiated
//! here; with `PYPORT_PREBUILT` a program only declares them (`extern template`) and links the
//! object's copies; header-only, nothing changes.
#pragma once
#include "sort.hpp"

#if defined(PYPORT_LIBRARY)
#define PYPORT_SORT_INST(...) template class py::detail::TimSort<__VA_ARGS__>;
#elif defined(PYPORT_PREBUILT)
#define PYPORT_SORT_INST(...) extern template class py::detail::TimSort<__VA_ARGS__>;
#else
#define PYPORT_SORT_INST(...)
#endif

// `xs.sort()` / `sorted(xs)`.
PYPORT_SORT_INST(int64_t, py::detail::PyLess)
PYPORT_SORT_INST(double, py::detail::PyLess)
PYPORT_SORT_INST(py::Int, py::detail::PyLess)
PYPORT_SORT_INST(py::Str, py::detail::PyLess)
PYPORT_SORT_INST(std::tuple<py::Int, py::Int>, py::detail::PyLess)
PYPORT_SORT_INST(std::tuple<py::Str, py::Int>, py::detail::PyLess)
PYPORT_SORT_INST(std::tuple<py::Int, py::Str>, py::detail::PyLess)
PYPORT_SORT_INST(std::tuple<int64_t, int64_t>, py::detail::PyLess)
// `sort(key=...)` / `sorted(key=...)`: (key, position) pairs.
PYPORT_SORT_INST(std::pair<int64_t, size_t>, py::detail::FirstLess)
PYPORT_SORT_INST(std::pair<double, size_t>, py::detail::FirstLess)
PYPORT_SORT_INST(std::pair<py::Int, size_t>, py::detail::FirstLess)
PYPORT_SORT_INST(std::pair<py::Str, size_t>, py::detail::FirstLess)
PYPORT_SORT_INST(std::pair<std::tuple<py::Int, py::Int>, size_t>, py::detail::FirstLess)
PYPORT_SORT_INST(std::pair<std::tuple<py::Int, py::Str>, size_t>, py::detail::FirstLess)
// `Counter.most_common()`.
PYPORT_SORT_INST(std::tuple<py::Str, py::Int>, py::detail::CountLess)
PYPORT_SORT_INST(std::tuple<py::Int, py::Int>, py::detail::CountLess)

#undef PYPORT_SORT_INST
