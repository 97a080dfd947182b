# Function attributes used as storage: a memo list on the function object,
# a call counter assigned inside the function, and two functions sharing state.


def q(n):
    if n < 1:
        raise ValueError("n must be >= 1")
    try:
        return q.seq[n]
    except IndexError:
        ans = q(n - q(n - 1)) + q(n - q(n - 2))
        q.seq.append(ans)
        return ans


q.seq = [None, 1, 1]


def counted(x):
    counted.calls += 1
    counted.last = x
    return x * x


counted.calls = 0
counted.last = None


def fib(n):
    while len(fib.memo) <= n:
        fib.memo.append(fib.memo[-1] + fib.memo[-2])
    return fib.memo[n]


fib.memo = [0, 1]


def reset():
    fib.memo = [0, 1]
    counted.calls = 0


print([q(i) for i in range(1, 16)], q(1000), len(q.seq))
print([counted(i) for i in range(5)], counted.calls, counted.last)
print(fib(90), len(fib.memo))
reset()
print(len(fib.memo), counted.calls, fib(10), fib.memo)
counted.calls += 10
print(counted(3), counted.calls)
print(q(0))
