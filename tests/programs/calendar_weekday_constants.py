# calendar's weekday constants (plain ints in Python 3.11), imported both ways, used in arithmetic,
# comparisons and as indexes.
import calendar
from calendar import FRIDAY, weekday
days = [calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY, FRIDAY, calendar.SATURDAY, calendar.SUNDAY]
print(days)
fridays = [(y, m) for y in range(2020, 2024) for m in range(1, 13) if weekday(y, m, 13) == FRIDAY]
print(len(fridays), fridays[:3])
print(calendar.day_name[calendar.SUNDAY], calendar.SUNDAY + 1)
