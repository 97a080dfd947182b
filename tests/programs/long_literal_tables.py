# A long tuple of literals of one shape (a data table) is a `tuple[T, ...]`: iterated, indexed,
# sliced, compared, printed and unpacked as CPython does.
PAIRS = ((519432, 525806), (632382, 518061), (78864, 613712), (466580, 530130), (780495, 510032),
         (525895, 525320), (15991, 714883), (960290, 502358), (760018, 511029), (166800, 575487),
         (210884, 564478), (555151, 523163), (681146, 515199), (563395, 522587), (738250, 512126),
         (923525, 503780), (595148, 520429), (177108, 572629), (750923, 511482), (440902, 532446))
PRIMES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, -1)

best = max(range(len(PAIRS)), key=lambda i: PAIRS[i][1])
print(best, PAIRS[best], len(PAIRS), PAIRS[-1])
print(sum(b for a, b in PAIRS) % 1000, PAIRS[:2], PAIRS[18:])
print(PRIMES, 13 in PRIMES, PRIMES.index(41), PRIMES.count(2))
print(PRIMES[:3] == (2, 3, 5), sorted(PRIMES)[:4], hash(PRIMES) == hash(tuple(PRIMES)))
a, b, *rest = PRIMES
print(a, b, len(rest), min(PRIMES), PRIMES[::7])
