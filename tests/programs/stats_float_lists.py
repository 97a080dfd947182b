# Descriptive statistics over float lists: mean, variance, median, percentiles.
import math

def mean(xs):
    return sum(xs) / len(xs)

def variance(xs, sample=False):
    m = mean(xs)
    ss = 0.0
    for x in xs:
        ss += (x - m) ** 2
    return ss / (len(xs) - 1 if sample else len(xs))

def median(xs):
    s = sorted(xs)
    n = len(s)
    if n % 2 == 1:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2

def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    f = math.floor(k)
    c = math.ceil(k)
    if f == c:
        return s[f]
    return s[f] * (c - k) + s[c] * (k - f)

data = [2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 7.0, 6.4, 2.2]
print(mean(data), variance(data), variance(data, sample=True))
print(math.sqrt(variance(data)), median(data), median(data[:9]))
for p in [0, 10, 25, 50, 75, 90, 100]:
    print(p, percentile(data, p))
ints = [4, 8, 15, 16, 23, 42]
print(mean(ints), variance(ints), median(ints), median(ints[:5]), percentile(ints, 50))
z = [(x - mean(data)) / math.sqrt(variance(data)) for x in data]
print(z)
print(f"{min(z):.4f} {max(z):.4f} {sum(z):.4e}")
