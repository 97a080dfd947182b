// expect: runtime_error exit status 1
// Opens a TCP connection to a port that is listening on the host (argv[2]).
#include <arpa/inet.h>
#include <cstdio>
#include <cstdlib>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
int main(int argc, char** argv) {
    if (argc < 3) return 2;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) { std::perror("socket"); return 1; }
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(std::atoi(argv[2]));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) { std::perror("connect"); return 1; }
    const char msg[] = "hello from the sandbox\n";
    write(fd, msg, sizeof msg - 1);
    std::puts("connected");
    return 0;
}
