# `**kwargs` parameters: functions, methods, constructors, `super().__init__(**kw)`, `cls(...)` in a
# class method, `f(**d)` (a copy), forwarding, overriding methods, and CPython's TypeError when `**d`
# names a parameter the call binds by position.


def tag(name, **attrs):
    """An HTML start tag."""
    parts = [name] + [f'{k}="{v}"' for k, v in attrs.items()]
    return "<" + " ".join(parts) + ">"


print(tag("a", href="/home", title="Home"))
print(tag(name="br"))
extra = {"src": "x.png", "alt": "pic"}
print(tag("img", **extra))
try:
    print(tag("img", **{"name": "dup"}))
except TypeError as e:
    print("TypeError:", e)


def report(*args, sep=", ", **kwargs):
    head = sep.join(str(a) for a in args)
    tail = sep.join(f"{k}={v!r}" for k, v in kwargs.items())
    return f"[{head}] {{{tail}}} {len(kwargs)}"


print(report(1, 2, 3, colour="red", size=3.5))
print(report(sep="; ", x=1, y=2))
print(report())


def counts(**kw):
    kw["total"] = sum(kw.values())
    return kw


given = {"a": 1, "b": 2}
print(counts(**given), given)
print(counts(), counts(z=26))


def outer(**options):
    options.setdefault("depth", 0)
    return counts(**options)


print(outer(width=3), outer())


def order(first, **rest):
    # The extra keywords are moved together: the named one between them has no side effect.
    return first, list(rest)


k = 7
print(order(b=2, first=k, a=1))


class Shape:
    def __init__(self, name, **props):
        self.name = name
        self.props = props

    def describe(self, **extra):
        merged = dict(self.props)
        merged.update(extra)
        return f"{self.name}: {merged}"

    @classmethod
    def unit(cls, name):
        return cls(name, size=1)


class Square(Shape):
    def __init__(self, side, **props):
        super().__init__("square", **props)
        self.side = side

    def describe(self, **extra):
        return "[] " + Shape.describe(self, **extra)


class Circle(Shape):
    pass


s = Square(3, color="red", filled=True)
c = Circle("circle", color="blue")
print(s.describe(), c.describe(border=2))
print(Shape("dot").describe(size=1))
print(Circle.unit("o").props, Shape.unit("p").describe(), s.describe(**{"x": 0}))
for shape in [Shape("a", n=1), c]:
    print(shape.describe(tagged=True))


def fun_args(normal, *args, **kwargs):
    print(normal, args)
    for key, value in kwargs.items():
        print(f"{key} is a {value}")
    print(kwargs.keys(), kwargs.values())


names = ["Rohit", "Harry"]
fun_args("students:", *names, **{"Rohan": "Student", "Harry": "Programmer"})
fun_args("none", job="cook")
