# Integer modulo by zero inside a function; the traceback is not on stdout.
def checksum(xs, m):
    total = 0
    for x in xs:
        total = (total * 31 + x) % m
    return total

data = [3, 1, 4, 1, 5, 9, 2, 6]
for m in [1000, 97, 7, 1, 0]:
    print("modulus", m)
    print("checksum", checksum(data, m))
