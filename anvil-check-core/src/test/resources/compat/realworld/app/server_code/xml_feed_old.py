# expect-min: 3.0
# expect: none
# xml.etree.cElementTree is deprecated (3.3) but still ships: its removal in 3.9.0a was reverted
# before 3.9.0 (bpo-36543), and the 3.9-3.13 interpreters import it.
import xml.etree.cElementTree as ET


def titles(xml_text):
    root = ET.fromstring(xml_text)
    return [el.text for el in root.iter("title")]


def count_items(xml_text):
    return len(ET.fromstring(xml_text).findall(".//item"))
