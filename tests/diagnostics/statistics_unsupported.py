# What the builtin engine's statistics does not port is refused at compile time, naming it:
# functions beyond the averages and spreads, weights, items of other types, and a harmonic mean
# of Fractions (an int 0 or a Fraction in CPython).
import statistics
from fractions import Fraction

data = [1.5, 2.5, 4.0]
print(statistics.quantiles(data, n=4))
print(statistics.NormalDist(0.0, 1.0))
print(statistics.correlation(data, data))
print(statistics.fmean(data, weights=[1, 2, 3]))
print(statistics.mean([True, False]))
print(statistics.mode([[1], [2]]))
print(statistics.harmonic_mean([Fraction(1, 2), Fraction(3)]))
