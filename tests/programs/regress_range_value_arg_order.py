def t(v):
    print("t", v)
    return v
print(list(range(t(1), t(9), t(3))))
