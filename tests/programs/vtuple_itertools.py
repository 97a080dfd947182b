# itertools with a tuple length known only at run time: items are `tuple[T, ...]`.
from itertools import permutations, combinations, combinations_with_replacement, product


def queens(n):
    count = 0
    first = None
    for cols in permutations(range(n)):
        if n == len(set(cols[i] + i for i in range(n))) == len(set(cols[i] - i for i in range(n))):
            count += 1
            if first is None:
                first = cols
    return count, first


for n in range(1, 7):
    print(n, queens(n))
words = ["x", "y", "z"]
for r in range(4):
    print(r, list(permutations(words, r)))
    print(r, list(combinations(words, r)), list(combinations_with_replacement("ab", r)))
    print(r, [p for p in product([0, 1], repeat=r)])
k = 5
print(len(list(permutations(words, k))), list(combinations([], k)), list(product("", repeat=0)))
total = set()
for c in combinations(range(6), len(words)):
    total.add(sum(c))
print(sorted(total))
print(list(permutations([1.5, 2])), min(permutations("bca")), sorted(combinations(["q", "p", "r"], 2), reverse=True))
