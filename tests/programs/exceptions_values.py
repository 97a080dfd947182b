def first_negative(xs):
    for i, x in enumerate(xs):
        if x < 0:
            return i
    raise ValueError("no negative")

def find(xs):
    try:
        return first_negative(xs)
    except ValueError:
        return None

print(find([1, -2]), find([1, 2]))
d = 0
try:
    x = 1 / d
except ZeroDivisionError as e:
    print("float:", e)
try:
    y = 5 % 0
except ZeroDivisionError as e:
    print("mod:", e)
try:
    int("abc")
except Exception as e:
    print(repr(e))
count = 0
for k in range(5):
    try:
        if k % 2:
            raise KeyError(k)
        count += 10
    except KeyError as e:
        print("key", e, repr(e))
        count += 1
print(count)
try:
    pass
finally:
    print("always")
try:
    raise IndexError
except IndexError as e:
    print("empty message:", repr(str(e)), repr(e))
