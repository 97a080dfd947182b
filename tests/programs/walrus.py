# Assignment expressions in if/while/comprehensions (comprehension targets bind in the enclosing scope).
import sys

data = [3, 8, 1, 9, 4, 7]
if (n := len(data)) > 5:
    print("long list", n)


def chunks(xs, size):
    out = []
    i = 0
    while (chunk := xs[i:i + size]):
        out.append(chunk)
        i += size
    return out


print(chunks(data, 4))
values = [y for x in data if (y := x * x) > 10]
print(values, y)
total = 0
print([total := total + x for x in data], total)


def first_big(xs, limit):
    if any((hit := x) > limit for x in xs):
        return hit
    return -1


print(first_big(data, 7), first_big(data, 100))
line_count = 0
for line in sys.stdin:
    if (s := line.strip()):
        line_count += 1
        print(len(s), s)
print(line_count)
