# Recursion: factorial, fibonacci, ackermann, hanoi, gcd, power set size, digit sums.
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

moves = []

def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    count = hanoi(n - 1, src, via, dst)
    moves.append(src * 10 + dst)
    count += 1
    count += hanoi(n - 1, via, dst, src)
    return count

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def digit_sum(n):
    if n < 10:
        return n
    return n % 10 + digit_sum(n // 10)

def binomial(n, k):
    if k == 0 or k == n:
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

for i in [0, 1, 5, 10, 20]:
    print("factorial", i, factorial(i))
print([fib(i) for i in range(20)])
print(fib(22))
print(ackermann(2, 3), ackermann(3, 3))
print(hanoi(4, 1, 3, 2), moves[:8])
print(hanoi(10, 1, 3, 2), len(moves))
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(123456789, 987654321))
print(digit_sum(9876543210123), digit_sum(0))
print(binomial(10, 5), binomial(16, 8))
print(depth(900))
print(factorial(5) / factorial(3), factorial(20) // factorial(18))
