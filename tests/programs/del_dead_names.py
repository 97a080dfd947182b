# `del name` where nothing reads the name again (after a loop, at the end of a loop body, at
# module level); `del` of an unbound loop variable raises UnboundLocalError as CPython does.
def dijkstra_like(vs):
    d = {}
    for v in vs:
        d[v] = 1e50
    del v
    total = 0
    for k in sorted(d):
        tmp = [k] * 3
        total += sum(tmp)
        del tmp
    return d, total

print(dijkstra_like([3, 1, 2]))
try:
    print(dijkstra_like([]))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

g = 10
h = g * 2
del g, h
print("ok")

