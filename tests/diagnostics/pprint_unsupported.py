import pprint
import sys

pprint.pprint([1, 2], stream=sys.stdout)
pprint.pprint([1, 2], depth=2)
pprint.pprint({(1, None): "a"})
pprint.pprint({None: 1})
print(pprint.saferepr([1]))
pprint.pprint([1], width="80")
print(format([1, 2], ""))
