calls = 0

def check(x):
    global calls
    calls += 1
    return x > 5

print(all(check(x) for x in [1, 2, 3]), calls)
