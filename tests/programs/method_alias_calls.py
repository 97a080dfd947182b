import math
import bisect

sqrt = math.sqrt


def f(n):
    xs = list(range(n))
    push = xs.append
    pop = xs.pop
    ins = xs.insert
    for i in range(3):
        push(i * i)
        ins(0, pop())
    bis = bisect.bisect
    return xs, bis(xs, 2), sqrt(n)


print(f(5))
