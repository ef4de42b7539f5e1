from zoneinfo import ZoneInfo
