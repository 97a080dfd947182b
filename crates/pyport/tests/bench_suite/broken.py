# tags: numeric
# difficulty: easy
# case: 1
# case: 2
# timing: 3
def broken(:
    return 1
