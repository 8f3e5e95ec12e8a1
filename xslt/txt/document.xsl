<?xml version="1.0" encoding="UTF-8"?>
<!-- Text syntax: the header block, the body, the endnotes. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:template match="/">
    <xsl:call-template name="text-header"/>
    <xsl:apply-templates select="/tei:TEI/tei:text"/>
    <xsl:call-template name="text-notes"/>
    <xsl:call-template name="hook-text-end"/>
  </xsl:template>

  <!-- Title and subtitle, then labelled lines (hanging indent), then a rule of '='. -->
  <xsl:template name="text-header">
    <xsl:variable name="title"><xsl:apply-templates select="$main-title/node()"/></xsl:variable>
    <xsl:call-template name="wrap-segments"><xsl:with-param name="text" select="$title"/></xsl:call-template>
    <xsl:text>&#10;</xsl:text>
    <xsl:if test="$sub-title">
      <xsl:variable name="sub"><xsl:apply-templates select="$sub-title/node()"/></xsl:variable>
      <xsl:call-template name="wrap-segments"><xsl:with-param name="text" select="$sub"/></xsl:call-template>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
    <xsl:text>&#10;</xsl:text>
    <xsl:call-template name="header-line">
      <xsl:with-param name="label" select="'Author:  '"/>
      <xsl:with-param name="value"><xsl:call-template name="doc-authors"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="header-line">
      <xsl:with-param name="label" select="'Source:  '"/>
      <xsl:with-param name="value"><xsl:if test="$issue or $sourceDesc/tei:bibl or $sourceDesc/tei:p"><xsl:call-template name="source-citation"/></xsl:if></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="header-line">
      <xsl:with-param name="label" select="'Credit:  '"/>
      <xsl:with-param name="value"><xsl:call-template name="transcription-credit"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="header-line">
      <xsl:with-param name="label" select="'Cite:    '"/>
      <xsl:with-param name="value"><xsl:call-template name="how-to-cite"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="header-line">
      <xsl:with-param name="label" select="'Reading: '"/>
      <xsl:with-param name="value" select="$reading"/>
    </xsl:call-template>
    <xsl:call-template name="repeat">
      <xsl:with-param name="c" select="'='"/>
      <xsl:with-param name="n" select="$measure"/>
    </xsl:call-template>
    <xsl:text>&#10;&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="header-line">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:if test="normalize-space($value)">
      <xsl:call-template name="wrap-segments">
        <xsl:with-param name="text" select="$value"/>
        <xsl:with-param name="first" select="$label"/>
        <xsl:with-param name="prefix" select="'         '"/>
      </xsl:call-template>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template name="text-notes">
    <xsl:if test="$notes">
      <xsl:text>Notes&#10;-----&#10;&#10;</xsl:text>
      <xsl:apply-templates select="$notes" mode="notes"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
