<?xml version="1.0" encoding="UTF-8"?>
<!--
  An article page of the static site: the HTML view (tei-to-html.xsl, the same anchors)
  with the site's navigation, previous and next article of its periodical, a link to its
  TEI file, citation <meta> tags for reference managers, and the marks of the search
  index (Pagefind: the title and the names weigh more; periodical and year are filters).
  Parameters besides common.xsl's (tei.site sets them): prev-href, prev-title,
  next-href, next-title, tei-href, periodical, year.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">
  <xsl:import href="../tei-to-html.xsl"/>
  <xsl:include href="common.xsl"/>

  <xsl:param name="prev-href" select="''"/>
  <xsl:param name="prev-title" select="''"/>
  <xsl:param name="next-href" select="''"/>
  <xsl:param name="next-title" select="''"/>
  <xsl:param name="tei-href" select="''"/>
  <xsl:param name="periodical" select="''"/>
  <xsl:param name="year" select="''"/>

  <xsl:template name="hook-css"><xsl:call-template name="site-css"/></xsl:template>

  <!-- Highwire Press tags (Zotero, Google Scholar) and the search's filters. -->
  <xsl:template name="hook-head">
    <xsl:variable name="title"><xsl:call-template name="doc-title-plain"/></xsl:variable>
    <meta name="citation_title" content="{normalize-space($title)}"/>
    <xsl:for-each select="$titleStmt/tei:author">
      <meta name="citation_author" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:for-each select="$issue/tei:title[@level = 'j'][1]">
      <meta name="citation_journal_title" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:for-each select="($issue/tei:date | $issue/tei:imprint/tei:date)[1]/@when">
      <meta name="citation_date" content="{translate(., '-', '/')}"/>
    </xsl:for-each>
    <xsl:for-each select="$issue/tei:biblScope[@unit = 'volume'][1]">
      <meta name="citation_volume" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:for-each select="$issue/tei:biblScope[@unit = 'issue'][1]">
      <meta name="citation_issue" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:for-each select="$issue/tei:biblScope[@unit = 'page'][1]">
      <meta name="citation_firstpage" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:if test="$periodical">
      <meta data-pagefind-filter="periodical[content]" content="{$periodical}"/>
    </xsl:if>
    <xsl:if test="$year">
      <meta data-pagefind-filter="year[content]" content="{$year}"/>
    </xsl:if>
    <meta data-pagefind-filter="kind[content]" content="article"/>
  </xsl:template>

  <xsl:template name="hook-body-attributes">
    <xsl:attribute name="data-pagefind-body"/>
  </xsl:template>
  <xsl:template name="hook-title-attributes">
    <xsl:attribute name="data-pagefind-weight">10</xsl:attribute>
    <xsl:attribute name="data-pagefind-meta">title</xsl:attribute>
  </xsl:template>
  <xsl:template name="hook-entry-attributes">
    <xsl:attribute name="data-pagefind-weight">5</xsl:attribute>
  </xsl:template>

  <!-- every index entry links to its register page: all the articles that name it -->
  <xsl:template name="hook-entry-end">
    <xsl:text> </xsl:text>
    <a class="register-link" href="{$root}registers/{@xml:id}.html">
      <xsl:text>Every article naming </xsl:text>
      <xsl:call-template name="entry-name-plain"/>
    </a>
  </xsl:template>

  <xsl:template name="hook-before-body">
    <xsl:call-template name="site-nav"/>
  </xsl:template>

  <xsl:template name="hook-after-body">
    <p class="tei-file" data-pagefind-ignore="all">
      <a href="{$tei-href}">The TEI P5 file of this article</a>
    </p>
    <xsl:if test="$prev-href or $next-href">
      <nav class="pager" aria-label="Previous and next article" data-pagefind-ignore="all">
        <xsl:if test="$prev-href">
          <a class="prev" rel="prev" href="{$prev-href}">Previous: <xsl:value-of select="$prev-title"/></a>
        </xsl:if>
        <xsl:if test="$next-href">
          <a class="next" rel="next" href="{$next-href}">Next: <xsl:value-of select="$next-title"/></a>
        </xsl:if>
      </nav>
    </xsl:if>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
