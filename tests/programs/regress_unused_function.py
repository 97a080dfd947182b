def half(k):
    return k * 0.5
print(1)
