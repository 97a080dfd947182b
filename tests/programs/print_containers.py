# Printing lists, nested lists, tuples, bools, strings and floats.
print([1, 2, 3])
print([1.0, 2.5, -0.0, 1e16, 1e-7, float('inf'), float('nan')])
print([True, False])
print(["a", "b c", "it's", ""])
print([[1, 2], [], [3]])
print([[0.5], [1.5, 2.5]])
print([[True], [False, True]])
print([["x", "y"], ["z"]])
print([[[1], [2, 3]], [[4]]])
print((1, 2), (1.5, "s"), (True, [1, 2]), ([0.1], 3))
print((1,), ())
e = [0]
e.pop()
print(e, len(e))
print(list(range(0)), [0] * 3, [[0] * 2] * 0)
x = [1, 2]
y = [x, x]
print(y)
x.append(3)
print(y)
print(str(5), str(-2.25), [str(3), str(3.0)])
print("list:", [1, 2], "tuple:", (3, 4), "float:", 0.1)
words = ["alpha", "beta"]
print(f"{words} {[1.5, 2.0]} {(1, 'a')} {[True]}")
print("{} {}".format([1, 2], (3.5, -1)))
