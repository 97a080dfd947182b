# `xs += iterable` extends a list by a tuple, str, dict or range (unlike `xs + t`);
# Python 2 idioms: `super(C, self)`, and `raise "text"` (a TypeError in Python 3).
class Ind:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Ind(%d)" % self.v

pop = [Ind(1)]
kids = (Ind(2), Ind(3))
pop += kids
print(pop)
fl = [0.5]
fl += (1, 2)
fl += {3: "a"}
print(fl)
s = ["x"]
s += "yz"
s += ("w",)
print(s)
nums = [1]
nums += sorted({5, 4})
nums += range(2)
print(nums)

class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."

class Dog(Animal):
    def __init__(self, name, breed):
        super(Dog, self).__init__(name)
        self.breed = breed
    def speak(self):
        return super(Dog, self).speak() + " woof"

d = Dog("rex", "lab")
print(d.name, d.breed, d.speak())

def check(x):
    if x < 0:
        raise "negative"
    return x
print(check(3))
try:
    check(-1)
except TypeError as e:
    print("TypeError:", e)
