# tags: io
# difficulty: easy
# case: 1 2 3
# case:
# timing: 10 20 30 40
import sys

total = 0
for word in sys.argv[1:]:
    total += int(word)
print(total)
