def t(v):
    print("t", v)
    return v
print(list(zip(range(t(2)), range(t(3)))))
