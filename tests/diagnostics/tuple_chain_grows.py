def walk(start):
    node = start
    for i in range(3):
        node = (i, node)
    while node:
        print(node[0])
        node = node[1]
walk(None)
