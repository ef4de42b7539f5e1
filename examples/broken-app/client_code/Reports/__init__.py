from ._anvil_designer import ReportsTemplate
from anvil import *
import anvil.server
import anvil.secrets
from anvil.tables import app_tables


class Reports(ReportsTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)

    def refresh_click(self, **event_args):
        totals = anvil.server.call('invoice_totals')
        total = anvil.server.call('invoice_total', [], 'EUR')
        anvil.server.launch_background_task('nightly_job')
        rows = app_tables.invoices.search()
        app_tables.ledger.add_row(amount=total)
        open_form('Dashbord')
