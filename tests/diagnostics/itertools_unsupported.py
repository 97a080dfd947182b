# itertools calls whose tuple length is not known at compile time, or not supported yet.
import itertools

xs = [int(c) for c in "3142"]
print(list(itertools.permutations(xs)))
print(list(itertools.combinations(xs, len(xs) - 1)))
print(list(itertools.groupby("aabbb")))
