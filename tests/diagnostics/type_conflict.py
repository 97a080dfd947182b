def describe(n):
    if n > 0:
        return "positive"
    return n

x = 1
x = "one"
print(describe(3), x)
