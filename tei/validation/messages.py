"""Schema engine messages rewritten to say what was found and what was expected.

libxml2 says ``Element '{http://www.tei-c.org/ns/1.0}p': This element is not expected.
Expected is one of ( {...}title, {...}author )``; a user needs ``element 'p' not allowed
in 'titleStmt' here; expected one of: title, author``. Each rewrite is one entry of
:data:`_XSD_REWRITES` (a pattern and a function), tried in order; anything unmatched is
kept, minus namespace noise, under a generic code.
"""
from __future__ import annotations

import re
from typing import Callable

from ..namespaces import TEI_NS, XML_NS

#: what a value of each datatype looks like, for "expected ..." (type name -> phrase).
TYPE_PHRASES = {
    "temporal": "an ISO 8601 date such as 1933, 1933-04 or 1933-04-01",
    "word": "one word, without spaces",
    "words": "one or more words separated by spaces",
    "pointer": "a URI or a #id",
    "pointers": "one or more URIs or #ids separated by spaces",
    "probCert": "high, medium, low, unknown or a probability from 0 to 1",
    "xTruthValue": "true, false, unknown or inapplicable",
    "versionNumber": "a version number such as 1.2.0",
    "language": "a BCP 47 language tag such as en or de-AT",
    "xs:Name": "an XML name, without spaces",
    "xs:ID": "an NCName (a letter or '_' first, no spaces or colons)",
    "xs:boolean": "true or false",
    "xs:nonNegativeInteger": "a whole number, 0 or more",
}

#: attribute -> phrase, when the message names no type ("local union type").
ATTRIBUTE_PHRASES = {
    "xml:lang": TYPE_PHRASES["language"],
    "when": TYPE_PHRASES["temporal"],
    "notBefore": TYPE_PHRASES["temporal"],
    "notAfter": TYPE_PHRASES["temporal"],
    "from": TYPE_PHRASES["temporal"],
    "to": TYPE_PHRASES["temporal"],
    "cert": TYPE_PHRASES["probCert"],
    "usage": "a whole number from 0 to 100",
}
#: (element, attribute) -> phrase, where an attribute's name means another thing on that
#: element: biblScope's @from and @to are the first and last page (teidata.word), not dates
ELEMENT_ATTRIBUTE_PHRASES = {
    ("biblScope", "from"): "a page or other unit in one word, without spaces (such as 3 or iv)",
    ("biblScope", "to"): "a page or other unit in one word, without spaces (such as 5 or vi)",
}


def local_names(text: str) -> str:
    """Drop the TEI namespace from ``{ns}name`` and write the XML namespace as ``xml:``."""
    text = text.replace("{%s}" % TEI_NS, "").replace("{%s}" % XML_NS, "xml:")
    return text


#: libxml2 names at most this many expected elements; a list that long may go on.
LIBXML2_EXPECTED_MAX = 10


def _names_list(text: str) -> str:
    names = [n.strip() for n in local_names(text).split(",") if n.strip()]
    if len(names) >= LIBXML2_EXPECTED_MAX:
        return "one of: " + ", ".join(names) + ", ..."
    return ("one of: " + ", ".join(names)) if len(names) > 1 else (names[0] if names else "nothing")


def _parent_name(element) -> str | None:
    if element is None:
        return None
    parent = element.getparent()
    if parent is None or not isinstance(parent.tag, str):
        return None
    return local_names(parent.tag)


def _first_text(element) -> str:
    if element is None:
        return ""
    for piece in [element.text] + [child.tail for child in element]:
        if piece and piece.strip():
            snippet = " ".join(piece.split())
            return snippet if len(snippet) <= 40 else snippet[:37] + "..."
    return ""


def _value_phrase(attribute: str, type_name: str | None, element_name: str,
                  default: str = "a value of the attribute's datatype") -> str:
    if (element_name, attribute) in ELEMENT_ATTRIBUTE_PHRASES:
        return ELEMENT_ATTRIBUTE_PHRASES[element_name, attribute]
    if type_name:
        short = local_names(type_name).strip("'")
        if short in TYPE_PHRASES:
            return TYPE_PHRASES[short]
    return ATTRIBUTE_PHRASES.get(attribute, default)


Rewrite = Callable[[re.Match, object], tuple[str, str]]


def _not_expected(m: re.Match, element) -> tuple[str, str]:
    name, expected = local_names(m["name"]), m["expected"]
    parent = _parent_name(element)
    where = f" in '{parent}' here" if parent else " here"
    if expected is None:
        return "TEI-X001", f"element '{name}' not allowed{where}; expected no further element{(' in ' + repr(parent)) if parent else ''}"
    return "TEI-X001", f"element '{name}' not allowed{where}; expected {_names_list(expected)}"


def _missing_child(m: re.Match, element) -> tuple[str, str]:
    return "TEI-X001", f"element '{local_names(m['name'])}' is incomplete; expected {_names_list(m['expected'])}"


def _text_in_element_only(m: re.Match, element) -> tuple[str, str]:
    found = _first_text(element)
    return "TEI-X001", f"text {found!r} not allowed in '{local_names(m['name'])}'; expected only elements here"


def _text_in_empty(m: re.Match, element) -> tuple[str, str]:
    found = _first_text(element)
    return "TEI-X001", f"text {found!r} not allowed in '{local_names(m['name'])}'; expected it to be empty"


def _element_in_empty(m: re.Match, element) -> tuple[str, str]:
    return "TEI-X001", f"element '{local_names(m['name'])}' has content; expected it to be empty"


def _attribute_not_allowed(m: re.Match, element) -> tuple[str, str]:
    return "TEI-X003", f"attribute '{local_names(m['attribute'])}' not allowed on '{local_names(m['name'])}'"


def _attribute_missing(m: re.Match, element) -> tuple[str, str]:
    return "TEI-X003", f"element '{local_names(m['name'])}' lacks the required attribute '{local_names(m['attribute'])}'"


def _enumeration(m: re.Match, element) -> tuple[str, str]:
    choices = ", ".join(v.strip().strip("'") for v in m["set"].split(","))
    return "TEI-X002", (
        f"attribute '{local_names(m['attribute'])}' of '{local_names(m['name'])}' has value '{m['value']}'; "
        f"expected one of: {choices}"
    )


def _bad_value(m: re.Match, element) -> tuple[str, str]:
    attribute = local_names(m["attribute"])
    if attribute == "xml:id":
        if _NCNAME.match(m["value"]):  # a well-formed id that xs:ID refuses is a duplicate
            return "TEI-R002", f"xml:id '{m['value']}' is used more than once; expected it once in the document"
        return "TEI-R003", f"xml:id '{m['value']}' is not an NCName; expected {TYPE_PHRASES['xs:ID']}"
    phrase = _value_phrase(attribute, m.groupdict().get("type"), local_names(m["name"]))
    return "TEI-X002", f"attribute '{attribute}' of '{local_names(m['name'])}' has value '{m['value']}'; expected {phrase}"


def _facet(m: re.Match, element) -> tuple[str, str]:
    attribute = local_names(m["attribute"])
    phrase = _value_phrase(attribute, None, local_names(m["name"]),
                           "a value that is not empty and has no spaces where one word is due")
    return "TEI-X002", f"attribute '{attribute}' of '{local_names(m['name'])}' has value '{m['value']}'; expected {phrase}"


def _duplicate_id(m: re.Match, element) -> tuple[str, str]:
    return "TEI-R002", f"xml:id '{m['value']}' is used more than once; expected it once in the document"


_NCNAME = re.compile(r"^[^\W\d][\w.\-]*$")

_E = r"Element '(?P<name>[^']+)'"
_A = r"Element '(?P<name>[^']+)', attribute '(?P<attribute>[^']+)'"

_XSD_REWRITES: list[tuple[re.Pattern, Rewrite]] = [
    (re.compile(_E + r": This element is not expected\.(?: Expected is(?: one of)? \( (?P<expected>.*) \))?"), _not_expected),
    (re.compile(_E + r": Missing child element\(s\)\. Expected is(?: one of)? \( (?P<expected>.*) \)"), _missing_child),
    (re.compile(_E + r": Character content other than whitespace is not allowed"), _text_in_element_only),
    (re.compile(_E + r": Character content is not allowed, because the content type is empty"), _text_in_empty),
    (re.compile(_E + r": Element content is not allowed, because the content type is empty"), _element_in_empty),
    (re.compile(_A + r": The attribute '[^']+' is not allowed"), _attribute_not_allowed),
    (re.compile(_E + r": The attribute '(?P<attribute>[^']+)' is required but missing"), _attribute_missing),
    (re.compile(_A + r": \[facet 'enumeration'\] The value '(?P<value>[^']*)' is not an element of the set \{(?P<set>.*)\}"), _enumeration),
    (re.compile(_A + r": \[facet '[^']+'\] The value '(?P<value>[^']*)'"), _facet),
    (re.compile(_A + r": '(?P<value>[^']*)' is not a valid value of the (?:[\w ]*?)type(?: '(?P<type>[^']+)')?"), _bad_value),
    (re.compile(_E + r": ID '(?P<value>[^']+)' is already defined"), _duplicate_id),
]


def rewrite_xsd_message(message: str, element=None) -> tuple[str, str]:
    """(code, message) for one libxml2 XML Schema message about ``element``."""
    for pattern, rewrite in _XSD_REWRITES:
        m = pattern.match(message)
        if m:
            return rewrite(m, element)
    text = local_names(message).rstrip(".")
    text = re.sub(r"^Element '([^']+)'(, attribute '([^']+)')?: ", lambda x: f"{x[1]}{'/@' + x[3] if x[3] else ''}: ", text)
    code = "TEI-X002" if "valid value" in text or "facet" in text else "TEI-X001"
    return code, text


_RNG_REWRITES: list[tuple[re.Pattern, Callable[[re.Match], tuple[str, str]]]] = [
    (re.compile(r"Expecting element (?P<want>\S+), got (?P<got>\S+)"),
     lambda m: ("TEI-X001", f"element '{m['got']}' not allowed here; expected {m['want']}")),
    (re.compile(r"Did not expect element (?P<got>\S+) there"),
     lambda m: ("TEI-X001", f"element '{m['got']}' not allowed here")),
    (re.compile(r"Element (?P<name>\S+) has extra content: (?P<got>\S+)"),
     lambda m: ("TEI-X001", f"element '{m['got']}' not allowed in '{m['name']}'")),
    (re.compile(r"Invalid attribute (?P<att>\S+) for element (?P<name>\S+)"),
     lambda m: ("TEI-X003", f"attribute '{m['att']}' not allowed on '{m['name']}'")),
    (re.compile(r"Element (?P<name>\S+) failed to validate attributes"),
     lambda m: ("TEI-X003", f"element '{m['name']}' has an attribute that is not allowed or has a wrong value")),
    (re.compile(r"Type (?P<type>\S+) doesn't allow value '(?P<value>[^']*)'"),
     lambda m: ("TEI-X002", f"value '{m['value']}' is not a valid {m['type']}")),
]


def rewrite_rng_message(message: str) -> tuple[str, str]:
    """(code, message) for one libxml2 RELAX NG message."""
    for pattern, rewrite in _RNG_REWRITES:
        m = pattern.search(message)
        if m:
            return rewrite(m)
    return "TEI-X001", local_names(message).rstrip(".")
