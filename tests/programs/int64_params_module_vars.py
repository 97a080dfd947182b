# Module-level int variables passed to functions: a parameter is stored as a 64-bit int only when
# every binding of the module variable provably fits; arithmetic inside still grows past 2**63.
def scale(n, k):
    return n * k * 3037000500


def steps(limit):
    total = 0
    i = 0
    while i < limit:
        total += i
        i += 1
    return total


def grow():
    global big
    big = big * 10**10


width = 1000
height = 7
for height in range(5, 9):
    pass
big = 10**9
counter = 0
while counter < 3:
    counter += 1
print(scale(width, height), steps(counter), scale(counter, 2**62))
grow()
grow()
print(big, scale(big, 3), steps(width))
huge = 1
for _ in range(70):
    huge *= 2
print(scale(huge, width), steps(height))
