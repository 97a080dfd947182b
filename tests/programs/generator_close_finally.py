# A generator left before its end is closed when the last reference goes: GeneratorExit at its
# `yield` runs its `finally` blocks (CPython frees it at once: reference counting).
def gen(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup", tag)


for x in gen("a"):
    print("got", x)
    break
print("after a")

for x in gen("b"):
    print("got", x)
print("after b")


def lines():
    n = 0
    try:
        while True:
            n += 1
            yield n
    except GeneratorExit:
        print("closed after", n)
        raise


for k in lines():
    if k == 3:
        break
print("after lines")


def count_to(limit):
    try:
        for i in range(limit):
            yield i
    finally:
        print("count_to done")


print(sum(count_to(4)))
print("end")
