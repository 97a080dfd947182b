# tags: numeric
# difficulty: easy
# case: 20
# case: 70
# timing: 20
import sys

n = int(sys.argv[1])
x = 1
for _ in range(n):
    x *= 3
print(x)
