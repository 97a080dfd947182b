# int(obj) and float(obj) through the class's __int__ / __index__ / __float__.
class Employee:
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def __int__(self):
        return self.salary

    def __float__(self):
        return self.salary / 3


class Slot:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i * 2


staff = [Employee("ada", 1000), Employee("bob", 2000)]
print([int(e) for e in staff], sum(int(e) for e in staff))
print(float(staff[0]), f"{float(staff[1]):.3f}")
print(int(Slot(21)) + 1)
