# Trees as nested lists whose leaves are strings or ints (recursive types): an expression tree
# evaluated and printed recursively, a function returning either a value or a list of its own
# results, a stack-based walk, and counting with a dict.
def evaluate(t, env):
    if isinstance(t, str):
        return env[t]
    op = t[0]
    args = [evaluate(a, env) for a in t[1:]]
    if op == "+":
        return sum(args)
    prod = 1
    for a in args:
        prod *= a
    return prod


def show(t):
    if isinstance(t, list):
        return "(" + " ".join(show(a) for a in t) + ")"
    return t


def fib_tree(n):
    if n < 2:
        return n
    return [fib_tree(n - 1), fib_tree(n - 2)]


def leaves(t):
    stack = [t]
    count = 0
    acc = 0
    while stack:
        top = stack.pop()
        if isinstance(top, list):
            stack.extend(top)
        else:
            count += 1
            acc += top
    return count, acc


expr = ["+", ["*", "a", "b"], "c", ["*", "b", ["+", "a", "c", "c"]]]
env = {"a": 2, "b": 3, "c": 5}
print(expr)
print(show(expr), "=", evaluate(expr, env))
print(len(expr), expr[1], expr[-1][2])
kinds = {}
for part in expr:
    k = "list" if isinstance(part, list) else "str"
    kinds[k] = kinds.get(k, 0) + 1
print(kinds)
for n in range(6):
    t = fib_tree(n)
    print(n, t, leaves(t))
big = fib_tree(18)
print(leaves(big), big == fib_tree(18), big[0] == big[1])
