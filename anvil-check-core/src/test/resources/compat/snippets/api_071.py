import anvil.secrets
