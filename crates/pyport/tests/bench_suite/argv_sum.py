# tags: io, classes
# difficulty: easy
# case: 1 2 3
# case:
# timing: 10 20 30 40
import sys


class Total:
    # The builtin engine does not compile classes yet: this program stays "no code" for it.
    def __init__(self):
        self.value = 0


total = Total()
for word in sys.argv[1:]:
    total.value += int(word)
print(total.value)
