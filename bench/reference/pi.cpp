// Hand-written C++ version of examples/pi.py: the "limit" pyport's output is compared with.
#include <chrono>
#include <cstdint>
#include <cstdio>

static double calculate(int64_t iterations, int64_t param1, int64_t param2) {
    double result = 1.0;
    for (int64_t i = 1; i <= iterations; ++i) {
        int64_t j = i * param1 - param2;
        result -= 1.0 / static_cast<double>(j);
        j = i * param1 + param2;
        result += 1.0 / static_cast<double>(j);
    }
    return result;
}

int main() {
    auto start = std::chrono::steady_clock::now();
    double result = calculate(100000000, 4, 1) * 4;
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    std::printf("Result: %.12f\n", result);
    std::printf("Execution Time: %.6f seconds\n", elapsed.count());
}
