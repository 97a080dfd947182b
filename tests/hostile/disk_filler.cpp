// expect: runtime_error exit status 1
// Tries to write outside its scratch directory (argv[3]), then fills the
// scratch directory with 1 MiB files until the disk cap refuses a write.
#include <cstdio>
#include <string>
#include <vector>
int main(int argc, char** argv) {
    if (argc > 3) {
        std::string escaped = std::string(argv[3]) + "/escaped.txt";
        if (FILE* f = std::fopen(escaped.c_str(), "w")) {
            std::fputs("escaped\n", f);
            std::fclose(f);
        }
    }
    std::vector<char> chunk(1 << 20, 'x');
    for (int i = 0;; i++) {
        std::string name = "fill" + std::to_string(i) + ".bin";
        FILE* f = std::fopen(name.c_str(), "wb");
        if (!f) { std::perror(name.c_str()); return 1; }
        size_t written = std::fwrite(chunk.data(), 1, chunk.size(), f);
        if (std::fclose(f) != 0 || written != chunk.size()) { std::perror(name.c_str()); return 1; }
    }
}
