# tags: big-ints, numeric
# difficulty: easy
# case: 10
# case: 0
# case: 1
# case: 25
# timing: 24000
# Factorials as exact big integers: digit sum, number of digits, trailing
# zeros (checked against Legendre's formula) and leading digits of n!.
import sys

sys.set_int_max_str_digits(0)  # n! for large n has more than 4300 digits
n = int(sys.argv[1])
fact = 1
digit_sums = []
for k in range(1, n + 1):
    fact *= k
    if k % max(1, n // 40) == 0 or k == n:
        digit_sums.append((k, sum(int(d) for d in str(fact))))

text = str(fact)
trailing = len(text) - len(text.rstrip("0"))
legendre = 0
p = 5
while p <= n:
    legendre += n // p
    p *= 5

print(f"{n}! has {len(text)} digits")
print(f"leading digits: {text[:20]}")
print(f"trailing zeros: {trailing} (Legendre: {legendre})")
print("digit sums:", digit_sums)
print("n! mod 1000000007 =", fact % 1000000007)
if n <= 25:
    print(f"{n}! = {fact:,}")
