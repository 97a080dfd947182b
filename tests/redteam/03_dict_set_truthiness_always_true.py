d = {}
s = set()
print("yes" if d else "no", not s, bool(d))
t = {1}
while t:
    t.pop()
print(len(t))
