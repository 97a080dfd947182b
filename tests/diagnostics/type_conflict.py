# A value of a kind no tagged union holds (an exception, a function) meeting another type.
def describe(n):
    if n > 0:
        return ValueError("positive")
    return n

x = 1
x = "one"
print(describe(3), x)
