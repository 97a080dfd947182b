# List indexing and slicing, including negative indices and steps.
xs = list(range(10))
print(xs[0], xs[-1], xs[-10], xs[5])
print(xs[2:5], xs[:3], xs[7:], xs[:], xs[-3:], xs[:-3], xs[-5:-2])
print(xs[::-1], xs[::2], xs[1::2], xs[::3], xs[::-2], xs[8:2:-2])
print(xs[5:2], xs[100:], xs[-100:3], xs[3:100], xs[2:8:3])
print(xs[-1:-11:-1], xs[9:-11:-3])
fl = [0.5 * i for i in range(6)]
print(fl[1:4], fl[::-1], fl[-2:])
words = ["zero", "one", "two", "three", "four"]
print(words[1:3], words[::-1], words[-1], words[::2])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1], m[-1][-1], m[0][1:], m[::-1], m[1][::-1])
s = xs[2:6]
s[0] = 100
print(s, xs[2])
rev = xs[::-1]
rev.append(-1)
print(rev, len(rev))
n = len(xs)
for k in range(0, n, 4):
    print(xs[k:k + 4])
print(sum(xs[::2]), sum(xs[1::2]), max(xs[:5]), min(xs[5:]))
