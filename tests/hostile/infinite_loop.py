# expect: timeout
# A program that never ends: the run is stopped at its time limit.
n = 0
while True:
    n += 1
