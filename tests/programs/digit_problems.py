# Digit manipulation: Armstrong numbers, happy numbers, digit factorials.
import math

def digits_of(n):
    ds = []
    while n > 0:
        ds.append(n % 10)
        n //= 10
    ds.reverse()
    return ds

def is_armstrong(n):
    ds = digits_of(n)
    k = len(ds)
    return sum([d ** k for d in ds]) == n

def is_happy(n):
    seen = []
    while n != 1 and n not in seen:
        seen.append(n)
        n = sum([d * d for d in digits_of(n)])
    return n == 1

print(digits_of(907150), digits_of(5))
print([n for n in range(1, 10000) if is_armstrong(n)])
print([n for n in range(1, 60) if is_happy(n)])
facts = [math.factorial(d) for d in range(10)]
print(facts)
curious = []
for n in range(10, 41000):
    if sum([facts[d] for d in digits_of(n)]) == n:
        curious.append(n)
print(curious)
print(sum(digits_of(2 ** 50)), digits_of(2 ** 62)[:5])
