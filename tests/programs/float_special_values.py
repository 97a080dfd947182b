# inf, -inf, nan: arithmetic, comparisons, min/max and printing.
import math

inf = float('inf')
ninf = float('-inf')
nan = float('nan')
print(inf, ninf, nan, -inf, -nan, math.inf, -math.inf)
print(inf + 1, inf - inf, inf * 0, inf * -2, 1 / inf, -1 / inf, inf / inf)
print(inf > 1e308, ninf < -1e308, inf == inf, ninf == -inf, inf > ninf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= 0.0)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 2.0 ** 1023 * 2.0)
print(5e-324 / 2, -5e-324 / 2, 1e-200 * 1e-200)
print(max(1.0, inf), min(1.0, ninf), max(ninf, -5), min(inf, 3))
print(abs(ninf), abs(-0.0), -(-0.0), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
print(math.isinf(1e308 * 10), math.isnan(inf * 0), math.isnan(nan + 1))
print(float('inf') == math.inf, str(inf), str(nan), str(-0.0))
print(5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf, 5.0 % ninf, -5.0 % ninf)
xs = [3.0, inf, -2.0, ninf, 0.0]
print(xs, max(xs), min(xs), sorted(xs), sum(xs[:3]))
lo = inf
hi = ninf
for v in [2.5, -1.5, 7.25]:
    lo = min(lo, v)
    hi = max(hi, v)
print(lo, hi)
print(int(1e18), int(-2.5e15), int(1.9999999999999998), float(10 ** 18))
print(math.floor(-1e15), math.ceil(1e15 + 0.5), math.trunc(-1e18))
