# itertools: count, islice, chain, product, permutations, combinations, accumulate, in CPython's orders.
import itertools
from itertools import combinations, permutations, product


def primes():
    n = 2
    while True:
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            yield n
        n += 1


print(list(itertools.islice(primes(), 10)))
print(list(itertools.islice(range(20), 2, 15, 4)), list(itertools.islice("abcdefg", 3)))
print(list(itertools.islice(itertools.count(5, 3), 4)), list(itertools.islice(itertools.count(), 3)))
print(list(itertools.islice(itertools.count(0.5, 0.25), 3)))
for i in itertools.count(1):
    if i * i > 50:
        print("first square over 50:", i)
        break

gen = primes()
print(list(itertools.islice(gen, 0, 8, 3)), next(gen))

print(list(itertools.chain([1, 2], (3, 4), range(5, 7))), "".join(itertools.chain("ab", "cd")))
print(list(product([1, 2], "xy")), len(list(product(range(3), repeat=3))))
print(list(itertools.product("ab", repeat=2)))
print(list(permutations([1, 2, 3])), list(permutations("abcd", 2))[:5])
print(list(combinations(range(5), 3)), list(itertools.combinations_with_replacement("abc", 2)))
print(list(combinations([1, 2], 3)), list(permutations([], 0)), list(product(range(0), [1])))
print(list(itertools.accumulate([1, 2, 3, 4, 5])), list(itertools.accumulate([0.5, 0.25])))

total = 0
for a, b, c in product(range(4), range(4), range(4)):
    if a + b == c:
        total += a * b * c
print(total)
count = sum(1 for p in permutations(range(6), 6) if all(x != i for i, x in enumerate(p)))
print("derangements of 6:", count)
try:
    list(itertools.islice(range(5), -1))
except ValueError as e:
    print("ValueError:", e)
