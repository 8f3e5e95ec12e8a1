<?xml version="1.0" encoding="UTF-8"?>
<!--
  Phrases: what each inline element means, as a kind handed to makeInline.
  Quotations add no marks: in this project's TEI the printed marks are in the text
  (editorialDecl/quotation/@marks="all").
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <!-- TEI: <hi> highlights by @rend; the first rendering word known here wins. -->
  <xsl:template match="tei:hi">
    <xsl:variable name="rend" select="concat(' ', translate(@rend, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ-', 'abcdefghijklmnopqrstuvwxyz'), ' ')"/>
    <xsl:call-template name="makeInline">
      <xsl:with-param name="kind">
        <xsl:choose>
          <xsl:when test="contains($rend, ' italic ') or contains($rend, ' italics ') or contains($rend, ' i ')">hi-italic</xsl:when>
          <xsl:when test="contains($rend, ' bold ') or contains($rend, ' b ')">hi-bold</xsl:when>
          <xsl:when test="contains($rend, ' sup ') or contains($rend, ' superscript ')">hi-sup</xsl:when>
          <xsl:when test="contains($rend, ' sub ') or contains($rend, ' subscript ')">hi-sub</xsl:when>
          <xsl:when test="contains($rend, ' smallcaps ') or contains($rend, ' sc ')">hi-smallcaps</xsl:when>
          <xsl:when test="contains($rend, ' underline ') or contains($rend, ' u ')">hi-underline</xsl:when>
          <xsl:when test="contains($rend, ' strikethrough ') or contains($rend, ' linethrough ')">hi-strike</xsl:when>
          <xsl:otherwise>hi</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- TEI: emphasis and words set apart (foreign, term, mention, so-called) read as
       emphasis; quotation-like phrases (q, said, inline quote) are marked, no marks added. -->
  <xsl:template match="tei:emph | tei:foreign | tei:term | tei:mentioned | tei:soCalled
      | tei:gloss | tei:distinct | tei:q | tei:said | tei:quote | tei:seg | tei:sic
      | tei:corr | tei:orig | tei:reg | tei:abbr | tei:expan | tei:add | tei:unclear
      | tei:bibl | tei:label | tei:date | tei:time | tei:num | tei:measure">
    <xsl:call-template name="makeInline">
      <xsl:with-param name="kind" select="concat(local-name(), substring('-', 1, string-length(@type)), @type)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- TEI: a title is a title of its @level: a (article), m (book), j (journal), s (series). -->
  <xsl:template match="tei:title">
    <xsl:call-template name="makeInline">
      <xsl:with-param name="kind" select="concat('title-', substring('m', 1, 1 - string-length(@level)), @level)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Parts of names and places carry no rendering of their own. -->
  <xsl:template match="tei:forename | tei:surname | tei:roleName | tei:addName | tei:genName
      | tei:nameLink | tei:settlement | tei:country | tei:region | tei:district | tei:bloc
      | tei:geogName | tei:unit">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- TEI: <del> is text struck out in the source: read in the diplomatic reading, left
       out of the corrected one only when the correction is encoded beside it (subst). -->
  <xsl:template match="tei:del">
    <xsl:if test="$diplomatic or not(parent::tei:subst)">
      <xsl:call-template name="makeInline">
        <xsl:with-param name="kind" select="'del'"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:subst"><xsl:apply-templates/></xsl:template>

  <!-- TEI: <supplied> is the editor's, not the source's: the diplomatic reading omits it. -->
  <xsl:template match="tei:supplied">
    <xsl:if test="not($diplomatic)">
      <xsl:call-template name="makeInline">
        <xsl:with-param name="kind" select="'supplied'"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- TEI: <gap> marks text left out; it has no words of its own. -->
  <xsl:template match="tei:gap">
    <xsl:call-template name="makeInline">
      <xsl:with-param name="kind" select="'gap'"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
