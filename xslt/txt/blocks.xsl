<?xml version="1.0" encoding="UTF-8"?>
<!-- Text syntax for blocks: wrapped paragraphs with a blank line between them, heads
     underlined ('=' for top-level divisions, '-' below), quotations and epigraphs
     indented by four spaces, list items with a bullet or their label, a table's rows one
     line each. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <!-- Inside another block (a list in a paragraph, a paragraph in a note) a block is a
       run of lines of the outer block, set off by hard breaks. -->
  <xsl:template name="is-nested">
    <xsl:if test="ancestor::*[self::tei:p or self::tei:ab or self::tei:note or self::tei:item
        or self::tei:cell or self::tei:head or self::tei:l or self::tei:signed or self::tei:salute
        or self::tei:dateline]">yes</xsl:if>
  </xsl:template>

  <xsl:template name="indent">
    <xsl:value-of select="substring('                                ', 1,
        4 * count(ancestor::tei:epigraph | ancestor::tei:quote[not(parent::tei:epigraph)] | ancestor::tei:list[ancestor::tei:list]))"/>
  </xsl:template>

  <xsl:template name="text-block">
    <xsl:param name="first" select="''"/>
    <xsl:param name="hang" select="''"/>
    <xsl:variable name="nested"><xsl:call-template name="is-nested"/></xsl:variable>
    <xsl:variable name="content"><xsl:apply-templates/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$nested = 'yes'">
        <xsl:value-of select="concat($BR, $first, $content, $BR)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="indent"><xsl:call-template name="indent"/></xsl:variable>
        <xsl:call-template name="wrap-segments">
          <xsl:with-param name="text" select="$content"/>
          <xsl:with-param name="first" select="concat($indent, $first)"/>
          <xsl:with-param name="prefix" select="concat($indent, $hang)"/>
        </xsl:call-template>
        <xsl:text>&#10;&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="makeBlock">
    <xsl:param name="kind"/>
    <xsl:param name="id"/>
    <xsl:choose>
      <xsl:when test="$kind = 'separator'">
        <xsl:variable name="text" select="normalize-space(.)"/>
        <xsl:call-template name="repeat">
          <xsl:with-param name="c" select="' '"/>
          <xsl:with-param name="n" select="floor(($measure - string-length($text)) div 2)"/>
        </xsl:call-template>
        <xsl:value-of select="$text"/>
        <xsl:text>&#10;&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="text-block"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A table's row is one line, its cells separated by a tab (as a page prints a table
       in text); the table ends with a blank line. -->
  <xsl:template name="makeContainer">
    <xsl:param name="kind"/>
    <xsl:param name="id"/>
    <xsl:param name="level" select="0"/>
    <xsl:choose>
      <xsl:when test="$kind = 'row'">
        <xsl:call-template name="indent"/>
        <xsl:for-each select="tei:cell">
          <xsl:if test="position() &gt; 1"><xsl:text>&#9;</xsl:text></xsl:if>
          <xsl:apply-templates/>
        </xsl:for-each>
        <xsl:text>&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="* | text()[normalize-space()]"/>
        <xsl:if test="$kind = 'table'"><xsl:text>&#10;</xsl:text></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="makeHeading">
    <xsl:param name="level"/>
    <xsl:param name="kind"/>
    <xsl:param name="id"/>
    <xsl:variable name="content"><xsl:apply-templates/></xsl:variable>
    <xsl:variable name="lines">
      <xsl:call-template name="wrap-segments"><xsl:with-param name="text" select="$content"/></xsl:call-template>
    </xsl:variable>
    <xsl:value-of select="$lines"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:if test="$kind = 'main'">
      <xsl:variable name="last" select="string-length($lines) - string-length(substring-before(concat($lines, '&#10;'), '&#10;'))"/>
      <xsl:call-template name="repeat">
        <xsl:with-param name="c" select="substring('=-', 1 + ($level &gt; 1), 1)"/>
        <xsl:with-param name="n" select="string-length(substring-before(concat($lines, '&#10;'), '&#10;'))"/>
      </xsl:call-template>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
    <xsl:if test="not(following-sibling::*[1][self::tei:head])"><xsl:text>&#10;</xsl:text></xsl:if>
  </xsl:template>

  <xsl:template name="makeList">
    <xsl:param name="ordered"/>
    <xsl:param name="id"/>
    <xsl:apply-templates select="*"/>
  </xsl:template>

  <!-- An item starts with its label, else "N." in an ordered list, else a bullet. -->
  <xsl:template name="makeItem">
    <xsl:param name="label"/>
    <xsl:param name="id"/>
    <xsl:variable name="mark">
      <xsl:choose>
        <xsl:when test="string($label)"><xsl:value-of select="$label"/></xsl:when>
        <xsl:when test="contains(concat(' ', ../@type, ' ', ../@rend, ' '), ' ordered ')
            or contains(concat(' ', ../@type, ' ', ../@rend, ' '), ' numbered ')">
          <xsl:value-of select="concat(count(preceding-sibling::tei:item) + 1, '.')"/>
        </xsl:when>
        <xsl:otherwise>•</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="text-block">
      <xsl:with-param name="first" select="concat('  ', $mark, ' ')"/>
      <xsl:with-param name="hang" select="substring('                ', 1, string-length($mark) + 3)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="makeLineBreak"><xsl:value-of select="$BR"/></xsl:template>

  <xsl:template name="makeMilestone"/>
</xsl:stylesheet>
