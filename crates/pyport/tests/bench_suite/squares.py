# tags: numeric, containers
# difficulty: easy
# case: 1
# case: 2 3
# timing: 4000
def square(n):
    return n * n

squares = [square(i) for i in range(10)]
total = 0
for s in squares:
    total += s
print("squares", squares)
print(f"total {total}, mean {total / len(squares):.2f}")
