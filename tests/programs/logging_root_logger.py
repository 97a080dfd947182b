# logging's module functions on the root logger: the first call configures it (so the later
# basicConfig is ignored), levels filter, %-style arguments are formatted only for records that
# are written, and logging.disable drops everything at or below a level. Records go to stderr;
# stdout shows what the program computes meanwhile.
import logging

logging.info("not shown: the root logger starts at WARNING")
logging.warning("shown: %d items", 3)
logging.basicConfig(level=logging.DEBUG)  # too late: the warning above configured the root logger
logging.debug("still hidden")
logging.error("error with a list %s and a tuple %r", [1, 2], (3, "x"))
logging.critical(42)
logging.log(logging.ERROR, "via log() at level %s", "ERROR")
logging.log(35, "a custom level")
total = 0
for i in range(5):
    total += i
    logging.warning("step %d total %d", i, total)
print("total", total)
logging.disable(logging.WARNING)
logging.warning("dropped by disable")
logging.error("kept: above the disabled level")
logging.disable(logging.CRITICAL)
logging.critical("dropped too")
print("levels", logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
