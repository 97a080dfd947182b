# A variable-length tuple held in an optional (None until a first result), concatenated once
# narrowed: the result goes back into optional slots (a returned pair, the variable itself).
def best_chain(n):
    best = None
    for k in range(n):
        if best is None or k % 2:
            best = tuple(range(k))
    if best is None:
        return None, 0
    return best + (n,), len(best)


def grow(limit):
    acc = None
    for i in range(limit):
        acc = (i,) if acc is None else acc + (i * i,)
    return acc


print(best_chain(4), best_chain(0), best_chain(7))
print(grow(0), grow(1), grow(5))
