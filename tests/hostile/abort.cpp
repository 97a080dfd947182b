// expect: runtime_error killed by SIGABRT
#include <cstdlib>
int main() { std::abort(); }
