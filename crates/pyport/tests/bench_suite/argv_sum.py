# tags: io, classes
# difficulty: easy
# case: 1 2 3
# case:
# timing: 10 20 30 40
import sys


class Total:
    # The builtin engine does not compile `eval`: this program stays "no code" for it.
    def __init__(self, options="{}"):
        self.parts = []
        self.options = eval(options)

    def value(self):
        return sum(self.parts)


total = Total()
for word in sys.argv[1:]:
    total.parts.append(int(word))
print(total.value())
