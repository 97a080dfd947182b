# The truth of an object: its __bool__, else __len__() != 0, else True.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Plain:
    pass


made = []


def make():
    made.append(1)
    return Plain()


s = Stack().push(1).push(2)
out = []
while s:
    out.append(s.pop())
print(out, bool(s), not s, len(s))
print(bool(Flag(True)), bool(Flag(False)), [f.on for f in [Flag(1 > 0), Flag(0 > 1)] if f])
if make():
    print("plain objects are true", len(made))
print("yes" if Flag(False) else "no", Flag(True) and "and", Flag(False) or "or")


def find(flags, on):
    for f in flags:
        if f.on == on:
            return f
    return None


maybe = find([Flag(False)], False)
print("found a false flag" if maybe else "no true object", maybe is not None)
