# `tuple` as a function value, fixed tuples sliced with literal bounds, tuples of growing length.
def solve(n):
    sols = [tuple(range(k, n)) for k in range(n)]
    return len(sols), n * 2, sols[0]


rows = [[3, 1], [2], []]
print(list(map(tuple, rows)), sorted(map(tuple, rows)))
print(set(map(tuple, ["ab", "ba", "ab"])) == {("a", "b"), ("b", "a")})
print([solve(k)[:2] for k in range(1, 4)], solve(3)[1:], solve(2)[::-1], solve(3)[5:], solve(4)[-1])
path = ()
paths = []
for step in ["n", "e", "s"]:
    path = path + (step,)
    paths.append(path)
print(paths, path[1:], path * 2, len(path))
memo = {(): 0}
key = ()
for i in range(3):
    key = key + (i,)
    memo[key] = sum(key)
print(memo)
