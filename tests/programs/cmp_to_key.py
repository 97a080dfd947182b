# functools.cmp_to_key as sort/sorted/min/max keys: named functions and lambdas returning ints,
# bools or floats; reverse=True keeps CPython's stability.
import functools
from functools import cmp_to_key


def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


def float_cmp(a, b):
    return a[1] - b[1]


words = ["pear", "fig", "apple", "kiwi", "date", "banana", "plum"]
print(sorted(words, key=cmp_to_key(by_len_then_rev)))
print(sorted(words, key=functools.cmp_to_key(by_len_then_rev), reverse=True))
nums = [5, 3, 9, 1, 3]
nums.sort(key=cmp_to_key(lambda x, y: y - x))
print(nums)
pairs = [("a", 2.5), ("b", 0.5), ("c", 1.5), ("d", 0.5)]
print(sorted(pairs, key=cmp_to_key(float_cmp)))
print(max(words, key=cmp_to_key(by_len_then_rev)), min(words, key=cmp_to_key(by_len_then_rev)))
# Largest number formed by concatenation (a classic use).
parts = [str(x) for x in [3, 30, 34, 5, 9]]
parts.sort(key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
print("".join(parts))
