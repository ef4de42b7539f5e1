# anvil: target-version=3.9
match x:
    case 1:
        pass
