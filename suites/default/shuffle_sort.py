# tags: random, containers, recursion
# difficulty: medium
# case: 1 10
# case: 5 0
# case: 9 1
# case: 2 300
# timing: 77 200000
# Shuffle a list with a seeded generator and sort it back with hand-written
# merge sort, quicksort and heapsort, checked against sorted(); also sorting
# records by several keys and random.sample. argv: seed, list size.
import random
import sys


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quicksort(xs, lo=0, hi=None):
    if hi is None:
        hi = len(xs) - 1
    while lo < hi:
        pivot = xs[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while xs[i] < pivot:
                i += 1
            while xs[j] > pivot:
                j -= 1
            if i <= j:
                xs[i], xs[j] = xs[j], xs[i]
                i += 1
                j -= 1
        if j - lo < hi - i:
            quicksort(xs, lo, j)
            lo = i
        else:
            quicksort(xs, i, hi)
            hi = j
    return xs


def heapsort(xs):
    def sift(a, start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return

    a = list(xs)
    for start in range(len(a) // 2 - 1, -1, -1):
        sift(a, start, len(a) - 1)
    for end in range(len(a) - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(a, 0, end - 1)
    return a


seed, n = int(sys.argv[1]), int(sys.argv[2])
random.seed(seed)
data = list(range(n)) + [random.randint(0, n) for _ in range(n // 4)]
random.shuffle(data)
print("shuffled head:", data[:8])
expected = sorted(data)
print("merge sort ok:", merge_sort(data) == expected)
print("quicksort ok:", quicksort(list(data)) == expected)
print("heapsort ok:", heapsort(data) == expected)
people = [(random.choice(["ann", "bo", "cat", "dan"]), random.randint(18, 80), round(random.random(), 3))
          for _ in range(min(n, 2000))]
by_age = sorted(people, key=lambda p: (-p[1], p[0]))
print("oldest:", by_age[:3])
print("by name then score:", sorted(people, key=lambda p: p[0] + str(p[2]))[:2])
print("sample:", random.sample(data, min(5, len(data))))
print("stable sort keeps order:", sorted(range(20), key=lambda k: k % 3))
