# A queue class that the program never fills: reading an item into a variable must still compile
# (and raise IndexError as CPython does).
class Queue:
    def __init__(self):
        self.entries = []
        self.front = 0

    def get(self):
        dequeued = self.entries[self.front]
        self.front += 1
        return dequeued


q = Queue()
try:
    q.get()
except IndexError as e:
    print("IndexError:", e)
print(len(q.entries))
