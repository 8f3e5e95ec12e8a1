<?xml version="1.0" encoding="UTF-8"?>
<!--
  The title block's meaning, from the teiHeader: title, subtitle, authors, the printed
  source ("The Militant, Vol. VI, No. 21, 1 April 1933, pp. 1, 3"), the transcription
  credit and a "How to cite" line. Formats lay these out; journal titles and the like go
  through makeInline so that each format styles them.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:variable name="titleStmt" select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
  <xsl:variable name="sourceDesc" select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc"/>
  <!-- The printed source: a biblStruct (analytic + monogr), or a flat bibl (files of
       tei-etol 0.1.0, sources described by hand); $issue holds its journal title,
       volume, issue, date and pages: the first monogr, or the bibl itself. -->
  <xsl:variable name="printed" select="($sourceDesc/tei:biblStruct[@type = 'printed'] | $sourceDesc/tei:bibl[@type = 'printed'])[1]"/>
  <xsl:variable name="issue" select="($printed/tei:monogr | $printed[self::tei:bibl])[1]"/>
  <xsl:variable name="digital" select="$sourceDesc/tei:bibl[@type = 'digital'][1]"/>
  <xsl:variable name="main-title"
      select="($titleStmt/tei:title[@type = 'main'] | $titleStmt/tei:title[not(@type)] | $titleStmt/tei:title)[1]"/>
  <xsl:variable name="sub-title" select="$titleStmt/tei:title[@type = 'sub'][1]"/>

  <!-- With title-heads='merge', the heads of the first division that repeat a title of
       the header are shown once, in the title block (heads of the body otherwise). -->
  <xsl:variable name="merged-heads"
      select="/tei:TEI/tei:text/tei:body/tei:div[1][$title-heads = 'merge']/tei:head[. = $titleStmt/tei:title]"/>

  <xsl:template name="doc-title">
    <xsl:variable name="head" select="$merged-heads[not(@type = 'sub')][1]"/>
    <xsl:choose>
      <xsl:when test="$head"><xsl:apply-templates select="$head/node()"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="$main-title/node()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="doc-subtitle">
    <xsl:variable name="head" select="$merged-heads[@type = 'sub'][1]"/>
    <xsl:choose>
      <xsl:when test="$head"><xsl:apply-templates select="$head/node()"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="$sub-title/node()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="doc-title-plain">
    <xsl:variable name="main"><xsl:apply-templates select="$main-title" mode="plain"/></xsl:variable>
    <xsl:variable name="sub"><xsl:apply-templates select="$sub-title" mode="plain"/></xsl:variable>
    <xsl:value-of select="normalize-space($main)"/>
    <xsl:if test="normalize-space($sub)">
      <xsl:value-of select="concat(': ', normalize-space($sub))"/>
    </xsl:if>
  </xsl:template>

  <!-- Authors joined as "A, B and C". -->
  <xsl:template name="doc-authors">
    <xsl:param name="plain" select="false()"/>
    <xsl:for-each select="$titleStmt/tei:author">
      <xsl:if test="position() &gt; 1 and position() = last()"> and </xsl:if>
      <xsl:if test="position() &gt; 1 and position() != last()">, </xsl:if>
      <xsl:choose>
        <xsl:when test="$plain"><xsl:value-of select="normalize-space(.)"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- The printed source: journal, Vol., No., date, p./pp.; a source described only in
       prose (bibl without type, p) is rendered as it is. -->
  <xsl:template name="source-citation">
    <xsl:choose>
      <xsl:when test="$issue">
        <xsl:for-each select="$issue">
          <xsl:apply-templates select="tei:title[@level = 'j'][1]"/>
          <xsl:for-each select="tei:biblScope[@unit = 'volume'][1]"><xsl:call-template name="citation-comma"/>Vol. <xsl:value-of select="normalize-space(.)"/></xsl:for-each>
          <xsl:for-each select="tei:biblScope[@unit = 'issue'][1]"><xsl:call-template name="citation-comma"/>No. <xsl:value-of select="normalize-space(.)"/></xsl:for-each>
          <xsl:for-each select="(tei:date | tei:imprint/tei:date)[1]"><xsl:call-template name="citation-comma"/><xsl:value-of select="normalize-space(.)"/></xsl:for-each>
          <xsl:call-template name="pages"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="$sourceDesc/tei:bibl">
        <xsl:apply-templates select="$sourceDesc/tei:bibl[1]/node()"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="$sourceDesc/tei:p[1]/node()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ", " before a part of the citation, unless it is the first: a source whose periodical
       the page does not name has no journal title to follow. -->
  <xsl:template name="citation-comma">
    <xsl:variable name="issue" select="ancestor::*[self::tei:monogr or self::tei:bibl][1]"/>
    <xsl:if test="$issue/tei:title[@level = 'j']
                  or (self::tei:date and $issue/tei:biblScope[@unit = 'volume' or @unit = 'issue'])
                  or (self::tei:biblScope[@unit = 'issue'] and $issue/tei:biblScope[@unit = 'volume'])">, </xsl:if>
  </xsl:template>

  <!-- ", p. 3" for one page, ", pp. 1, 3" for several or for a range. -->
  <xsl:template name="pages">
    <xsl:variable name="pages" select="tei:biblScope[@unit = 'page' or @unit = 'pp']"/>
    <xsl:if test="$pages">
      <xsl:choose>
        <xsl:when test="count($pages) = 1 and not(contains($pages, '–') or contains($pages, '-'))">, p. </xsl:when>
        <xsl:otherwise>, pp. </xsl:otherwise>
      </xsl:choose>
      <xsl:for-each select="$pages">
        <xsl:if test="position() &gt; 1">, </xsl:if>
        <xsl:value-of select="normalize-space(.)"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- Who transcribed it: the credit note as printed, else the respStmts of the source. -->
  <xsl:template name="transcription-credit">
    <xsl:variable name="note" select="$sourceDesc//tei:note[@type = 'credit']"/>
    <xsl:choose>
      <xsl:when test="$note">
        <xsl:for-each select="$note">
          <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:apply-templates/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$sourceDesc//tei:respStmt">
          <xsl:if test="position() &gt; 1">; </xsl:if>
          <xsl:value-of select="normalize-space(tei:resp)"/>
          <xsl:text> by </xsl:text>
          <xsl:for-each select="tei:persName | tei:name | tei:orgName">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:value-of select="normalize-space(.)"/>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The edition's own URL when the header records one (idno type="URI" or a ref). -->
  <xsl:template name="edition-url">
    <xsl:call-template name="safe-href">
      <xsl:with-param name="url" select="normalize-space(($digital/tei:idno[@type = 'URI'] | $digital/tei:ref/@target)[1])"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Author, “Title: Subtitle”, source. Digital edition, updated date. TEI edition slug. URL -->
  <xsl:template name="how-to-cite">
    <xsl:variable name="authors"><xsl:call-template name="doc-authors"><xsl:with-param name="plain" select="true()"/></xsl:call-template></xsl:variable>
    <xsl:if test="normalize-space($authors)"><xsl:value-of select="concat(normalize-space($authors), ', ')"/></xsl:if>
    <xsl:text>“</xsl:text><xsl:call-template name="doc-title-plain"/><xsl:text>”</xsl:text>
    <xsl:if test="$issue or $sourceDesc/tei:bibl">
      <xsl:text>, </xsl:text><xsl:call-template name="source-citation"/>
    </xsl:if>
    <xsl:text>.</xsl:text>
    <xsl:for-each select="$digital[tei:title or tei:publisher]">
      <xsl:text> </xsl:text>
      <xsl:apply-templates select="tei:title[1]"/>
      <xsl:for-each select="tei:publisher[1]">, <xsl:value-of select="normalize-space(.)"/></xsl:for-each>
      <xsl:for-each select="tei:date[@when][1]">, updated <xsl:call-template name="format-date"><xsl:with-param name="iso" select="@when"/></xsl:call-template></xsl:for-each>
      <xsl:text>.</xsl:text>
    </xsl:for-each>
    <xsl:for-each select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'slug'][1]">
      <xsl:value-of select="concat(' TEI edition ', normalize-space(.), '.')"/>
    </xsl:for-each>
    <xsl:variable name="url"><xsl:call-template name="edition-url"/></xsl:variable>
    <xsl:if test="string($url)">
      <xsl:text> </xsl:text>
      <xsl:call-template name="makeLink">
        <xsl:with-param name="href" select="$url"/>
        <xsl:with-param name="label" select="$url"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- "2015-10-23" -> "23 October 2015"; "1933-02" -> "February 1933"; else as given. -->
  <xsl:template name="format-date">
    <xsl:param name="iso"/>
    <xsl:variable name="m" select="number(substring($iso, 6, 2))"/>
    <xsl:variable name="month" select="normalize-space(substring('January   February  March     April     May       June      July      August    September October   November  December  ', ($m - 1) * 10 + 1, 10))"/>
    <xsl:choose>
      <xsl:when test="string-length($iso) = 10 and $m &gt;= 1 and $m &lt;= 12">
        <xsl:value-of select="concat(number(substring($iso, 9, 2)), ' ', $month, ' ', substring($iso, 1, 4))"/>
      </xsl:when>
      <xsl:when test="string-length($iso) = 7 and $m &gt;= 1 and $m &lt;= 12">
        <xsl:value-of select="concat($month, ' ', substring($iso, 1, 4))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$iso"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
