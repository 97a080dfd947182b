# logging.basicConfig(level=..., format=...) before any record: DEBUG records are written with the
# configured format (to stderr); a second basicConfig changes nothing. The Project Euler style of
# turning debug output on and then off with logging.disable.
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s [%(name)s] %(levelno)d: %(message)s %%")
logging.basicConfig(level=logging.ERROR, format="ignored %(message)s")


def triangle(rows):
    t = [[1]]
    for r in range(1, rows):
        prev = t[-1]
        t.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
        logging.debug(t[-1])
    return t


t = triangle(6)
logging.info("rows: %s", len(t))
print(t[-1])
logging.disable(logging.CRITICAL)
logging.debug("hidden")
print(sum(t[-1]))
