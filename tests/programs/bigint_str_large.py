# str() of big ints of many sizes (the split conversion above 60 limbs, zero runs across split points).
import sys, random
sys.set_int_max_str_digits(0)
random.seed(5)
f = 1
for k in range(1, 2500):
    f *= k
s = str(f)
print(len(s), s[:30], s[-30:], sum(int(d) for d in s))
for bits in [1, 31, 32, 33, 64, 1900, 1921, 1922, 3800, 3841, 7000, 20000, 65000]:
    for _ in range(3):
        x = (7 ** bits) // (3 + random.randrange(1000)) + random.randrange(10 ** 9)
        y = -x
        t = str(x)
        print(bits, len(t), t[:12], t[-12:], hash(t) % 1000003, str(y)[:3])
for e in [10**9, 10**18, 10**100, 10**1000, 10**5000 - 1, 10**5000, 10**5000 + 1, 2**20000, 10**20000, 10**20000 - 1]:
    t = str(e)
    print(len(t), t[:5], t[-5:], hash(t) % 1000003)
