"""Bytes to text, for every reader: UTF-8, Unix line endings, no character XML refuses.

Readers take text: the pipeline decodes the input once here, whatever the format, so a
reader never sees a byte-order mark, a carriage return or a NUL.
"""
from __future__ import annotations

import re

from ..errors import ContentError

BOM = "\ufeff"
#: characters XML 1.0 does not allow (C0 controls but tab and newline, lone surrogates,
#: U+FFFE/U+FFFF): a page holding one is refused, since dropping it would lose text.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def decode(data: bytes, path: str | None = None) -> str:
    """UTF-8 text with Unix line endings; refuses empty, binary and non-UTF-8 input."""
    if not data.strip():
        raise ContentError("empty file: no article text", path)
    if b"\x00" in data:
        raise ContentError("binary file: not an article text", path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ContentError(f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})", path, line) from None
    if text.startswith(BOM):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def refuse_non_xml_characters(text: str, path: str | None = None) -> None:
    """A character XML cannot hold is refused, naming its line: dropping it would lose text."""
    bad = NOT_XML.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise ContentError(f"character U+{ord(bad.group()):04X} cannot stand in XML", path, line)
