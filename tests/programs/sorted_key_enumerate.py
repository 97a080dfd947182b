# sorted(iterable, key=...) of an iterable whose items are another C++ type than the list's (enumerate's index).
visitcounts = [5, 2, 9]
temp = sorted(enumerate(visitcounts), key=(lambda ic: -ic[1]))
print(temp)
x = [3] * 5
for i in range(3):
    x[i] += 10 ** 20
pairs = sorted(enumerate(x), key=lambda p: -p[1])
print(pairs)
