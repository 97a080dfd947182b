def find(xs, t):
    for i in range(len(xs)):
        if xs[i] == t:
            return i
    else:
        return -1

print(find([4, 5, 6], 5), find([1], 9))
