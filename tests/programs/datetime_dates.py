# datetime: date, datetime and timedelta values walked across leap years and month ends, their
# arithmetic, comparisons, attributes, str/repr and strftime, checked against CPython.
import datetime
from datetime import date, timedelta

d = date(1999, 12, 25)
step = timedelta(days=37)
seen = {}
for i in range(120):
    iy, iw, idd = d.isocalendar()
    print(d, repr(d), d.weekday(), d.isoweekday(), d.toordinal(), iy, iw, idd, d.isocalendar()[1],
          d.strftime("%A %a %B %b %j %y %Y-%m-%d %%"), d.isoformat())
    seen[d] = i
    d = d + step
    if i % 7 == 3:
        d -= timedelta(weeks=1, days=3)
print(len(seen), seen[date(1999, 12, 25)])

# Month ends and leap days, day by day.
cur = date(2023, 12, 27)
end = date(2025, 3, 3)
one = timedelta(days=1)
count = 0
while cur < end:
    if (cur + one).day == 1:
        print("end of month", cur, cur.strftime("%d %B"), f"{cur:%Y/%m/%d}", f"[{cur}]")
    count += 1
    cur += one
print(count, (end - date(2023, 12, 27)).days, end - date(2023, 12, 27))

# timedelta normalisation, str and repr.
tds = [timedelta(0), timedelta(seconds=-1), timedelta(hours=25, minutes=61), timedelta(microseconds=-1),
       timedelta(days=-3, hours=5), timedelta(weeks=2, milliseconds=1500), timedelta(minutes=-90),
       timedelta(1, 2, 3), timedelta(days=999999999)]
for t in tds:
    print(str(t), repr(t), t.days, t.seconds, t.microseconds, t.total_seconds(), bool(t), -t if t.days < 999999999 else t, abs(t))
a, b = timedelta(hours=7, minutes=30), timedelta(minutes=45)
print(a + b, a - b, b - a, a * 3, 2 * b, a // 4, a / 7, a / b, a // b, a % b, a > b, a == timedelta(seconds=27000))
print(sorted(tds[:8]), max(tds[:8]), min(tds[:8]))

# datetime values.
t0 = datetime.datetime(2024, 2, 28, 23, 59, 30)
for k in range(5):
    t = t0 + timedelta(seconds=k * 17, microseconds=k * 250001)
    print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.date(), t.isoformat(),
          t.strftime("%H:%M:%S %I %p %d/%m/%y %f"), t - t0)
print(datetime.datetime(2000, 1, 1) - datetime.datetime(1999, 12, 31, 12), datetime.datetime(2020, 5, 17, 8, 5, 0, 0))
print(date.fromordinal(730120), date.fromisoformat("2024-03-10"), d.replace(day=1), d.replace(year=2000, month=2))
print(date(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) != date(2024, 1, 2), date(2023, 5, 1) < date(2023, 4, 30))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    date(2024, 13, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(date(9999, 12, 31) + timedelta(days=1))
except OverflowError as e:
    print("OverflowError:", e)
print(date(2024, 2, 30))
