for i, ch in enumerate("ab"):
    print(i, ch)
