# A small valid program: functions, a loop, a list and an f-string.
def square(n):
    return n * n

squares = [square(i) for i in range(10)]
total = 0
for s in squares:
    total += s
print("squares", squares)
print(f"total {total}, mean {total / len(squares):.2f}")
