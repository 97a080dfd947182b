d = {1: 10, 2: 20}
for k in d:
    print(k)
s = {5, 6}
print([x for x in s], sum(v for v in s), ", ".join(k for k in {"a": 1}))
