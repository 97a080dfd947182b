# Prints some lines, then dies with an uncaught IndexError (exit status 1).
xs = [i * 3 for i in range(10)]
print(xs)
print(xs[-1], xs[-10], xs[9])
total = 0
for i in range(12):
    print("reading index", i)
    total += xs[i]
    print("total", total)
print("never printed")
