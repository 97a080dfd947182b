# Private names are mangled as CPython does: `self.__x` in class `Base` is `_Base__x`, so a
# subclass's own `__x` is another attribute, and code outside reads `obj._Base__x`.
class Base:
    __made = 0

    def __init__(self, x):
        self.__x = x
        Base.__made += 1

    def __double(self):
        return self.__x * 2

    def base_x(self):
        return self.__x, self.__double()

    @classmethod
    def made(cls):
        return cls.__made


class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.__x = y

    def derived_x(self):
        return self.__x


class __Hidden:
    def __init__(self):
        self.__secret = "s"

    def reveal(self):
        return self.__secret


d = Derived(1, 2)
print(d.base_x(), d.derived_x(), d._Base__x, d._Derived__x, d._Base__double())
print(Base.made(), Base._Base__made, Base(5).base_x(), Base.made())
h = __Hidden()
print(h.reveal(), h._Hidden__secret)
