# Conditional expressions (a if c else b), including nesting and mixed types.
def sign(x):
    return 1 if x > 0 else (-1 if x < 0 else 0)

def classify(n):
    return "fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else str(n)

for v in [-3, 0, 7, -0.5, 2.5]:
    print(v, sign(v))
for i in range(1, 21):
    print(classify(i), end=" ")
print()
xs = [4, -1, 9, -6, 0]
print([x if x >= 0 else -x for x in xs])
print([x * 2 if x % 2 == 0 else x * 3 for x in xs])
t = 15
msg = "hot" if t > 25 else "mild" if t > 10 else "cold"
print(msg)
half = t / 2 if t % 2 == 1 else t // 2
print(half)
half = 14 / 2 if 14 % 2 == 1 else 14 // 2
print(half)
print(abs(-3) if True else 0, 10 if False else 20)
total = 0
for i in range(10):
    total += i if i % 2 == 0 else -i
print(total)
big = max(3, 8) if min(3, 8) > 2 else 0
print(big)
