# Arithmetic, unary operators, abs(), sum(), str methods, indexing and range() on values of
# several types (tagged unions), where each member is handled as itself and the members Python
# rejects raise its TypeError / AttributeError (caught here, so the messages are compared).
def token(i):
    # a number on some paths, a str on others: `int | float | str`
    if i % 3 == 0:
        return "t" + str(i)
    if i % 3 == 1:
        return i * 2
    return i / 4


def small(i):
    # `int | str`
    return str(i) if i > 5 else i


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


def vec_or_num(i):
    if i % 2:
        return Vec(i, i + 1)
    return i * 1.5


def show(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)
    except AttributeError as e:
        print(label, "AttributeError:", e)


for i in range(6):
    t = token(i)
    show("t + 1", lambda: str(t + 1))
    show("t * 2", lambda: str(t * 2))
    show("2 * t", lambda: str(2 * t))
    show("t - 1", lambda: str(t - 1))
    show("t / 2", lambda: str(t / 2))
    show("t // 2", lambda: str(t // 2))
    show("t % 3", lambda: str(t % 3))
    show("t ** 2", lambda: str(t ** 2))
    show("t + 't'", lambda: str(t + "!"))
    show("-t", lambda: str(-t))
    show("+t", lambda: str(+t))
    show("abs(t)", lambda: str(abs(t)))
    show("t.upper()", lambda: str(t.upper()))
    show("t.rjust(6)", lambda: str(t.rjust(6, "*")))
    show("'<%s>' % t", lambda: str("<%s>" % t))
    show("reversed(t)", lambda: str(list(reversed(t))))
    show("round(t)", lambda: str(round(t)))

for i in [3, 7]:
    s = small(i)
    show("s & 6", lambda: str(s & 6))
    show("s << 2", lambda: str(s << 2))
    show("~s", lambda: str(~s))
    show("s * 'ab'", lambda: str(s * "ab"))
    show("[1, 2] * s", lambda: str([1, 2] * s))
    show("s % s", lambda: str(s % s))
    show("float(s)", lambda: str(float(s)))

# `int | float` with bit operators: CPython's TypeError when it holds a float.
for e in [3, -1]:
    m = 2 ** e
    show("m & 7", lambda: str(m & 7))
    show("7 | m", lambda: str(7 | m))
    show("m >> 1", lambda: str(m >> 1))
    show("'ab' * m", lambda: str("ab" * m))

# Objects in a union go through their dunders.
for i in range(4):
    v = vec_or_num(i)
    show("v * 2", lambda: str(v * 2))
    show("3 * v", lambda: str(3 * v))
    show("-v", lambda: str(-v))
    show("abs(v)", lambda: str(abs(v)))
    show("v - 1", lambda: str(v - 1))

# sum() of union items: ints and floats give an int-or-float; a str raises.
print(sum([token(i) for i in [1, 2, 4, 5]]))
print(sum([small(i) for i in [1, 2, 3]]), sum([small(i) for i in [1, 2]], 10))
show("sum with a str", lambda: str(sum([small(i) for i in [1, 9]])))

# Indexing and range() with an `int | str` (or `bool | str`) index.
xs = [10, 20, 30, 40, 50, 60, 70, 80, 90]
for i in [2, 4, 8]:
    k = small(i)
    show("xs[k]", lambda: str(xs[k]))
    show("'abcdefghi'[k]", lambda: str("abcdefghi"[k]))
    show("range(k)", lambda: str(list(range(k))))
    show("range(1, k, 2)", lambda: str(list(range(1, k, 2))))
flag = True
key = "x" if len(xs) > 20 else flag
print(xs[key], xs[-key])
j = small(3)
xs[j] = 0
xs[j] += 5
del xs[small(0)]
print(xs)

# Iterating a union whose members' items differ: the items are a union too.
def codes(s, as_list):
    if as_list:
        return [ord(c) for c in s]
    return s


for flag in [False, True]:
    out = []
    for c in codes("hey", flag):
        out.append(c)
    print(out, sorted(codes("yes", flag)), len(codes("ab", flag)))
    print(list(reversed(codes("abc", flag))), [c for c in reversed(codes("xy", flag))])

# Formatting a union value: each member formats as itself.
for i in [4, 9]:
    s = small(i)
    print(f"[{s:>5}] {s!r}", "[{:<4}]".format(s), format(s, "^7"), "%4s|%-3r|" % (s, s), "%s" % s)
