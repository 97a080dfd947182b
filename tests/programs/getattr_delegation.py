# `__getattr__` that hands the attributes a class lacks to a field (`getattr(self._inner, name)`):
# reads and method calls reach the wrapped object; the class's own attributes come first.
class Engine:
    def __init__(self, power):
        self.power = power
        self.running = False

    def start(self):
        self.running = True
        return f"vroom {self.power}"

    def describe(self):
        return "engine"


class LoggedEngine:
    """Wraps an Engine, logging the calls it intercepts."""

    def __init__(self, engine):
        self._inner = engine
        self.calls = 0

    def describe(self):
        self.calls += 1
        return "logged " + self._inner.describe()

    def __getattr__(self, name):
        return getattr(self._inner, name)


class TurboEngine(LoggedEngine):
    pass


e = LoggedEngine(Engine(120))
print(e.describe(), e.start(), e.running, e.power, e.calls)
t = TurboEngine(Engine(300))
print(t.start(), t.describe(), t.calls, t._inner.running)
