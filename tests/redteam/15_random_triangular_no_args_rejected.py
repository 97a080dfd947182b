import random
random.seed(1)
print(random.triangular())
