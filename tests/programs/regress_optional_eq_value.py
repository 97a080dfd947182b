def find(xs, t):
    for i in range(len(xs)):
        if xs[i] == t:
            return i
    return None
r = find([1, 2], 9)
print(r == 0)
