<?xml version="1.0" encoding="UTF-8"?>
<!--
  <choice>: which reading is read is decided by the children's names, never by their
  position. corrected reads corr / reg / expan, diplomatic reads sic / orig / abbr; when
  the wanted kind is missing the other is read. A choice of other children (seg, unclear)
  reads its first child. This template is the only place that decides it.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:template match="tei:choice">
    <xsl:call-template name="choice-read"/>
  </xsl:template>

  <xsl:template match="tei:choice" mode="plain">
    <xsl:call-template name="choice-read">
      <xsl:with-param name="plain" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="choice-read">
    <xsl:param name="plain" select="false()"/>
    <xsl:variable name="edited" select="tei:corr | tei:reg | tei:expan"/>
    <xsl:variable name="printed" select="tei:sic | tei:orig | tei:abbr"/>
    <xsl:variable name="kind">
      <xsl:choose>
        <xsl:when test="tei:sic or tei:corr">correction</xsl:when>
        <xsl:when test="tei:orig or tei:reg">regularisation</xsl:when>
        <xsl:when test="tei:abbr or tei:expan">abbreviation</xsl:when>
        <xsl:otherwise>alternative</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="not($edited | $printed)">
        <xsl:call-template name="choice-emit">
          <xsl:with-param name="plain" select="$plain"/>
          <xsl:with-param name="kind" select="$kind"/>
          <xsl:with-param name="shown" select="*[1]"/>
          <xsl:with-param name="other" select="*[position() &gt; 1]"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="($diplomatic and $printed) or not($edited)">
        <xsl:call-template name="choice-emit">
          <xsl:with-param name="plain" select="$plain"/>
          <xsl:with-param name="kind" select="$kind"/>
          <xsl:with-param name="shown" select="$printed[1]"/>
          <xsl:with-param name="other" select="$edited[1]"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="choice-emit">
          <xsl:with-param name="plain" select="$plain"/>
          <xsl:with-param name="kind" select="$kind"/>
          <xsl:with-param name="shown" select="$edited[1]"/>
          <xsl:with-param name="other" select="$printed[1]"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="choice-emit">
    <xsl:param name="plain"/>
    <xsl:param name="kind"/>
    <xsl:param name="shown"/>
    <xsl:param name="other"/>
    <xsl:choose>
      <xsl:when test="$plain">
        <xsl:apply-templates select="$shown/node()" mode="plain"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="makeAlternate">
          <xsl:with-param name="shown" select="$shown"/>
          <xsl:with-param name="other" select="$other"/>
          <xsl:with-param name="kind" select="$kind"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
