//! `colorsys`: CPython 3.11's Lib/colorsys.py, line by line, for float arguments (the compiler
//! refuses others: with an int argument CPython may return ints, e.g. `hsv_to_rgb(0, 0, 1)`).
#pragma once
#include <algorithm>
#include <cmath>
#include <tuple>

// g++ 12's straight-line vectorizer fuses `a*x - b*y` beside `c*x + d*y` into one vfmsubadd
// (rgb_to_yiq) even under -ffp-contract=off, which changes the last bit of the results CPython
// computes; these functions are kept out of line and out of that pass.
#if defined(__GNUC__) && !defined(__clang__)
#define PYPORT_COLORSYS_FN [[gnu::noinline, gnu::optimize("no-tree-slp-vectorize")]] inline
#else
#define PYPORT_COLORSYS_FN inline
#endif

namespace py {

namespace colorsys_detail {
inline constexpr double ONE_THIRD = 1.0 / 3.0;
inline constexpr double ONE_SIXTH = 1.0 / 6.0;
inline constexpr double TWO_THIRD = 2.0 / 3.0;
using RGB = std::tuple<double, double, double>;

inline double v(double m1, double m2, double hue) {
    hue = float_mod(hue, 1.0);
    if (hue < ONE_SIXTH) return m1 + (m2 - m1) * hue * 6.0;
    if (hue < 0.5) return m2;
    if (hue < TWO_THIRD) return m1 + (m2 - m1) * (TWO_THIRD - hue) * 6.0;
    return m1;
}

/// The hue of rgb_to_hls / rgb_to_hsv.
inline double hue(double r, double g, double b, double maxc, double rangec) {
    double rc = (maxc - r) / rangec, gc = (maxc - g) / rangec, bc = (maxc - b) / rangec;
    double h;
    if (r == maxc) h = bc - gc;
    else if (g == maxc) h = 2.0 + rc - bc;
    else h = 4.0 + gc - rc;
    return float_mod(h / 6.0, 1.0);
}
}  // namespace colorsys_detail

PYPORT_COLORSYS_FN colorsys_detail::RGB colorsys_rgb_to_yiq(double r, double g, double b) {
    double y = 0.30 * r + 0.59 * g + 0.11 * b;
    double i = 0.74 * (r - y) - 0.27 * (b - y);
    double q = 0.48 * (r - y) + 0.41 * (b - y);
    return {y, i, q};
}

PYPORT_COLORSYS_FN colorsys_detail::RGB colorsys_yiq_to_rgb(double y, double i, double q) {
    double r = y + 0.9468822170900693 * i + 0.6235565819861433 * q;
    double g = y - 0.27478764629897834 * i - 0.6356910791873801 * q;
    double b = y - 1.1085450346420322 * i + 1.7090069284064666 * q;
    auto clamp = [](double x) { return x < 0.0 ? 0.0 : x > 1.0 ? 1.0 : x; };
    return {clamp(r), clamp(g), clamp(b)};
}

PYPORT_COLORSYS_FN colorsys_detail::RGB colorsys_rgb_to_hls(double r, double g, double b) {
    double maxc = std::max(std::max(r, g), b), minc = std::min(std::min(r, g), b);
    double sumc = maxc + minc, rangec = maxc - minc;
    double l = sumc / 2.0;
    if (minc == maxc) return {0.0, l, 0.0};
    double s = l <= 0.5 ? rangec / sumc : rangec / (2.0 - maxc - minc);
    return {colorsys_detail::hue(r, g, b, maxc, rangec), l, s};
}

PYPORT_COLORSYS_FN colorsys_detail::RGB colorsys_hls_to_rgb(double h, double l, double s) {
    using namespace colorsys_detail;
    if (s == 0.0) return {l, l, l};
    double m2 = l <= 0.5 ? l * (1.0 + s) : l + s - (l * s);
    double m1 = 2.0 * l - m2;
    return {v(m1, m2, h + ONE_THIRD), v(m1, m2, h), v(m1, m2, h - ONE_THIRD)};
}

PYPORT_COLORSYS_FN colorsys_detail::RGB colorsys_rgb_to_hsv(double r, double g, double b) {
    double maxc = std::max(std::max(r, g), b), minc = std::min(std::min(r, g), b);
    double rangec = maxc - minc;
    if (minc == maxc) return {0.0, 0.0, maxc};
    double s = rangec / maxc;
    return {colorsys_detail::hue(r, g, b, maxc, rangec), s, maxc};
}

PYPORT_COLORSYS_FN colorsys_detail::RGB colorsys_hsv_to_rgb(double h, double s, double v) {
    if (s == 0.0) return {v, v, v};
    double hf = h * 6.0;
    if (std::isnan(hf)) throw ValueError("cannot convert float NaN to integer");
    if (std::isinf(hf)) throw OverflowError("cannot convert float infinity to integer");
    // `i = int(h*6.0)` (exact at any size: an integral double) and `f = (h*6.0) - i`.
    double ip = std::trunc(hf);
    double f = hf - ip;
    double p = v * (1.0 - s), q = v * (1.0 - s * f), t = v * (1.0 - s * (1.0 - f));
    auto i = static_cast<int64_t>(float_mod(ip, 6.0));
    switch (i) {
        case 0: return {v, t, p};
        case 1: return {q, v, p};
        case 2: return {p, v, t};
        case 3: return {p, q, v};
        case 4: return {t, p, v};
        default: return {v, p, q};
    }
}

}  // namespace py
