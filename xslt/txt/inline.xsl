<?xml version="1.0" encoding="UTF-8"?>
<!-- Text syntax for phrases, names, links, readings and notes: the words only. The
     text view adds no marks of its own, except note markers "[n]" and "[…]" for a gap. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:template name="makeInline">
    <xsl:param name="kind"/>
    <xsl:if test="$kind = 'gap'">[…]</xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- a name is its words: nothing is asked of names.xsl -->
  <xsl:template name="makeName">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template name="makeLink">
    <xsl:param name="href"/>
    <xsl:param name="label"/>
    <xsl:choose>
      <xsl:when test="string($label)"><xsl:value-of select="$label"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="makeAlternate">
    <xsl:param name="shown"/>
    <xsl:param name="other"/>
    <xsl:param name="kind"/>
    <xsl:apply-templates select="$shown/node()"/>
  </xsl:template>

  <xsl:template name="footNoteMarker">
    <xsl:param name="n"/>
    <xsl:param name="id"/>
    <xsl:value-of select="concat('[', $n, ']')"/>
  </xsl:template>

  <!-- An endnote: "[n] " then its text with a hanging indent. -->
  <xsl:template name="footNote">
    <xsl:param name="n"/>
    <xsl:param name="id"/>
    <xsl:param name="blocks"/>
    <xsl:variable name="marker" select="concat('[', $n, '] ')"/>
    <xsl:variable name="content"><xsl:apply-templates/></xsl:variable>
    <xsl:call-template name="wrap-segments">
      <xsl:with-param name="text" select="$content"/>
      <xsl:with-param name="first" select="$marker"/>
      <xsl:with-param name="prefix" select="substring('            ', 1, string-length($marker))"/>
    </xsl:call-template>
    <xsl:text>&#10;</xsl:text>
    <xsl:if test="position() != last()"><xsl:text>&#10;</xsl:text></xsl:if>
  </xsl:template>
</xsl:stylesheet>
