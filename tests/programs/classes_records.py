class Item:
    def __init__(self, name, weight, tags=None):
        self.name = name
        self.weight = weight
        self.tags = tags if tags is not None else []
        self.box = None

    def heavier(self, limit=10):
        return self.weight > limit

    def each_tag(self):
        for t in self.tags:
            yield t.upper()

    def __repr__(self):
        return "Item(" + self.name + ")"


class Box:
    def __init__(self):
        self.items = []
        self.inner = None


items = [Item("b", 12, ["x", "y"]), Item("a", 3), Item("c", 7, ["z"])]
items.sort(key=lambda it: it.weight)
print(items, [it.name for it in items if it.heavier(5)])
by_name = {it.name: it for it in items}
print(by_name["b"].weight, sorted(by_name.values(), key=lambda it: it.name))
print(list(items[2].each_tag()))
outer = Box()
outer.inner = Box()
outer.inner.items.append(items[0])
items[0].box = outer
print(len(outer.inner.items), outer.inner.items[0].name, items[0].box.inner.items)
print(max(items, key=lambda it: it.weight).name)
total = sum(it.weight for it in items)
print(total)
class Counter:
    def __init__(self):
        self.total = 1

    def bump(self):
        self.total += 100
        return 5

    def run(self):
        self.total += self.bump()
        return self.total


print(Counter().run())
