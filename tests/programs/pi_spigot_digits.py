# Rabinowitz-Wagon spigot for digits of pi, and digits of e, using small ints.
def pi_digits(n):
    length = n * 10 // 3 + 1
    a = [2] * length
    digits = []
    nines = 0
    predigit = 0
    for j in range(n):
        q = 0
        for i in range(length - 1, -1, -1):
            x = 10 * a[i] + q * (i + 1)
            a[i] = x % (2 * i + 1)
            q = x // (2 * i + 1)
        a[0] = q % 10
        q = q // 10
        if q == 9:
            nines += 1
        elif q == 10:
            digits.append(predigit + 1)
            for _ in range(nines):
                digits.append(0)
            predigit = 0
            nines = 0
        else:
            if j > 0:
                digits.append(predigit)
            predigit = q
            for _ in range(nines):
                digits.append(9)
            nines = 0
    digits.append(predigit)
    return digits

def e_digits(n):
    size = n + 10
    a = [1] * size
    out = [2]
    for _ in range(n):
        carry = 0
        for i in range(size - 1, 0, -1):
            x = a[i] * 10 + carry
            a[i] = x % (i + 1)
            carry = x // (i + 1)
        out.append(carry)
    return out

pd = pi_digits(120)
print(len(pd))
line = ""
for d in pd:
    line = line + str(d)
print(line)
ed = e_digits(60)
line = ""
for d in ed:
    line += str(d)
print(line)
print(pd.count(9), ed.count(7), sum(pd), sum(ed))
