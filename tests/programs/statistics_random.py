"""statistics over seeded random data of every supported kind: floats of wide exponents, big and
negative ints, int-or-float mixes and Fractions; every result must match CPython's bit for bit."""
import random
import statistics
from fractions import Fraction

random.seed(2024)
for trial in range(40):
    n = random.randint(2, 25)
    wide = [random.uniform(-1.0, 1.0) * 10.0 ** random.randint(-30, 30) for _ in range(n)]
    unit = [random.random() for _ in range(n)]
    ints = [random.randint(-10**6, 10**6) for _ in range(n)]
    bigs = [random.randint(-10**6, 10**6) * 10**34 + random.randint(0, 9) for _ in range(n)]
    nums = [random.randint(0, 9) if random.random() < 0.5 else random.random() * 10 for _ in range(n)]
    fracs = [Fraction(random.randint(-50, 50), random.randint(1, 30)) for _ in range(n)]
    positive = [random.random() * 100 + 1e-3 for _ in range(n)]
    print(trial, statistics.mean(wide), statistics.fmean(wide), statistics.variance(wide), statistics.pstdev(wide))
    print(" ", statistics.mean(unit), statistics.median(unit), statistics.stdev(unit), statistics.pvariance(unit))
    print(" ", statistics.mean(ints), statistics.median(ints), statistics.variance(ints), statistics.stdev(ints))
    print(" ", statistics.mean(bigs), statistics.median(bigs), statistics.pvariance(bigs), statistics.pstdev(bigs))
    print(" ", statistics.mean(nums), statistics.median(nums), statistics.variance(nums), statistics.stdev(nums))
    print(" ", statistics.mean(fracs), statistics.median(fracs), statistics.variance(fracs), statistics.stdev(fracs))
    print(" ", statistics.harmonic_mean(positive), statistics.geometric_mean(positive), statistics.harmonic_mean([abs(i) + 1 for i in ints]))
    m = statistics.mean(unit)
    print(" ", statistics.variance(unit, m), statistics.pstdev(unit, m), statistics.variance(ints, 7), statistics.pvariance(nums, mu=4.5))
    print(" ", statistics.mode([i % 5 for i in ints]), statistics.multimode([round(x) for x in nums]), statistics.median_low(nums), statistics.median_high(fracs))
