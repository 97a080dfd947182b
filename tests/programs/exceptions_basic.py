def parse(s):
    try:
        return int(s)
    except ValueError as e:
        print("bad:", e)
        return -1

def safe_div(a, b):
    try:
        q = a // b
    except ZeroDivisionError:
        print("div by zero")
        q = 0
    else:
        print("ok", q)
    finally:
        print("finally", a, b)
    return q

def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n * 2

total = 0
for s in ["12", "x", "7", "3.5"]:
    total += parse(s)
print(total)
print(safe_div(7, 2), safe_div(1, 0))
for n in [3, -4, 5]:
    try:
        print(check(n))
    except (TypeError, ValueError) as err:
        print("caught", err, repr(err))
xs = [1, 2, 3]
try:
    print(xs[10])
except IndexError as e:
    print("index:", e)
try:
    try:
        raise KeyError("k")
    except KeyError:
        print("inner")
        raise
except LookupError as e2:
    print("outer", e2)
err = RuntimeError("stored")
try:
    raise err
except Exception as e3:
    print(1, e3)
i = 0
while True:
    try:
        i += 1
        if i > 3:
            break
        assert i != 2, "two"
    except AssertionError as a:
        print("assert", a)
        continue
    print("i", i)
raise ValueError("final")
