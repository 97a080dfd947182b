# Recursive quicksort (functional and in-place) and merge sort.
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    greater = [x for x in xs if x > pivot]
    return quicksort(less) + equal + quicksort(greater)

def partition(a, lo, hi):
    pivot = a[hi]
    i = lo - 1
    for j in range(lo, hi):
        if a[j] <= pivot:
            i += 1
            t = a[i]
            a[i] = a[j]
            a[j] = t
    t = a[i + 1]
    a[i + 1] = a[hi]
    a[hi] = t
    return i + 1

def quicksort_range(a, lo, hi):
    if lo < hi:
        p = partition(a, lo, hi)
        quicksort_range(a, lo, p - 1)
        quicksort_range(a, p + 1, hi)

def quicksort_inplace(a):
    quicksort_range(a, 0, len(a) - 1)

def merge_sort(xs):
    if len(xs) <= 1:
        return xs.copy()
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = 0
    j = 0
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

data = [38, 27, 43, 3, 9, 82, 10, -5, 27, 0, 100, -42]
print(quicksort(data))
print(merge_sort(data))
a = data.copy()
quicksort_inplace(a)
print(a)
print(data)
fl = [2.5, -1.0, 3.25, 0.0, -0.5, 1e10, 1e-10]
print(quicksort(fl))
print(merge_sort(fl))

seq = []
v = 2024
for _ in range(3000):
    v = (v * 1664525 + 1013904223) % 4294967296
    seq.append(v % 100000 - 50000)
q1 = quicksort(seq)
q2 = merge_sort(seq)
q3 = seq.copy()
quicksort_inplace(q3)
q4 = sorted(seq)
ok = True
for i in range(len(seq)):
    if q1[i] != q2[i] or q2[i] != q3[i] or q3[i] != q4[i]:
        ok = False
print("all agree:", ok)
print(q1[:5], q1[-5:], len(q1))
