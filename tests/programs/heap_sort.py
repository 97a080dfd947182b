# A binary min-heap implemented on a list, and heap sort.
def sift_up(h, i):
    while i > 0:
        parent = (i - 1) // 2
        if h[i] < h[parent]:
            h[i], h[parent] = h[parent], h[i]
            i = parent
        else:
            break

def sift_down(h, i, n):
    while True:
        smallest = i
        left = 2 * i + 1
        right = 2 * i + 2
        if left < n and h[left] < h[smallest]:
            smallest = left
        if right < n and h[right] < h[smallest]:
            smallest = right
        if smallest == i:
            return
        h[i], h[smallest] = h[smallest], h[i]
        i = smallest

def heap_push(h, v):
    h.append(v)
    sift_up(h, len(h) - 1)

def heap_pop(h):
    top = h[0]
    last = h.pop()
    if len(h) > 0:
        h[0] = last
        sift_down(h, 0, len(h))
    return top

def heap_sort(xs):
    h = []
    for x in xs:
        heap_push(h, x)
    out = []
    while len(h) > 0:
        out.append(heap_pop(h))
    return out

data = [9, 4, 7, 1, -2, 6, 5, 4, 0, 12]
h = []
for x in data:
    heap_push(h, x)
    print(h)
print(heap_pop(h), heap_pop(h), h)
print(heap_sort(data))
print(heap_sort([3.5, -1.25, 2.0, 0.0, 1e-3]))
v = 99
big = []
for i in range(2000):
    v = (v * 48271) % 2147483647
    big.append(v % 10000)
hs = heap_sort(big)
ok = True
for i in range(1, len(hs)):
    if hs[i - 1] > hs[i]:
        ok = False
print(ok, hs[:8], hs[-3:], len(hs))
