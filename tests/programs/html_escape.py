# html.escape with and without quote.
import html
from html import escape
s = "<a href=\"x\">Tom & Jerry's</a>"
print(html.escape(s))
print(escape(s, quote=False), html.escape(s, False), html.escape("plain"))
