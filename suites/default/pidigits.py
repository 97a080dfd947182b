# tags: big-ints
# difficulty: medium
# case: 27
# case: 0
# case: 1
# case: 10
# timing: 7000
# Pidigits (benchmarks-game): digits of pi from Gibbons' unbounded spigot,
# printed ten per line with a running count.
import sys


def pi_digits():
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2


def main():
    n = int(sys.argv[1])
    line = ""
    count = 0
    digits = pi_digits()
    while count < n:
        line += str(next(digits))
        count += 1
        if count % 10 == 0:
            print("%s\t:%d" % (line, count))
            line = ""
    if line:
        print("%-10s\t:%d" % (line, count))


main()
