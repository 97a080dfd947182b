# A class of constants passed around as a value, a file bound to a name then used by `with`,
# a dead `else` of `if True:`, and `open()` of a path that is None in a branch never taken.
class DefaultArgs(object):
    """Benchmark options."""
    width = 4
    height = 3
    filename = None
    label = "grid"


class Grid:
    def __init__(self, width, height):
        self.width = width
        self.height = height


def write_grid(rows, filename):
    if True:
        fp = open(filename, "w", encoding="latin1", newline='')
    else:
        fp = open(filename, "wb")
    with fp:
        for r in rows:
            fp.write(" ".join(str(x) for x in r) + "\n")


def main(args):
    g = Grid(args.width, args.height)
    rows = [[x * y for x in range(g.width)] for y in range(g.height)]
    if args.filename:
        write_grid(rows, args.filename)
    write_grid(rows, "grid_out.txt")
    with open("grid_out.txt") as f:
        print(args.label, f.read().split("\n"))


main(DefaultArgs)
print(DefaultArgs.width * DefaultArgs.height)
