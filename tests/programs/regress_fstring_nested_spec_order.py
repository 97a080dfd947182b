def t(v):
    print("t", v)
    return v
print(f"{t(5)}:{t(3):>{t(4)}}")
