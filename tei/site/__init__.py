"""A corpus as a static reading edition: ``tei site OUT --out SITE``.

From a folder of encoded TEI (what ``tei build`` writes), a site of plain files that
needs no server (except for search): a home page of the articles by periodical and
date, one page per article (the HTML view with the site's navigation), registers of
persons, places and organisations across the articles, and a Pagefind search index.

The stages, each a module:

- :mod:`.sources` finds the TEI files and reads what the site needs of each;
- :mod:`.articles` renders an article page (``xslt/site/article.xsl``) and reads the
  mentions back from it, with the words around each;
- :mod:`.corpus` writes the corpus document: a TEI listing of the articles and their
  mentions, and the register merged from the files' ``standOff``;
- :mod:`.pages` runs ``xslt/site/pages.xsl`` on it: home, registers, entries, search;
- :mod:`.links` checks every internal link of every page before anything is written;
- :mod:`.state` remembers what was written, so a rebuild writes only what changed;
- :mod:`.search` runs Pagefind; :mod:`.serve` serves the site on 127.0.0.1.

Stylesheets return pages; Python writes them (:func:`tei.output.write_atomic`).
"""
from __future__ import annotations

from .build import SiteResult, build_site

__all__ = ["SiteResult", "build_site"]
