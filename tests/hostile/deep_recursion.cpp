// expect: runtime_error killed by SIGSEGV
// Unbounded recursion (not a tail call: the result is used) overflows the stack.
#include <cstdio>
long down(long n) {
    volatile char frame[256];
    frame[0] = static_cast<char>(n);
    return down(n + 1) + frame[0];
}
int main() { std::printf("%ld\n", down(0)); }
