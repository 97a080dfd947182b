# The value of gc.collect() counts what CPython's cycle collector found: the port cannot know it.
import gc

print(gc.collect())
