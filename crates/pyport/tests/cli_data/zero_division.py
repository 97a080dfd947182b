# An uncaught ZeroDivisionError: both sides print the same lines, then exit with status 1.
def ratio(a, b):
    return a // b

print("start")
print(ratio(10, 3))
print(ratio(1, 0))
print("never printed")
