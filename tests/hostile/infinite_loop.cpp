// expect: timeout
// A program that never ends: the run is stopped at its time limit.
int main() {
    volatile unsigned long n = 0;
    for (;;) n = n + 1;
}
