def find(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            return i
    return None

def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x

best = None
for d in [5.5, 2.25, 9.0]:
    if best is None or d < best:
        best = d
print(best, find([3, 4, 5], 4), find([3], 9), first_even([1, 3]), first_even([1, 4]))
memo = [None] * 10
def fib(n):
    if memo[n] is not None:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(9), memo)
x = find([1, 2], 2)
if x is not None:
    print("found at", x + 1)
print(x)
