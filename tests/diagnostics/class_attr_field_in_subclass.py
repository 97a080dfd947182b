# The class attribute is the base's, the field the subclass's: a method of the base reading
# `self.x` of a subclass instance must see the instance's value once assigned.
class Base:
    x = 1

    def get(self):
        return self.x


class Child(Base):
    def set(self, v):
        self.x = v


c = Child()
c.set(5)
print(c.get())
