# Tuples the builtin engine still refuses: `tuple` as a function of values that are not iterable.
# (A slice of a fixed tuple with run-time bounds compiles now: tuple_runtime_slices_sum.py.)
n = int("1")
pair = (1, "a")
print(pair[n:])
print(list(map(tuple, [1, 2])))
