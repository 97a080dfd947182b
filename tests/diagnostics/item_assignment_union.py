# The rows start as strs and a loop turns each into a list of characters: the items are
# `str | list[str]`, which the builtin engine cannot store into (CPython runs this fine).
MAZE = ["#S #", "#  E"]
for i in range(len(MAZE)):
    MAZE[i] = list(MAZE[i])
MAZE[0][1] = " "
print(MAZE)
