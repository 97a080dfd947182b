# Functions without return produce None; `is None` checks on such results.
def greet(times):
    for i in range(times):
        print("hello", i)

def nothing():
    pass

def early(x):
    if x > 0:
        print("positive")
        return
    print("not positive")

r = greet(2)
print(r)
print(nothing())
print(early(5))
print(early(-5))
print(r is None, nothing() is None)
v = early(1)
if v is None:
    print("v is None")
print(f"{greet(0)}")
print("result:", nothing(), "and", greet(1))
