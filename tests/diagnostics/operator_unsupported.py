# operator functions the builtin engine does not take are named.
import operator
f = operator.methodcaller("upper")
g = operator.itemgetter(0, 1)
