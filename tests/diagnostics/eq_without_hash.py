# A class defining __eq__ without __hash__ is unhashable in Python (its __hash__ is None): refused as a dict key.
class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, o):
        return self.x == o.x

    def __repr__(self):
        return "P"


try:
    print({P(1): 1})
except TypeError as e:
    print("TypeError:", e)
