// expect: output_limit
// Prints without end: the output cap stops the run.
#include <cstdio>
int main() {
    for (;;) std::puts("flood flood flood flood flood flood flood flood flood flood");
}
