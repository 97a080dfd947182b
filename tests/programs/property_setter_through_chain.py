# A property setter reached through a chain of plain attributes (`self._state.context = self`,
# the State and Mediator patterns): the setter runs on the object at the end of the chain.


class State:
    def __init__(self, name):
        self.name = name
        self._context = None
        self.changes = 0

    @property
    def context(self):
        return self._context

    @context.setter
    def context(self, ctx):
        self.changes += 1
        self._context = ctx


class Holder:
    def __init__(self, state):
        self.inner = state


class Context:
    def __init__(self, state):
        self._state = state
        self.holder = Holder(state)
        self.transition_to(state)

    def transition_to(self, state):
        print(f"switching to {state.name}")
        self._state = state
        self._state.context = self
        self.holder.inner = state
        self.holder.inner.context = self

    def describe(self):
        return f"{self._state.name} ({self._state.changes} sets)"


c = Context(State("A"))
print(c.describe())
c.transition_to(State("B"))
print(c.describe(), c._state.context is c)
c._state.context = None
print(c._state.context is None, c._state.changes)
