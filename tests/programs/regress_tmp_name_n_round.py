_n = 2
v = 1
for i in range(2):
    v = v * 1.23456
print(round(v, _n))
