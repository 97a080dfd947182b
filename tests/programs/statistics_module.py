"""statistics on ints, floats, int-or-floats, Fractions and strs, exact as CPython 3.11: means
summed exactly before one rounding, int results when whole, variances from exact sums of squares,
correctly rounded standard deviations, and StatisticsError caught as itself and as ValueError."""
import statistics
from fractions import Fraction
from statistics import mean, median, StatisticsError

ints = [2, 3, 4, 5, 3, 4, 2, 5, 2, 2, 4, 2, 2, 2]
floats = [0.1, 0.2, 0.3]
awkward = [1e50, 1.0, -1e50, 0.1, 1e-300]
mixed = [1, 2.5, 3, -4, 0.125]
big = [10**30 + 1, 10**30 + 2, 10**30 + 4]
negs = [-7, -3, -3, -1, -12]
same = [0.7, 0.7, 0.7, 0.7]
fracs = [Fraction(1, 3), Fraction(2, 7), Fraction(-5, 6), Fraction(9, 2)]

for name, data in [("ints", ints), ("negs", negs), ("big", big), ("one", [41])]:
    print(name, mean(data), median(data), statistics.median_low(data), statistics.median_high(data))
    print(" ", statistics.mode(data), statistics.multimode(data), statistics.fmean(data))
    if len(data) > 1:
        print(" ", statistics.variance(data), statistics.stdev(data), statistics.pvariance(data), statistics.pstdev(data))

for name, data in [("floats", floats), ("awkward", awkward), ("same", same), ("tenths", [0.1] * 10)]:
    print(name, mean(data), median(data), statistics.median_low(data), statistics.median_high(data))
    print(" ", statistics.fmean(data), statistics.variance(data), statistics.stdev(data))
    print(" ", statistics.pvariance(data), statistics.pstdev(data), statistics.mode(data))

print("mixed", mean(mixed), median(mixed), statistics.variance(mixed), statistics.pstdev(mixed))
print("mixed ints", mean([1, 2.0, 3]), median([4, 1.5, 2, 9]), statistics.pvariance([1, 2.0, 3, 4]))
print("fracs", mean(fracs), median(fracs), statistics.variance(fracs), statistics.pvariance(fracs))
print("fracs", statistics.stdev(fracs), statistics.pstdev(fracs), statistics.fmean(fracs), statistics.median_low(fracs))
print("two fracs", mean([Fraction(1, 2), Fraction(3)]), median([Fraction(1, 2), Fraction(3)]))

# Whole int means stay ints; others are floats.
print(mean([1, 2, 3]), mean([1, 2]), mean([10**20, 10**20 + 1]), mean([-3, -4]), mean(range(1, 101)))
print(statistics.variance([1, 2, 3]), statistics.variance([1, 2, 3, 4]), statistics.pvariance([5, 5, 5]))
print(statistics.stdev([1, 2, 3, 4]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.stdev([10**12, 10**12 + 3]))
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))

# A given mean (xbar, mu) is used as it is.
print(statistics.variance(ints, 3), statistics.variance(ints, xbar=3.0), statistics.pvariance(floats, mu=0.2))
print(statistics.stdev(floats, 0.2), statistics.pstdev(ints, mu=Fraction(1, 3)), statistics.variance(fracs, None))

# Medians of even counts are averaged (a float for ints); nominal data for low/high/mode.
print(median([1, 3, 5, 7]), median([1, 3, 5]), median([2.5, 1.5]), median((4, 1, 3, 2)), median([10**20, 10**20 + 1]))
words = ["red", "blue", "blue", "red", "green", "red", "red"]
print(statistics.mode(words), statistics.multimode(words), statistics.median_low(words), statistics.median_high(words))
print(statistics.mode("aabbbbbbbbcc"), statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode(""))
print(statistics.mode([1, 1.0, 2, 2.0, 1]), statistics.multimode([3, 3.0, 4]), statistics.mode((x % 3 for x in range(10))))

# Harmonic and geometric means.
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([2.5, 3, 10]), statistics.harmonic_mean([7]))
print(statistics.harmonic_mean([1, 0, 3]), statistics.harmonic_mean([0.5]), statistics.harmonic_mean([0.0, 1.0]))
print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean([1.5, 2.5]), statistics.geometric_mean([10**400, 1]))

# Infinities and NaNs.
inf = float("inf")
print(mean([1, inf]), mean([inf, -inf]), statistics.variance([1, inf]), statistics.variance([-inf, 2.0]))
print(statistics.fmean([1.0, inf]), median([inf, 1.0, 2.0]), statistics.pvariance([inf, inf]))

def report(label, e):
    print(label, "StatisticsError:", e, repr(e), type(e).__name__)


empty = []
try:
    print("mean", statistics.mean(empty))
except StatisticsError as e:
    report("mean", e)
try:
    print("fmean", statistics.fmean([x * 1.0 for x in range(0)]))
except StatisticsError as e:
    report("fmean", e)
try:
    print("median", statistics.median(empty))
except StatisticsError as e:
    report("median", e)
try:
    print("median_low", statistics.median_low(empty))
except StatisticsError as e:
    report("median_low", e)
try:
    print("mode", statistics.mode(empty))
except StatisticsError as e:
    report("mode", e)
try:
    print("multimode", statistics.multimode(empty))
except StatisticsError as e:
    report("multimode", e)
try:
    print("variance", statistics.variance([1]))
except StatisticsError as e:
    report("variance", e)
try:
    print("stdev", statistics.stdev([1.5]))
except StatisticsError as e:
    report("stdev", e)
try:
    print("pvariance", statistics.pvariance(empty))
except StatisticsError as e:
    report("pvariance", e)
try:
    print("pstdev", statistics.pstdev([2.0]))
except StatisticsError as e:
    report("pstdev", e)
try:
    print("harmonic", statistics.harmonic_mean([1, -2]))
except StatisticsError as e:
    report("harmonic", e)
try:
    print("harmonic", statistics.harmonic_mean(empty))
except StatisticsError as e:
    report("harmonic", e)
try:
    print("geometric", statistics.geometric_mean([1.0, 0.0]))
except StatisticsError as e:
    report("geometric", e)
try:
    print("geometric", statistics.geometric_mean([3, -1]))
except StatisticsError as e:
    report("geometric", e)
try:
    print("median_high", statistics.median_high([n for n in ints if n < 0]))
except StatisticsError as e:
    report("median_high", e)
try:
    print("mode", statistics.mode(x for x in 'abc' if x > 'z'))
except StatisticsError as e:
    report("mode", e)
try:
    statistics.median([])
except ValueError as e:
    print("ValueError:", e, type(e).__name__)
try:
    statistics.mean([x for x in ints if x > 100])
except (KeyError, statistics.StatisticsError) as e:
    print("caught", repr(e))
