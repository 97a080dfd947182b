# Complex numbers: literals, complex(), repr of signed zeros, inf and nan parts, arithmetic with
# ints and floats (CPython's division and power algorithms, bit for bit), abs, .real/.imag,
# .conjugate(), ==, hash, sum, format specs, and the errors CPython raises.
vals = [0.0, -0.0, 1.0, -1.0, 2.5, -3.75, 1e16, 1e-5, 123456.789, float("inf"), float("-inf"), float("nan")]
zs = [complex(a, b) for a in vals for b in vals]
print(len(zs))
for z in zs:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), bool(z))

print(1j, -1j, 0j, -0j, 2.5j, 1 + 2j, 1 - 2j, -(1 + 2j), 3 + 0j, (1e300 * 1e300) * 1j)
print(complex(), complex(3), complex(2.5), complex(1, 2), complex(-0.0, -0.0), complex(1j, 2j), complex(2, 1j))
print([1 + 1j, 2j], (3j,), {1j: "a", 2 + 0j: "b"})

finite = [complex(a, b) for a in [0.0, -0.0, 1.0, -2.5, 3.25, 1e-3, 7e10] for b in [0.0, -0.0, 1.0, -1.5, 0.1, 4e8]]
print("add/sub/mul")
for x in finite:
    print(x + finite[3], x - finite[5], x * finite[7], x * x, x + 1, 2 - x, x * 2.5, 0.5 * x, -x, +x)

print("div")
for x in zs[::5]:
    for y in finite[::4]:
        try:
            print(repr(x / y), end=" ")
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e, end=" ")
    print()
for x in finite:
    try:
        print(x / 3, 1 / x, x / 0.5)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

print("pow")
for x in finite[::2]:
    for n in [0, 1, 2, 3, 5, -1, -2, 7, 101, -101]:
        try:
            print(repr(x ** n), end=" ")
        except (ZeroDivisionError, OverflowError) as e:
            print(type(e).__name__, e, end=" ")
    print()
for x in finite[::3]:
    for y in [0.5 + 0j, -0.5 + 0j, 2.0 + 0j, 1j, 0.5 + 0.25j, -1 - 1j, 100.5 + 0j]:
        try:
            print(repr(x ** y), end=" ")
        except (ZeroDivisionError, OverflowError) as e:
            print(type(e).__name__, e, end=" ")
    print()
print(2 ** 1j, 2.5 ** (1 + 1j), (1 + 1j) ** 2, 1j ** 2, (-8 + 0j) ** (1 / 3))

print("abs")
for z in zs[::3]:
    print(abs(z), end=" ")
print()
try:
    print(abs(complex(1e308, 1e308)))
except OverflowError as e:
    print("OverflowError:", e)

print("eq")
print(1 + 0j == 1, 1 == 1 + 0j, 1j == 1, 2.5 + 0j == 2.5, 1j != 1j, (1 + 2j) == (1 + 2j), 0j == 0, -0j == 0.0)
print(complex(2**53 + 1, 0) == 2**53 + 1, complex(2**53, 0) == 2**53)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1 + 2j), hash(-3.5 - 4.25j), hash(1e16j))
s = {1j, 2j, 1j, 3 + 0j, complex(3, 0)}
print(len(s), 1j in s, 4j in s, 3 + 0j in [1j, 3 + 0j])
d = {}
for z in finite:
    d[z * z] = d.get(z * z, 0) + 1
print(len(d), sorted(d.values()))

print("sum")
print(sum([1j, 2 + 3j, -4.5j]), sum(z for z in finite), sum([0.5j] * 10, 1j), sum([-0j]))

print("format")
for z in [1 + 2j, -1.5 - 2.25j, 3j, -0j, complex(0.0, -2.0), complex(-0.0, 1.0), complex(1e20, 1e-7)]:
    print(f"{z}|{z:11.2f}|{z:>20}|{z:<18}|{z:^22.4f}|{z:.3g}|{z:+.2e}|{z: .1f}|{z:*>16.1F}|{z:G}|{z:.2}", format(z, ""))

print("errors")
try:
    print(1j / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0j ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print((1e200 + 1e200j) ** 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(f"{1j:%}")
except ValueError as e:
    print("ValueError:", e)
# CPython reads errno after the libm calls in its power algorithm: cos(inf) is a domain error.
for base, ex in [(-1 + 1j, 1e308 + 0j), (1 + 1j, complex(1e308)), (0.5 + 0j, 1e5 + 0.5j), (2 + 0j, 1e-320j), (1e-200 + 0j, complex(-2)), (0j, 0j), (0j, 2.5 + 0j)]:
    try:
        print(repr(base ** ex))
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
