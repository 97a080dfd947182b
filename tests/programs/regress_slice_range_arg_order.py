def at(v):
    print("eval", v)
    return v

xs = [10, 20, 30, 40]
print(xs[at(1):at(3)])
for i in range(at(0), at(4), at(2)):
    print(i)
