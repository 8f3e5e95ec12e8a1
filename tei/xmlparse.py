"""The one way this toolkit parses XML: safely.

No entity is expanded, no DTD is loaded, nothing is fetched from the network, and
libxml2's limits on huge documents stay on. Every reader of XML in the package (register,
validator, views) takes its parser from here.
"""
from __future__ import annotations

from lxml import etree


def safe_parser(recover: bool = False) -> etree.XMLParser:
    """A new parser (lxml parsers are not thread-safe to share while parsing)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=recover)
