# expect-min: 3.0
# expect-max: 3.8
# expect: PY302 xml.etree.cElementTree
import xml.etree.cElementTree as ET


def titles(xml_text):
    root = ET.fromstring(xml_text)
    return [el.text for el in root.iter("title")]


def count_items(xml_text):
    return len(ET.fromstring(xml_text).findall(".//item"))
