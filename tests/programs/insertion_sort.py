# Insertion sort, selection sort and bubble sort on ints and floats.
def insertion_sort(xs):
    a = xs.copy()
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def selection_sort(xs):
    a = xs.copy()
    n = len(a)
    for i in range(n):
        m = i
        for j in range(i + 1, n):
            if a[j] < a[m]:
                m = j
        tmp = a[i]
        a[i] = a[m]
        a[m] = tmp
    return a

def bubble_sort(xs):
    a = xs[:]
    swaps = 0
    for end in range(len(a) - 1, 0, -1):
        swapped = False
        for i in range(end):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, swaps

ints = [5, -3, 9, 0, 2, 2, -8, 14, 7, 1]
floats = [3.5, -0.25, 1e-3, 2.0, -7.75, 0.1 + 0.2, 0.3]
print(insertion_sort(ints))
print(selection_sort(ints))
print(bubble_sort(ints))
print(insertion_sort(floats))
print(sorted(floats, reverse=True))
print(ints)
seq = []
v = 12345
for i in range(200):
    v = (v * 75 + 74) % 65537
    seq.append(v % 1000)
s1 = insertion_sort(seq)
s2 = selection_sort(seq)
s3, sw = bubble_sort(seq)
def same(a, b):
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x != y:
            return False
    return True

print(same(s1, sorted(seq)), same(s2, s1), same(s3, s1), sw)
print(same([1, 2], [1, 3]), same([1], [1, 1]))
print(s1[:10], s1[-10:])
print(insertion_sort([]), insertion_sort([42]))
