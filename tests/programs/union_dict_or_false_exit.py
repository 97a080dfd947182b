# A function returning a dict or False (as a constraint solver does): `is False` tests, truth, and
# operations that only the dict member supports (subscript, dict(), len()) unwrap it at run time.
def solve(grid, depth):
    if depth > 2:
        return False
    if grid["n"] == "done":
        return grid
    nxt = dict(grid)
    nxt["n"] = "done" if depth == 1 else "more"
    return solve(nxt, depth + 1)


def check(res):
    if res is False:
        return "failed"
    return "ok " + res["n"] + " " + str(len(res)) + " " + str(sorted(dict(res)))


for start in ("more", "done"):
    r = solve({"n": start, "x": "1"}, 0)
    print(start, r, r is False, r is not False, bool(r), check(r))
    if r:
        print([r[k] for k in sorted(r)])
bad = solve({"n": "never"}, 3)
print(bad, check(bad))
print(bad["n"])
