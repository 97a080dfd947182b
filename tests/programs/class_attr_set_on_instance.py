# A class attribute assigned through an instance from outside the class: the instance gets its own.
class Counter:
    count = 0
    label = "c"
    def inc(self):
        self.count += 1
a = Counter()
b = Counter()
a.inc(); a.inc(); b.inc()
a.label = "A"
print(a.count, b.count, Counter.count, a.label, b.label, Counter.label)
