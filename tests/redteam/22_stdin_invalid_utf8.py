# run with: --stdin tests/redteam/22_stdin_invalid_utf8.txt
import sys
data = sys.stdin.read()
print(len(data))
