# Names nothing binds raise NameError where CPython evaluates them: caught, `str(e)` is the
# message alone; uncaught, the last line adds CPython's suggestion (`Did you mean: ...?`).
def total(values):
    count = 0
    for v in values:
        count += v
    print(Count)
    return count


try:
    total([1, 2])
except NameError as e:
    print("caught:", e)

try:
    for item in undefined_items:
        print(item)
except Exception as e:
    print(type(e).__name__, e)

width, height = 3, 4
print("before")
if heigth > width:
    print("tall")
print("never")
