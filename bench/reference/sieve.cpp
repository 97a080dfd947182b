// Hand-written C++ version of examples/sieve.py: the "limit" pyport's output is compared with.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <vector>

int main() {
    const int64_t limit = 20000000;
    auto start = std::chrono::steady_clock::now();
    std::vector<bool> is_prime(limit + 1, true);
    is_prime[0] = is_prime[1] = false;
    for (int64_t i = 2; i * i <= limit; ++i)
        if (is_prime[i])
            for (int64_t j = i * i; j <= limit; j += i) is_prime[j] = false;
    int64_t count = 0, total = 0, last = 0, max_gap = 0, twins = 0;
    for (int64_t k = 2; k <= limit; ++k) {
        if (!is_prime[k]) continue;
        ++count;
        total += k;
        if (last > 0) {
            int64_t gap = k - last;
            if (gap > max_gap) max_gap = gap;
            if (gap == 2) ++twins;
        }
        last = k;
    }
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    std::printf("Primes below %lld : %lld\n", (long long)limit, (long long)count);
    std::printf("Sum of primes: %lld\n", (long long)total);
    std::printf("Largest prime: %lld\n", (long long)last);
    std::printf("Largest gap: %lld Twin prime pairs: %lld\n", (long long)max_gap, (long long)twins);
    std::printf("Execution Time: %.6f seconds\n", elapsed.count());
}
