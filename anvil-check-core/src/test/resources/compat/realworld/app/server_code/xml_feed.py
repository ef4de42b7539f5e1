# expect-min: 3.0
# expect: none
import xml.etree.ElementTree as ET
import anvil.server
from anvil.tables import app_tables


@anvil.server.http_endpoint("/feed.xml")
def feed(**kw):
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = "Product updates"
    for row in app_tables.news.search():
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = row["title"]
        ET.SubElement(item, "link").text = row["url"]
    body = ET.tostring(rss, encoding="unicode")
    return anvil.server.HttpResponse(200, body, headers={"Content-Type": "application/rss+xml"})
