# expect: runtime_error exit status 1
# Opens a TCP connection to a port that is listening on the host (argv[2]).
import socket
import sys

s = socket.create_connection(("127.0.0.1", int(sys.argv[2])), timeout=5)
s.sendall(b"hello from the sandbox\n")
print("connected")
