d = {"b": 2, "a": 1}
s = {5, 1, 3}
for k in d:
    print(k, d[k])
for x in s:
    print(x)
print([k * 2 for k in d], sum(x for x in s), sorted(k for k in d))
print(bool(d), not s, bool({}), not set())
while s:
    print("pop", s.pop())
if not s:
    print("empty")
