<?xml version="1.0" encoding="UTF-8"?>
<!--
  What every page of the static site shares: the site's navigation, its style sheet
  (added to the views' own, html/css.xsl), and the head lines of search and print.
  Parameters (strings, set by tei.site for each page):
    root       the way from the page to the site's top folder: '' or '../'
    site-title the site's name, shown in the navigation
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:param name="root" select="''"/>
  <xsl:param name="site-title" select="'Reading edition'"/>

  <!-- The site's navigation: home, registers, search. Not indexed by the search. -->
  <xsl:template name="site-nav">
    <xsl:param name="current" select="''"/>
    <xsl:param name="root" select="$root"/>
    <nav class="site" aria-label="Site" data-pagefind-ignore="all">
      <a href="{$root}index.html">
        <xsl:if test="$current = 'home'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
        <xsl:value-of select="$site-title"/>
        <xsl:text>: all articles</xsl:text>
      </a>
      <xsl:text> </xsl:text>
      <a href="{$root}registers/index.html">
        <xsl:if test="$current = 'registers'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
        <xsl:text>Registers of persons, places and organisations</xsl:text>
      </a>
      <xsl:text> </xsl:text>
      <a href="{$root}search.html">
        <xsl:if test="$current = 'search'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
        <xsl:text>Search the articles</xsl:text>
      </a>
    </nav>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- Added to the views' style sheet: navigation, lists of articles, print. Colours
       are the views' own (contrast at least 4.5:1 on the paper colour). -->
  <xsl:template name="site-css">
<xsl:text>
nav.site{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.9rem;border-bottom:1px solid var(--rule);padding:0 0 .6rem}
nav.site a[aria-current]{font-weight:600;text-decoration:none;color:var(--ink)}
nav.pager{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem 1rem;font-size:.9rem;margin:2rem 0 0;border-top:1px solid var(--rule);padding-top:.6rem}
nav.pager .next{margin-left:auto;text-align:right}
.tei-file{font-size:.85rem}
.register-link{display:block;font-size:.85rem}
.counts{color:var(--muted)}
ol.articles,ul.entries-list{padding-left:0;list-style:none}
ol.articles>li,ul.entries-list>li{margin:0 0 .8rem}
.article-meta{display:block;color:var(--muted);font-size:.85rem}
.machine{font-size:.8rem;font-variant:small-caps;letter-spacing:.03em;color:var(--muted);border:1px solid var(--rule);padding:0 .3em;white-space:nowrap}
.context{display:block;font-size:.9rem;margin:.2rem 0 0 1rem}
.context mark{background:var(--mark);color:var(--ink)}
.search-page .pagefind-ui{--pagefind-ui-font:inherit;--pagefind-ui-primary:#8a2b1d;--pagefind-ui-text:#1d1b18}
@media print{nav.site,nav.pager,.search-page form{display:none}.context mark{background:none;font-weight:600}
ol.articles>li,ul.entries-list>li{break-inside:avoid}}
</xsl:text>
  </xsl:template>
</xsl:stylesheet>
