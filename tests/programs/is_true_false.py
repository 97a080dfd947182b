# `x is True` / `is False` on bools: identity of the two bool objects.
visited = [False, True, False]
for i, v in enumerate(visited):
    if v is False and i > 0:
        print("first unvisited after 0:", i)
    print(i, v is True, v is not False, (i > 1) is True)
flag = 1 == 1
print(flag is True, flag is not True)
