# Counted loops whose stop is beyond 64 bits (fine in CPython: the loop breaks long before), and
# `%d` / `int()` of floats beyond 64 bits (exact integers).
def first_square_above(limit, big):
    for z in range(2, big):
        if z * z > limit:
            return z
    return -1


def countdown(big):
    seen = []
    for k in range(5, -big, -1):
        seen.append(k)
        if k < -2:
            break
    return seen


p = 10 ** 50 + 577
print(first_square_above(1000, p), first_square_above(10, 2 ** 64))
print(countdown(10 ** 30))
for n in range(3, 2 ** 70):
    if n > 5:
        break
    print("n", n)
print("%d %i %u" % (1e30, -2.5e22, 2.0 ** 63))
print("%+d|% d|%25d|%-25d|" % (1e19, 3e20, 1.5e24, 9.9e18))
print(int(1e30), int(-3.7e25), "%d" % 1e16, "%.30d" % 1e20)
print(sum(range(3, 1001, 3)) + sum(range(5, 1001, 5)))
