# Parameters annotated with two different classes (`s: State, e: Event`): each annotation is its
# own unknown type, not one shared variable that tied the classes together (a type conflict).
class State:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n


class Event:
    def __init__(self, n):
        self.n = n


A = State(1)


def step(s: State, e: Event) -> State:
    return s


def run():
    s = A
    out = []
    for k in range(2):
        s = step(s, Event(k))
        out.append(s)
    return out


for i, s in enumerate(run()):
    print(i, s.n)
