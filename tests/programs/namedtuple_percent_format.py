# `fmt % p` for a namedtuple `p`: the fields are the arguments, as for any tuple (mixed7 corpus,
# pymotw's namedtuple example).
import collections

Person = collections.namedtuple("Person", "name age")
Point = collections.namedtuple("Point", ["x", "y", "z"])

people = [Person(name="Bob", age=30), Person("Jane", 29)]
for p in people:
    print("%s is %d years old" % p)
    print("%r / %5d" % p)
pt = Point(1.5, -2, 3)
print("(%.2f, %d, %s)" % pt)
print("%s" % (pt,))
