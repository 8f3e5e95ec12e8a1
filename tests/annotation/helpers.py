"""Hand-built models and small registers for unit tests (no reader needed)."""
from __future__ import annotations

from tei.model import Article, Block, Division, Header, Note, PrintedSource
from tei.register import Register

NS = 'xmlns="http://www.tei-c.org/ns/1.0"'


def register_from(body: str) -> Register:
    """A register from the inside of ``standOff`` (listPerson, listPlace, ...)."""
    return Register.from_bytes(f"<TEI {NS}><standOff>{body}</standOff></TEI>".encode(), "test-register.xml")


def article_of(*paragraphs: str, notes: tuple[str, ...] = (), written_iso: str | None = "1933-02") -> Article:
    blocks = [Block("p", text, line) for line, text in enumerate(paragraphs, start=1)]
    note_list = [Note(str(n), [Block("p", text, 100 + n)], 100 + n) for n, text in enumerate(notes, start=1)]
    header = Header(written_iso=written_iso, source=PrintedSource(date_iso="1933-04-01"))
    return Article(header=header, body=Division("article", content=blocks), notes=note_list)


def spans_of(block, tag=None):
    """(tag, printed text, key attribute) of each span, in order."""
    out = []
    for span in block.spans:
        if tag is None or span.tag == tag:
            out.append((span.tag, block.text[span.start : span.end], span.attr("ref") or span.attr("when") or span.attr("corr")))
    return out


SMIRNOVS = """
<listPerson>
  <person xml:id="pers-smirnov-in">
    <persName type="full"><forename>Ivan Nikitich</forename> <surname>Smirnov</surname></persName>
    <persName type="form">I.N. Smirnov</persName>
    <persName type="form" subtype="default">Smirnov</persName>
  </person>
  <person xml:id="pers-smirnov-vm">
    <persName type="full"><forename>Vladimir Mikhailovich</forename> <surname>Smirnov</surname></persName>
    <persName type="form">V.M. Smirnov</persName>
    <persName type="form">Smirnov</persName>
  </person>
  <person xml:id="pers-lenin"><persName type="full">Lenin</persName></person>
  <person xml:id="pers-zinoviev"><persName type="full">Zinoviev</persName></person>
  <person xml:id="pers-v"><persName type="form" subtype="initial">V.</persName></person>
</listPerson>
<listPlace>
  <place xml:id="place-leningrad"><placeName type="full">Leningrad</placeName><placeName type="form">Petrograd</placeName></place>
  <place xml:id="place-far-east"><placeName type="full">Far East</placeName></place>
</listPlace>
<listOrg>
  <org xml:id="org-lo"><orgName type="full">Left Opposition</orgName><orgName type="form">Opposition</orgName></org>
  <org xml:id="org-wo"><orgName type="full">Workers’ Opposition</orgName></org>
  <org xml:id="org-ppc"><orgName type="full">Petrograd Party Committee</orgName></org>
  <org xml:id="org-plenum"><orgName type="full">Plenum of the CEC</orgName><orgName type="form" subtype="anaphoric">Plenum</orgName></org>
</listOrg>
<listBibl><bibl xml:id="work-my-life"><title level="m">My Life</title></bibl></listBibl>
"""
