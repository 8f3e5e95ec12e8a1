"""Pagefind's filter indexes in one defined order, so that its folder is byte-identical.

Pagefind 1.5 collects the values of each filter (``data-pagefind-filter``) in a hash map
seeded at random, so two runs over the same pages write each filter's values in another
order; the filter file is named after a hash of its bytes, and the metadata file, which
lists the filters (in hash-map order too) by those names, is named after its own bytes,
and ``pagefind-entry.json`` names the metadata file. Everything else Pagefind writes is
the same from run to run once the pages reach it in the same order (``search.py``).

:func:`canonical_filters` takes the files of Pagefind's folder and gives them back with,
for each language,

- every filter file's values sorted by value (code points, which is the byte order of
  their UTF-8; each value's page numbers ascending), and the filters of the metadata
  file sorted by name: the order that Pagefind's own later sources give them;
- each rewritten file named as Pagefind names it: ``filter/<lang>_<hash>.pf_filter`` and
  ``pagefind.<lang>_<hash>.pf_meta``, where the hash is Pagefind's: SHA-1 of the CBOR
  payload, each byte written as lowercase hex without its leading zero, cut to 7
  characters (filters, lengthened while two collide) or to the language's length + 8
  (metadata); ``pagefind-entry.json`` names the new metadata file.

The format understood is Pagefind 1.5's (1.5.2 was read byte by byte to write this):
a ``.pf_*`` file is gzip of ``pagefind_dcd`` followed by one CBOR item; a filter file is
``[filter, [[value, [page, ...]], ...]]``; a metadata file is an array of 6 whose 4th
item is ``[[filter, hash], ...]``. Only unsigned integers, text strings and arrays of
definite length occur there, each in its shortest form, and decoding then encoding a
file must give back its bytes exactly. Anything else (another version in
``pagefind-entry.json``, another shape, another CBOR type, a file that does not
round-trip) raises :class:`PagefindFormatError` rather than writing an index that could
be broken. Files are gzip-compressed again here (zlib level 9, no name, no time), so the
filter and metadata files' compressed bytes are zlib's, not Pagefind's own (the same
for the same zlib; a Python built on zlib-ng would compress them otherwise); their
payloads and names are what Pagefind would give them.
"""
from __future__ import annotations

import hashlib
import json
import struct
import zlib

from ..errors import ContentError

KNOWN_VERSION = "1.5."  # the Pagefind series whose format this module knows
SIGNATURE = b"pagefind_dcd"
ENTRY = "pagefind-entry.json"
UINT, TEXT, ARRAY = 0, 3, 4  # the CBOR major types Pagefind's filter and metadata files use


class PagefindFormatError(ContentError):
    """Pagefind wrote something this module does not know: nothing is rewritten."""


def canonical_filters(files: dict[str, bytes]) -> dict[str, bytes]:
    """Pagefind's files (path inside its folder -> bytes) with the filters in order."""
    files = dict(files)
    entry = read_entry(files)
    for language, facts in sorted(entry["languages"].items()):
        facts["hash"] = order_language(files, language, facts["hash"])
    files[ENTRY] = dump_entry(entry)
    return files


def read_entry(files: dict[str, bytes]) -> dict:
    if ENTRY not in files:
        raise PagefindFormatError(f"Pagefind wrote no {ENTRY}")
    data = files[ENTRY]
    entry = json.loads(data)
    version = entry.get("version", "?")
    if not str(version).startswith(KNOWN_VERSION):
        raise PagefindFormatError(f"Pagefind {version} is not the version whose index this toolkit knows "
                                  f"({KNOWN_VERSION}x): install pagefind[bin]>=1.5,<1.6")
    if dump_entry(entry) != data or not isinstance(entry.get("languages"), dict):
        raise PagefindFormatError(f"Pagefind's {ENTRY} is not in the form this toolkit knows")
    return entry


def dump_entry(entry: dict) -> bytes:
    """pagefind-entry.json as Pagefind writes it: compact, keys in its order, UTF-8."""
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def order_language(files: dict[str, bytes], language: str, meta_hash: str) -> str:
    """Sort one language's filter files and metadata; returns the metadata's new hash."""
    meta = unpack(files.pop(f"pagefind.{meta_hash}.pf_meta", None), f"pagefind.{meta_hash}.pf_meta")
    if not (isinstance(meta, list) and len(meta) == 6 and is_pairs(meta[3])):
        raise PagefindFormatError(f"Pagefind's metadata file pagefind.{meta_hash}.pf_meta has another shape")
    payloads = {}
    for name, old in meta[3]:
        path = f"filter/{old}.pf_filter"
        index = unpack(files.pop(path, None), path)
        if not is_filter(index) or index[0] != name:
            raise PagefindFormatError(f"Pagefind's filter file {path} has another shape")
        payloads[name] = encode([name, sorted([value, sorted(pages)] for value, pages in index[1])])
    meta[3] = []
    for name in sorted(payloads):
        digest, length = pagefind_hash(payloads[name]), 7
        while any(hash_ == f"{language}_{digest[:length]}" for _, hash_ in meta[3]) and length < len(digest):
            length += 1  # as Pagefind lengthens a name that two filters would share
        meta[3].append([name, f"{language}_{digest[:length]}"])
        files[f"filter/{language}_{digest[:length]}.pf_filter"] = pack(payloads[name])
    payload = encode(meta)
    new_hash = f"{language}_{pagefind_hash(payload)[:len(language) + 8]}"
    files[f"pagefind.{new_hash}.pf_meta"] = pack(payload)
    return new_hash


def is_pairs(value) -> bool:
    return isinstance(value, list) and all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(part, str) for part in pair) for pair in value)


def is_filter(value) -> bool:
    return (isinstance(value, list) and len(value) == 2 and isinstance(value[0], str) and isinstance(value[1], list)
            and all(isinstance(item, list) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], list)
                    and all(isinstance(page, int) for page in item[1]) for item in value[1]))


def pagefind_hash(payload: bytes) -> str:
    """Pagefind's content hash: SHA-1, each byte as lowercase hex without leading zero."""
    return "".join(format(byte, "x") for byte in hashlib.sha1(payload).digest())


def unpack(data: bytes | None, path: str):
    """The CBOR item of a ``.pf_*`` file, checked to encode back to the same bytes."""
    if data is None:
        raise PagefindFormatError(f"Pagefind's index lacks {path}")
    try:
        raw = zlib.decompress(data, wbits=31)
    except zlib.error:
        raise PagefindFormatError(f"Pagefind's {path} is not gzip") from None
    if not raw.startswith(SIGNATURE):
        raise PagefindFormatError(f"Pagefind's {path} does not start with {SIGNATURE.decode()}")
    payload = raw[len(SIGNATURE):]
    item, end = decode(payload, 0, path)
    if end != len(payload) or encode(item) != payload:
        raise PagefindFormatError(f"Pagefind's {path} is CBOR in a form this toolkit does not know")
    return item


def pack(payload: bytes) -> bytes:
    """gzip of the signature and payload, with a fixed header (no name, time 0, OS unknown)."""
    raw = SIGNATURE + payload
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = compressor.compress(raw) + compressor.flush()
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + body + struct.pack("<II", zlib.crc32(raw), len(raw) & 0xFFFFFFFF)


def decode(data: bytes, at: int, path: str):
    """One CBOR item of the kinds Pagefind's filter and metadata files hold: (item, end)."""
    if at >= len(data):
        raise PagefindFormatError(f"Pagefind's {path} ends inside a CBOR item")
    major, info = data[at] >> 5, data[at] & 31
    at += 1
    if info < 24:
        argument = info
    elif info <= 27:
        size = 1 << (info - 24)
        if at + size > len(data):
            raise PagefindFormatError(f"Pagefind's {path} ends inside a CBOR item")
        argument, at = int.from_bytes(data[at:at + size], "big"), at + size
    else:
        raise PagefindFormatError(f"Pagefind's {path} holds CBOR of indefinite length or a reserved form")
    if major == UINT:
        return argument, at
    if major == TEXT:
        if at + argument > len(data):
            raise PagefindFormatError(f"Pagefind's {path} ends inside a CBOR item")
        return data[at:at + argument].decode("utf-8"), at + argument
    if major == ARRAY:
        items = []
        for _ in range(argument):
            item, at = decode(data, at, path)
            items.append(item)
        return items, at
    raise PagefindFormatError(f"Pagefind's {path} holds CBOR of major type {major}, which this toolkit does not know")


def encode(item) -> bytes:
    """CBOR of an unsigned integer, a text string or an array of them, in shortest form."""
    if isinstance(item, bool) or not isinstance(item, (int, str, list)):
        raise TypeError(f"not encodable here: {item!r}")
    if isinstance(item, int):
        return head(UINT, item)
    if isinstance(item, str):
        data = item.encode("utf-8")
        return head(TEXT, len(data)) + data
    return head(ARRAY, len(item)) + b"".join(encode(part) for part in item)


def head(major: int, argument: int) -> bytes:
    if argument < 0:
        raise TypeError("negative integers do not occur in Pagefind's filter and metadata files")
    if argument < 24:
        return bytes([major << 5 | argument])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if argument < 1 << (8 * size):
            return bytes([major << 5 | info]) + argument.to_bytes(size, "big")
    raise TypeError("integer too large for CBOR")
