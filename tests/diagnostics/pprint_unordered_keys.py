# pprint sorts dict keys and set elements; values `<` may not order are refused.
import pprint


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v})"


pprint.pprint({(1, None): "a"})
pprint.pprint({None: 1, 2: 3})
pprint.pprint([{Box(1): 1}])
pprint.pprint({None: 1, 2: 3}, sort_dicts=False)
