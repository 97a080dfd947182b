// expect: memory_limit
// Allocates (and touches) 64 MiB blocks until the memory limit refuses one.
#include <cstring>
#include <vector>
int main() {
    std::vector<char*> blocks;
    for (;;) {
        char* block = new char[64 << 20];
        std::memset(block, 1, 64 << 20);
        blocks.push_back(block);
    }
}
