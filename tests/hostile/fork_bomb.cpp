// expect: timeout
// Every process forks forever and ignores failures: the process cap holds the
// count down, the time limit ends the run, and nothing survives it.
#include <unistd.h>
int main() {
    for (;;) fork();
}
