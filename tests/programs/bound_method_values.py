# A method read through an object is a function value bound to it: kept in lists and dicts,
# passed as a key or to map, called later (through the subclass's override when there is one);
# a static method read through an object is the plain function.
class Radio:
    def __init__(self, name):
        self.name = name
        self.stations = 0

    def scan(self):
        self.stations += 1
        print(self.name, "scanning", self.stations)

    def tune(self, freq):
        return f"{self.name} at {freq:.1f}"

    def distance(self, x):
        return abs(x - 100)

    @staticmethod
    def band(freq):
        return "FM" if freq > 30 else "AM"


class CarRadio(Radio):
    def scan(self):
        self.stations += 2
        print(self.name, "fast scan", self.stations)


class Button:
    def __init__(self):
        self.handlers = []

    def on_click(self, handler):
        self.handlers.append(handler)

    def click(self):
        for h in self.handlers:
            h()


r = Radio("kitchen")
actions = [r.scan] * 2
for a in actions:
    a()
car = CarRadio("car")
b = Button()
b.on_click(r.scan)
b.on_click(car.scan)
b.click()
b.click()
print(list(map(r.tune, [88.5, 101.25])))
print(sorted([120, 90, 99, 300], key=r.distance))
table = {"tune": r.tune, "car": car.tune}
print(table["car"](97.0), table["tune"](104.5))
band = r.band
print(band(88.0), band(0.6))


def make_scanner():
    return Radio("temporary").tune


t = make_scanner()
print(t(92.3))
