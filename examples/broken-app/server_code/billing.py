import anvil.server


@anvil.server.callable
def invoice_total(lines):
    return sum(line["amount"] for line in lines)
