<?xml version="1.0" encoding="UTF-8"?>
<!--
  Links: which pointers may become links. Only http(s) URLs and '#fragments' whose
  target is rendered are links; javascript:, data:, file:, relative paths and every other
  scheme are rendered as text. Authority identifiers (idno) become https links.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:variable name="upper" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
  <xsl:variable name="lower" select="'abcdefghijklmnopqrstuvwxyz'"/>

  <!-- The first of the space-separated pointers of a @target or @ref. -->
  <xsl:template name="first-pointer">
    <xsl:param name="value"/>
    <xsl:value-of select="substring-before(concat(normalize-space($value), ' '), ' ')"/>
  </xsl:template>

  <!-- url if it may be a link, else ''. A fragment must name an element that the
       views render with that id: one inside <text>, or an index entry in <standOff>. -->
  <xsl:template name="safe-href">
    <xsl:param name="url"/>
    <xsl:variable name="scheme" select="translate(substring-before($url, ':'), $upper, $lower)"/>
    <xsl:choose>
      <xsl:when test="($scheme = 'http' or $scheme = 'https')
          and starts-with(substring-after($url, ':'), '//')
          and string-length(substring-after($url, '//')) &gt; 0">
        <xsl:value-of select="$url"/>
      </xsl:when>
      <xsl:when test="key('pointer', $url)/parent::*
          [ancestor::tei:text or self::tei:person or self::tei:personGrp or self::tei:place or self::tei:org or self::tei:event]">
        <xsl:value-of select="$url"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- TEI: <ref target> links its content; <ptr target> has none, so the target is shown. -->
  <xsl:template match="tei:ref | tei:ptr">
    <xsl:variable name="url">
      <xsl:call-template name="first-pointer">
        <xsl:with-param name="value" select="@target"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="makeLink">
      <xsl:with-param name="href">
        <xsl:call-template name="safe-href">
          <xsl:with-param name="url" select="$url"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="label">
        <xsl:if test="self::tei:ptr or not(node())"><xsl:value-of select="$url"/></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The https URL of an authority identifier (idno), or '' when it is not one.
       wikidata: Q + digits, or its entity URI; geonames, viaf: digits; URI/url: an http(s) URL as given. -->
  <xsl:template name="authority-url">
    <xsl:variable name="value" select="normalize-space(.)"/>
    <xsl:variable name="type" select="translate(@type, $upper, $lower)"/>
    <!-- a Wikidata id as a bare Q-number or as its entity URI (http://www.wikidata.org/entity/Q855) -->
    <xsl:variable name="qid">
      <xsl:call-template name="wikidata-id"><xsl:with-param name="value" select="$value"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="digits" select="string-length($value) &gt; 0
        and translate($value, '0123456789', '') = ''"/>
    <xsl:choose>
      <xsl:when test="$type = 'wikidata' and starts-with($qid, 'Q')
          and string-length($qid) &gt; 1 and translate(substring($qid, 2), '0123456789', '') = ''">
        <xsl:value-of select="concat('https://www.wikidata.org/wiki/', $qid)"/>
      </xsl:when>
      <xsl:when test="$type = 'geonames' and $digits">
        <xsl:value-of select="concat('https://www.geonames.org/', $value)"/>
      </xsl:when>
      <xsl:when test="$type = 'viaf' and $digits">
        <xsl:value-of select="concat('https://viaf.org/viaf/', $value)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="safe-href">
          <xsl:with-param name="url" select="substring-before(concat($value, '#'), '#')"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- How an authority is named in the index ("Wikidata Q42"). -->
  <xsl:template name="authority-label">
    <xsl:variable name="type" select="translate(@type, $upper, $lower)"/>
    <xsl:choose>
      <xsl:when test="$type = 'wikidata'">Wikidata </xsl:when>
      <xsl:when test="$type = 'geonames'">GeoNames </xsl:when>
      <xsl:when test="$type = 'viaf'">VIAF </xsl:when>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="$type = 'wikidata'">
        <xsl:call-template name="wikidata-id"><xsl:with-param name="value" select="normalize-space(.)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "Q855" from "Q855" or from "http(s)://www.wikidata.org/entity/Q855". -->
  <xsl:template name="wikidata-id">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="contains($value, 'wikidata.org/entity/')">
        <xsl:value-of select="substring-after($value, 'wikidata.org/entity/')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
