"""An uncaught StatisticsError ends the program with status 1 and CPython's last traceback line
(`statistics.StatisticsError: ...`); `from statistics import *` binds the functions read."""
from statistics import *

scores = [88, 92, 79, 93, 85]
print(mean(scores), median(scores), pstdev(scores), mode([1, 2, 2, 3]))
try:
    variance(scores[:1])
except StatisticsError as e:
    print("caught:", e)
print(stdev(s * 1.5 for s in scores if s > 80))
print(mean(s for s in scores if s > 100))
print("never printed")
