# Iterating over a tuple of objects of sibling classes (the Facade pattern's
# `for s in (self.fs, self.ps): s.boot()`): each item as their nearest common base class, the
# overridden methods called through it.


class Server:
    def boot(self):
        return "generic boot"

    def name(self):
        return type(self).__name__


class FileServer(Server):
    def boot(self):
        return "mounting files"


class ProcessServer(Server):
    def boot(self):
        return "starting processes"


class CacheServer(FileServer):
    pass


class OperatingSystem:
    def __init__(self):
        self.fs = FileServer()
        self.ps = ProcessServer()
        self.cs = CacheServer()

    def start(self):
        print([s.boot() for s in (self.fs, self.ps)])
        for s in (self.cs, self.ps, self.fs):
            print(s.name(), "->", s.boot())
        return len((self.fs, self.cs))


print(OperatingSystem().start())
