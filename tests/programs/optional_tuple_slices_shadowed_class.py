# Slices and concatenation of a tuple held in a field that may be None; a parameter named like a class.
class Node:
    def __init__(self, args=None):
        self.args = args

a = Node(tuple([Node(), Node(), Node()]))
b = Node(tuple([Node()]))
c = 1
if a.args and b.args:
    tmp = a.args[c]
    a.args = a.args[:c] + (b.args[0],) + a.args[c + 1:]
    b.args = b.args[:0] + (tmp,) + b.args[1:]
print(len(a.args), len(b.args), a.args[1] is b.args[0] or True)

class face:
    def __init__(self, n):
        self.n = n

class cube:
    def __init__(self):
        self.faces = [face(i) for i in range(6)]

    def turn(self, face, k):
        front = self.faces[face.n]
        return front.n + k

c = cube()
print(c.turn(face(2), 10), [f.n for f in c.faces])
