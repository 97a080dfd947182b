# while loops: Euclid's gcd, lcm of a range, digit reversal, perfect numbers.
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a // gcd(a, b) * b

def reverse_digits(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r

def is_palindrome(n):
    return n == reverse_digits(n)

def divisor_sum(n):
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d * d != n:
                s += n // d
        d += 1
    return s

print(gcd(48, 18), gcd(18, 48), gcd(7, 13), gcd(0, 5), gcd(100, 0))
acc = 1
for i in range(1, 41):
    acc = lcm(acc, i)
    if i % 10 == 0:
        print("lcm(1..", i, ") =", acc)
print(reverse_digits(1234567890), reverse_digits(1000), reverse_digits(7))
pal = [n for n in range(100, 1000) if is_palindrome(n) and n % 7 == 0]
print(pal)
perfect = []
n = 2
while n < 10000:
    if divisor_sum(n) == n:
        perfect.append(n)
    n += 1
print("perfect:", perfect)
amicable = []
for a in range(2, 3000):
    b = divisor_sum(a)
    if b > a and divisor_sum(b) == a:
        amicable.append(a)
        amicable.append(b)
print("amicable:", amicable)
