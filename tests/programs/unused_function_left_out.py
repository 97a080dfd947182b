# Functions nothing calls are compiled by CPython but never run: a name they never imported, or a
# construct pyport cannot translate, does not stop the program. pyport leaves them out (with a
# warning) only when every error lies in such functions.


def area(r):
    return pi * r * r  # `pi` is never imported: NameError, if this ever ran


def show_area():
    print(area(2))  # reaches `area`, but nothing calls `show_area` either


def run_code(src):
    exec(src)  # unsupported, but never run


def gather(xs, scale=2, label: str = "sum"):
    return label, scale * sum(xs)


def main():
    squares = [i * i for i in range(10)]
    label, total = gather(squares)
    print(label, total)
    print(max(squares), len(squares))


main()
