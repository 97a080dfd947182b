// expect: runtime_error killed by SIGSEGV
int main() {
    volatile int* p = nullptr;
    *p = 1;
}
