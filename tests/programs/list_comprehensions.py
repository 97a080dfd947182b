# List comprehensions, with conditions and nesting.
squares = [x * x for x in range(10)]
print(squares)
evens = [x for x in range(20) if x % 2 == 0]
print(evens)
odd_sq = [x * x for x in range(20) if x % 2 == 1 if x > 5]
print(odd_sq)
pairs_sum = [a + b for a in range(3) for b in range(4)]
print(pairs_sum)
grid = [[i * j for j in range(4)] for i in range(3)]
print(grid)
flat = [v for row in grid for v in row]
print(flat)
halves = [x / 2 for x in range(5)]
print(halves)
signs = [x > 2 for x in range(5)]
print(signs)
labels = ["even" if x % 2 == 0 else "odd" for x in range(5)]
print(labels)
clipped = [min(max(x, -3), 3) for x in [-10, -3, 0, 2, 9]]
print(clipped)
triples = [a * 100 + b * 10 + c for a in range(1, 20) for b in range(a, 20) for c in range(b, 30) if a * a + b * b == c * c]
print(triples)
diag = [grid[i][i] for i in range(3)]
print(diag)
lengths = [len(row) for row in [[1], [1, 2], [], [4, 5, 6]]]
print(lengths)
cum = []
running = 0
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    running += v
    cum.append(running)
print(cum, [c for c in cum if c % 2 == 0])
nested = [[x for x in range(y)] for y in range(5)]
print(nested)
x = 10
shadow = [x for x in range(3)]
print(shadow, x)
print(sum([i * 0.1 for i in range(11)]))
print([[r * 3 + c for c in range(3)] for r in range(3)][1][2])
