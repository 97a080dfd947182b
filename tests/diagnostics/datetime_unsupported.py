from datetime import date, datetime, timedelta
import calendar

print(date.today())
print(datetime.now())
d = date(2024, 1, 5)
print(d.strftime("%U %Y"))
print(d.isocalendar())
print(timedelta(hours=1.5))
print(d + 1)
print(timedelta(days=1) * 1.5)
print(calendar.month(2024, 1))
print(d.ctime())
