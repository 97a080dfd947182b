# A `**kwargs` parameter gets a call's extra keywords only where the builtin engine can tell which
# function the call reaches: here `cls(...)` may run either class's `__init__`, and they differ.
class Node:
    def __init__(self, value, **meta):
        self.value = value
        self.meta = meta

    @classmethod
    def tagged(cls, value):
        return cls(value, tag="t")


class Plain(Node):
    def __init__(self, value):
        super().__init__(value, plain=True)


print(Node.tagged(1).meta, Plain(2).meta)
