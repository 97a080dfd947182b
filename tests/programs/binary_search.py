# Binary search (iterative and recursive), lower bound and bisection on floats.
def binary_search(xs, target):
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

def bsearch_rec(xs, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return bsearch_rec(xs, target, mid + 1, hi)
    return bsearch_rec(xs, target, lo, mid - 1)

def lower_bound(xs, target):
    lo = 0
    hi = len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

def bisect_sqrt(v, iterations=60):
    lo = 0.0
    hi = max(1.0, v)
    for _ in range(iterations):
        mid = (lo + hi) / 2
        if mid * mid < v:
            lo = mid
        else:
            hi = mid
    return lo

data = [i * i - 3 * i for i in range(-20, 40, 3)]
data.sort()
print(data)
for t in [-2, 0, 4, 54, 1000, 1369, -100]:
    print(t, binary_search(data, t), bsearch_rec(data, t, 0, len(data) - 1), lower_bound(data, t), t in data)
print(bisect_sqrt(2.0))
print(bisect_sqrt(10.0, iterations=20))
print(bisect_sqrt(v=0.25))
print(lower_bound([1, 1, 1, 2, 2, 3], 2), lower_bound([], 5))
