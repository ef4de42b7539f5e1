import anvil.server
import requests_oauthlib
from anvil.tables import app_tables


@anvil.server.background_task
def nightly_job():
    for invoice in app_tables.invoices.search():
        print(invoice['amont'])


@anvil.server.callable
def start_nightly():
    anvil.server.launch_background_task('nightly_jb')


@anvil.server.callable
def old_report():
    return app_tables.invoice.search()
