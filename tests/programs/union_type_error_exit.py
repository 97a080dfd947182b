# An operator on a value of several types that Python rejects for the type it holds at run time:
# CPython's TypeError (last stderr line) and exit status 1.
items = [3, "4", 5]
total = 0
for x in items:
    print("adding", repr(x))
    total = x + total
print(total)
