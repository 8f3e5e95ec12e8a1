<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML syntax for blocks, containers, headings and lists. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <!-- lang from xml:lang, on every element that has one (CETEIcean keeps it too). -->
  <xsl:template name="html-lang">
    <xsl:if test="@xml:lang"><xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute></xsl:if>
  </xsl:template>

  <!-- The paragraph's link to itself (its stable anchor), unless turned off or in a note. -->
  <xsl:template name="pilcrow">
    <xsl:param name="id"/>
    <xsl:if test="$paragraph-links = 'yes' and not(ancestor::tei:note)">
      <a class="pilcrow" href="#{$id}" aria-label="Link to this paragraph ({$id})">¶</a>
    </xsl:if>
  </xsl:template>

  <xsl:template name="makeBlock">
    <xsl:param name="kind"/>
    <xsl:param name="id"/>
    <xsl:choose>
      <!-- the frequent case, a paragraph of phrases: the rule below written out as
           literal elements (xsl:element and xsl:attribute cost several times more) -->
      <xsl:when test="$kind = 'p' and not(@xml:lang or tei:list or tei:table or tei:lg or tei:figure or tei:quote)">
        <xsl:variable name="anchor" select="string($id)"/>
        <p class="p" id="{$anchor}">
          <xsl:call-template name="pilcrow"><xsl:with-param name="id" select="$anchor"/></xsl:call-template>
          <xsl:apply-templates/>
        </p>
        <xsl:text>&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="makeBlock-general">
          <xsl:with-param name="kind" select="$kind"/>
          <xsl:with-param name="id" select="$id"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="makeBlock-general">
    <xsl:param name="kind"/>
    <xsl:param name="id"/>
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="$kind = 'cell'">td</xsl:when>
        <!-- HTML allows no p in a table: a table's head is its caption -->
        <xsl:when test="$kind = 'caption' and parent::tei:table">caption</xsl:when>
        <xsl:when test="tei:list or tei:table or tei:lg or tei:figure or tei:quote[tei:p or tei:lg]">div</xsl:when>
        <xsl:otherwise>p</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="class"><xsl:value-of select="$kind"/></xsl:attribute>
      <xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute>
      <xsl:if test="$kind = 'separator'"><xsl:attribute name="role">separator</xsl:attribute></xsl:if>
      <xsl:call-template name="html-lang"/>
      <xsl:if test="$kind = 'p'">
        <xsl:call-template name="pilcrow"><xsl:with-param name="id" select="$id"/></xsl:call-template>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="makeContainer">
    <xsl:param name="kind"/>
    <xsl:param name="id"/>
    <xsl:param name="level" select="0"/>
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="$kind = 'div'">section</xsl:when>
        <xsl:when test="$kind = 'quote' or $kind = 'epigraph'">blockquote</xsl:when>
        <xsl:when test="$kind = 'table'">table</xsl:when>
        <xsl:when test="$kind = 'row'">tr</xsl:when>
        <xsl:when test="$kind = 'figure'">figure</xsl:when>
        <xsl:otherwise>div</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="class">
        <xsl:value-of select="$kind"/>
        <xsl:if test="@type"><xsl:value-of select="concat(' ', $kind, '-', @type)"/></xsl:if>
      </xsl:attribute>
      <xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute>
      <xsl:call-template name="html-lang"/>
      <xsl:text>&#10;</xsl:text>
      <xsl:apply-templates/>
    </xsl:element>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- A division's head is h2 at level 1 (the page title is h1), h3 below...; a subtitle
       is a paragraph set below its heading (HTML has no subheading element). -->
  <xsl:template name="makeHeading">
    <xsl:param name="level"/>
    <xsl:param name="kind"/>
    <xsl:param name="id"/>
    <xsl:variable name="h">
      <xsl:choose>
        <xsl:when test="$kind = 'sub'">p</xsl:when>
        <xsl:when test="$level &gt;= 5">h6</xsl:when>
        <xsl:otherwise><xsl:value-of select="concat('h', $level + 1)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$h}">
      <xsl:attribute name="class"><xsl:value-of select="concat('head head-', $kind)"/></xsl:attribute>
      <xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute>
      <xsl:call-template name="html-lang"/>
      <xsl:apply-templates/>
    </xsl:element>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="makeList">
    <xsl:param name="ordered"/>
    <xsl:param name="id"/>
    <xsl:apply-templates select="tei:head"/>
    <xsl:element name="{substring('olul', 1 + 2 * ($ordered != 'yes'), 2)}">
      <!-- items after printed labels ("1.", "(a)") show those, not bullets -->
      <xsl:attribute name="class">list<xsl:if test="tei:label"> labelled</xsl:if></xsl:attribute>
      <xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute>
      <xsl:call-template name="html-lang"/>
      <xsl:apply-templates select="node()[not(self::tei:head)]"/>
    </xsl:element>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="makeItem">
    <xsl:param name="label"/>
    <xsl:param name="id"/>
    <li id="{$id}">
      <xsl:call-template name="html-lang"/>
      <xsl:if test="string($label)"><span class="label"><xsl:value-of select="$label"/></span><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates/>
    </li>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="makeLineBreak"><br/></xsl:template>

  <xsl:template name="makeMilestone">
    <xsl:param name="kind"/>
    <xsl:param name="n"/>
    <xsl:if test="$kind = 'pb' and string($n)">
      <span class="pb" title="Page {$n} of the printed source">p. <xsl:value-of select="$n"/></span>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
