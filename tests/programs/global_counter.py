# Global variables read in functions and written with `global`.
counter = 0
total = 0.0
LIMIT = 5
calls = 0

def bump(step=1):
    global counter
    counter += step
    return counter

def add(x):
    global total, calls
    total = total + x
    calls += 1

def over_limit():
    return counter > LIMIT

def fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(counter, bump(), bump(), bump(3), counter)
print(over_limit())
bump(2)
print(over_limit(), counter)
for i in range(4):
    add(i * 0.5)
print(total, calls)
calls = 0
print(fib(15), calls)

def reset():
    global counter
    counter = 0

reset()
print(counter)
for k in range(10):
    if bump() % 3 == 0:
        print("multiple of three:", counter)
