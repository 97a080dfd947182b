# `return`, `break` and `continue` leaving a `try` run its `finally` first; nested `finally`
# blocks run innermost first; a `return` inside `finally` drops the pending exception.
def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        print("  division by zero")
        return 0
    finally:
        print("  finally", a, b)


def first_negative(xs):
    for i, x in enumerate(xs):
        try:
            if x < 0:
                return i
            if x == 0:
                continue
            if x > 100:
                break
            print("  saw", x)
        finally:
            print("  checked", x)
    return -1


def nested(n):
    try:
        try:
            if n > 0:
                return "positive"
        finally:
            print("  inner finally")
        return "other"
    finally:
        print("  outer finally")


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def no_value(flag):
    try:
        if flag:
            return
        print("  went on")
    finally:
        print("  no_value finally", flag)


def gen(n):
    for i in range(n):
        try:
            if i == 2:
                return
            yield i
        finally:
            print("  gen finally", i)


print(safe_div(7, 2))
print(safe_div(1, 0))
print(first_negative([3, 0, 5, -1, 9]))
print(first_negative([1, 200, -5]))
print(nested(1), nested(-1))
print(swallow())
no_value(True)
no_value(False)
print(list(gen(5)))
total = 0
for k in range(6):
    try:
        if k % 2 == 0:
            continue
        total += k
    finally:
        total += 100
print(total)
