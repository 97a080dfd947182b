# Seeds beyond 64 bits (module functions and Random instances) give CPython's streams.
import random
random.seed(2**100 + 12345)
print(random.random(), random.randint(1, 10**6))
r = random.Random(-(3**50))
print(r.random())
random.seed(2**64)
print(random.random())
