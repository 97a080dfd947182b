# math.comb / math.perm / math.factorial give exact ints past 64 bits (Lah and Stirling-style tables).
import math

for i in range(0, 25, 4):
    print(i, math.factorial(i), math.comb(3 * i, i), math.perm(2 * i, i))
n = 100
print(math.comb(n, 50))
print(math.perm(n, 30))
print(math.comb(n, 0), math.comb(n, n), math.comb(5, 9), math.perm(5, 9), math.perm(6))
row = [math.comb(n, k) * math.factorial(k) for k in range(0, n + 1, 25)]
print(row)
try:
    math.comb(-1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    math.perm(4, -2)
except ValueError as e:
    print("ValueError:", e)
