# operator functions the builtin engine does not take are named.
import operator
name = "upper"
f = operator.methodcaller(name)
g = operator.methodcaller("count", name)
h = operator.attrgetter(name)
