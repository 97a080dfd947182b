# Calling an object whose class defines no `__call__`.


class Plain:
    def __init__(self):
        self.v = 1


p = Plain()
print(p(3))
