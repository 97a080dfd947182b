//! Python slice index normalisation (PySlice_Unpack + PySlice_AdjustIndices semantics) shared by str and list slicing.
#pragma once
#include <limits>

#include "base.hpp"

namespace py {

/// A slice resolved against a sequence length: `count` items at start, start+step, ...
struct SliceBounds {
    int64_t start, stop, step, count;
};

inline SliceBounds slice_adjust(std::optional<int64_t> lo, std::optional<int64_t> hi,
                                std::optional<int64_t> st, int64_t length) {
    constexpr int64_t MAX = std::numeric_limits<int64_t>::max();
    constexpr int64_t MIN = std::numeric_limits<int64_t>::min();
    int64_t step = st ? *st : 1;
    if (step == 0) [[unlikely]]
        raise_lit<ValueError>("slice step cannot be zero");
    if (step < -MAX) step = -MAX;
    int64_t start = lo ? *lo : (step < 0 ? MAX : 0);
    int64_t stop = hi ? *hi : (step < 0 ? MIN : MAX);
    if (start < 0) {
        start += length;
        if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) {
        start = step < 0 ? length - 1 : length;
    }
    if (stop < 0) {
        stop += length;
        if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
        stop = step < 0 ? length - 1 : length;
    }
    int64_t count = 0;
    if (step < 0) {
        if (stop < start) count = (start - stop - 1) / (-step) + 1;
    } else {
        if (start < stop) count = (stop - start - 1) / step + 1;
    }
    return {start, stop, step, count};
}

}  // namespace py
