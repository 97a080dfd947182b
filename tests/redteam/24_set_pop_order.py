s = {33, 1, 65, 97, 8}
s.discard(1)
out = []
while len(s) > 0:
    out.append(s.pop())
print(out)
