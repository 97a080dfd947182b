# Positional, default and keyword arguments.
def describe(name_len, width=10, height=2.5, scale=1):
    area = width * height * scale
    print("len:", name_len, "width:", width, "height:", height, "scale:", scale, "area:", area)
    return area

describe(1)
describe(2, 4)
describe(3, 4, 5)
describe(4, 4, 5, 6)
describe(5, height=1.0)
describe(6, scale=3, width=2)
describe(name_len=7, width=1, height=1, scale=1)
describe(8, 3, scale=0.5)

def power_sum(n, p=2, start=1):
    total = 0
    for i in range(start, n + 1):
        total += i ** p
    return total

print(power_sum(10))
print(power_sum(10, 3))
print(power_sum(10, start=5))
print(power_sum(p=1, n=100))
print(power_sum(5, p=0, start=0))

def clamp(x, lo=0.0, hi=1.0):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x

for v in [-0.5, 0.25, 1.5]:
    print(clamp(v), clamp(v, hi=2.0), clamp(v, lo=-1.0), clamp(x=v, lo=0.3, hi=0.4))

def linspace(a, b, n=5, endpoint=True):
    if endpoint:
        step = (b - a) / (n - 1)
    else:
        step = (b - a) / n
    return [a + i * step for i in range(n)]

print(linspace(0.0, 1.0))
print(linspace(0.0, 1.0, endpoint=False))
print(linspace(-1, 1, n=3))
print(linspace(b=10, a=0, n=4))
