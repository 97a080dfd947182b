// Hand-written C++ version of examples/spectral_norm.py: the "limit" pyport's output is compared with.
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

static double eval_a(int64_t i, int64_t j) { return 1.0 / static_cast<double>((i + j) * (i + j + 1) / 2 + i + 1); }

static void mult_av(const std::vector<double>& v, std::vector<double>& out, int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
        double s = 0.0;
        for (int64_t j = 0; j < n; ++j) s += eval_a(i, j) * v[j];
        out[i] = s;
    }
}

static void mult_atv(const std::vector<double>& v, std::vector<double>& out, int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
        double s = 0.0;
        for (int64_t j = 0; j < n; ++j) s += eval_a(j, i) * v[j];
        out[i] = s;
    }
}

int main() {
    const int64_t n = 600;
    auto start = std::chrono::steady_clock::now();
    std::vector<double> u(n, 1.0), v(n, 0.0), tmp(n, 0.0);
    for (int k = 0; k < 10; ++k) {
        mult_av(u, tmp, n);
        mult_atv(tmp, v, n);
        mult_av(v, tmp, n);
        mult_atv(tmp, u, n);
    }
    double vbv = 0.0, vv = 0.0;
    for (int64_t i = 0; i < n; ++i) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    double result = std::sqrt(vbv / vv);
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    char repr[32];
    auto end = std::to_chars(repr, repr + sizeof repr, result).ptr;  // shortest round-trip, as Python's repr
    std::printf("%.9f\n", result);
    std::printf("Spectral norm: %.*s\n", int(end - repr), repr);
    std::printf("Execution Time: %.6f seconds\n", elapsed.count());
}
