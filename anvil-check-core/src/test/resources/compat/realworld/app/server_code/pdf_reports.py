# expect-min: 3.6
# expect: PY101 f-strings
import anvil.pdf
import anvil.server
from datetime import date


@anvil.server.callable
def monthly_report_pdf(month, year):
    title = f"Report {year}-{month:02d}"
    pdf = anvil.pdf.render_form("ReportForm", month=month, year=year)
    pdf.name = title.replace(" ", "_") + ".pdf"
    return pdf


@anvil.server.callable
def today_label():
    d = date.today()
    return "{:%d %B %Y}".format(d)
