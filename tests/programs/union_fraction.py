# Lists that start as ints and receive Fractions (`A = [0] * n`, then `A[m] = Fraction(1, m + 1)`):
# int-or-Fraction values with CPython's arithmetic, comparisons, equality, printing and attributes.
from fractions import Fraction as Fr


def bernoulli(n):
    A = [0] * (n + 1)
    for m in range(n + 1):
        A[m] = Fr(1, m + 1)
        for j in range(m, 0, -1):
            A[j - 1] = j * (A[j - 1] - A[j])
    return A[0]


bn = [(i, bernoulli(i)) for i in range(21)]
bn = [(i, b) for i, b in bn if b]
width = max(len(str(b.numerator)) for i, b in bn)
for i, b in bn:
    print("B(%2i) = %*i/%i" % (i, width, b.numerator, b.denominator))

t = [0] * 5
for k in range(1, 5):
    t[k] += Fr(k, 3) * 2
t[0] = 7
print(t, [str(x) for x in t])
print(t[0] == 7, t[3] == 2, t[1] != 0, t[2] > 1, t[1] < t[2], 1 <= t[3], -t[1], abs(-t[4]))
print([x.denominator for x in t], [isinstance(x, int) for x in t])
print(sorted(t), max(t), min(t), t[1] / t[0], t[4] % 2, t[0] - t[4], bool(t[1] - t[1]))
