// expect: runtime_error exit status 1
// Tries to read a secret file outside its scratch directory (argv[1]) and print it.
#include <cstdio>
int main(int argc, char** argv) {
    if (argc < 2) return 2;
    FILE* f = std::fopen(argv[1], "r");
    if (!f) { std::perror(argv[1]); return 1; }
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) std::fwrite(buf, 1, n, stdout);
    return 0;
}
