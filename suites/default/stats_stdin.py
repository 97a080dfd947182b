# tags: io, numeric
# difficulty: easy
# case: < stats.small.txt
# case: < empty.txt
# case: 3 < stats.small.txt
# case: --gen 1000
# timing: --gen 1600000
# Descriptive statistics of numbers read from stdin (whitespace separated,
# '#' starts a comment, bad tokens are counted and skipped): count, mean,
# median, standard deviation, quartiles and a text histogram. An optional
# first argument gives the number of histogram bins; `--gen N` generates N
# numbers instead of reading stdin.
import math
import sys


def read_numbers(stream):
    values, bad = [], []
    for line in stream:
        line = line.split("#", 1)[0]
        for token in line.split():
            try:
                values.append(float(token))
            except ValueError:
                bad.append(token)
    return values, bad


def quantile(sorted_values, q):
    pos = (len(sorted_values) - 1) * q
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def main(argv):
    bins = 5
    if argv[:1] == ["--gen"]:
        n = int(argv[1])
        x = 42
        values = []
        for _ in range(n):
            x = (x * 6364136223846793005 + 1) % 2**64
            values.append((x >> 11) / 2**53 * 100 - 20 + ((x >> 3) % 7) ** 2)
        bad = []
    else:
        if argv:
            bins = int(argv[0])
        values, bad = read_numbers(sys.stdin)
    print(f"count {len(values)}, skipped {len(bad)} {bad[:5]}")
    if not values:
        print("no data")
        return
    s = sorted(values)
    mean = math.fsum(values) / len(values)
    var = math.fsum((v - mean) ** 2 for v in values) / (len(values) - 1) if len(values) > 1 else 0.0
    print(f"min {s[0]:g} max {s[-1]:g} mean {mean:.6f} stdev {math.sqrt(var):.6f}")
    print("quartiles:", [round(quantile(s, q), 6) for q in (0.25, 0.5, 0.75)])
    width = (s[-1] - s[0]) / bins or 1.0
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int((v - s[0]) / width))] += 1
    top = max(counts)
    for i, c in enumerate(counts):
        lo = s[0] + i * width
        print(f"[{lo:10.3f}, {lo + width:10.3f}) {c:7d} " + "*" * (40 * c // top))


main(sys.argv[1:])
