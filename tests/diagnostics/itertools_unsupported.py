# itertools calls not supported yet.
import itertools

print(list(itertools.groupby("aabbb")))
