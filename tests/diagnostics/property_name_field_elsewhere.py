# A property name that another, unrelated class uses as a plain field (`self.state = state` in a
# Memento beside the Originator's `state` property): which `x.state` is a call and which a field
# depends on the object's class, so the property is refused rather than miscompiled.
class Memento:
    def __init__(self, state):
        self.state = state


class Originator:
    def __init__(self):
        self._state = ""

    @property
    def state(self):
        return self._state

    @state.setter
    def state(self, value):
        self._state = value

    def save(self):
        return Memento(self._state)


o = Originator()
o.state = "a"
m = o.save()
print(o.state, m.state)
