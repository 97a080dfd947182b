# `xs += it` extends a list in place by any iterable: a range, a generator, a map, an iterator;
# aliases see the change.
def expand(txt):
    out = []
    alias = out
    for part in txt.split(','):
        if '-' in part[1:]:
            a, b = part[1:].split('-', 1)
            out += range(int(part[0] + a), int(b) + 1)
        else:
            out.append(int(part))
    return alias


def squares(n):
    for i in range(n):
        yield i * i


print(expand('-6,-3--1,3-5,7-11,14,15,17-20'))
xs = [100]
xs += squares(4)
xs += map(abs, [-1, -2])
it = iter([7, 8, 9])
next(it)
xs += it
xs += range(3, 0, -1)
print(xs, list(it))
