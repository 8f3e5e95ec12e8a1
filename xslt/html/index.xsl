<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML syntax for the index of persons, places and organisations. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:template name="makeIndex">
    <xsl:param name="entries"/>
    <section class="index" aria-labelledby="index-title">
      <h2 id="index-title">Index</h2>
      <xsl:call-template name="index-sections">
        <xsl:with-param name="entries" select="$entries"/>
      </xsl:call-template>
      <xsl:if test="$entries[@resp = $machine-resp]">
        <p class="index-note">Entries marked <span class="by-machine">machine</span> and names
          underlined with dashes were found by the name recogniser (tei-etol-names), not by an
          editor; each mention states its certainty.</p>
      </xsl:if>
      <xsl:if test="$entries/tei:idno[@type = 'geonames']">
        <p class="index-note">Place identifiers from <a href="https://www.geonames.org/">GeoNames</a>,
          licensed under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p>
      </xsl:if>
    </section>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="makeIndexSection">
    <xsl:param name="kind"/>
    <xsl:param name="entries"/>
    <section class="index-{$kind}" aria-labelledby="index-{$kind}">
      <h3 id="index-{$kind}">
        <xsl:choose>
          <xsl:when test="$kind = 'person'">Persons</xsl:when>
          <xsl:when test="$kind = 'place'">Places</xsl:when>
          <xsl:when test="$kind = 'event'">Events</xsl:when>
          <xsl:otherwise>Organisations</xsl:otherwise>
        </xsl:choose>
      </h3>
      <dl class="entries">
        <xsl:text>&#10;</xsl:text>
        <xsl:call-template name="index-entries">
          <xsl:with-param name="entries" select="$entries"/>
        </xsl:call-template>
      </dl>
    </section>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="makeIndexEntry">
    <xsl:param name="kind"/>
    <xsl:param name="id"/>
    <xsl:variable name="machine"><xsl:call-template name="name-machine"/></xsl:variable>
    <div class="entry" id="{$id}">
      <dt><xsl:call-template name="hook-entry-attributes"/><span class="name {$kind}"><xsl:call-template name="entry-name"/></span>
        <xsl:if test="$machine = 'yes'"><xsl:text> </xsl:text><span class="by-machine" title="found by the name recogniser, not an editor">machine</span></xsl:if></dt>
      <dd>
        <xsl:if test="tei:note">
          <span class="description"><xsl:call-template name="entry-note"/></span>
          <xsl:text> </xsl:text>
        </xsl:if>
        <!-- most entries have no idno: build the fragment only for those that do -->
        <xsl:if test="tei:idno">
          <xsl:variable name="authorities"><xsl:call-template name="entry-authorities"/></xsl:variable>
          <xsl:if test="string($authorities)">
            <span class="authorities"><xsl:copy-of select="$authorities"/></span>
            <xsl:text> </xsl:text>
          </xsl:if>
        </xsl:if>
        <span class="mentions">Mentioned: <xsl:call-template name="entry-mentions"/></span>
        <xsl:call-template name="hook-entry-end"/>
      </dd>
    </div>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="makeBacklink">
    <xsl:param name="href"/>
    <xsl:param name="n"/>
    <xsl:if test="$n &gt; 1"><xsl:text> </xsl:text></xsl:if>
    <a class="backlink" href="{$href}" aria-label="Mention {$n}">↑<xsl:value-of select="$n"/></a>
  </xsl:template>
</xsl:stylesheet>
