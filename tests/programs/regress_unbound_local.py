def first_negative(xs):
    for x in xs:
        if x < 0:
            found = x
            break
    return found

print(first_negative([3, -2, 5]))
print(first_negative([1, 2]))   # CPython: UnboundLocalError (exit 1); C++ prints 0
