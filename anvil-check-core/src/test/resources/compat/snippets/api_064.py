from backports.zoneinfo import ZoneInfo
