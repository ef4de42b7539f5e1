# expect-min: 3.0
# expect: none
from anvil import app

PRIMARY = "#2d6cdf"
DANGER = "#d9534f"


def apply_dark_mode(enabled):
    colors = app.theme_colors
    if enabled:
        colors["Primary 500"] = "#90caf9"
        colors["Background"] = "#121212"
    else:
        colors["Primary 500"] = PRIMARY
        colors["Background"] = "#ffffff"
