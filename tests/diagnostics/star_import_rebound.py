from math import *
pi = 3
print(pi, sqrt(4))
