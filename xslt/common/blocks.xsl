<?xml version="1.0" encoding="UTF-8"?>
<!--
  Blocks: which TEI elements are blocks, which hold blocks, and what headings are.
  A table by element name, as in CETEIcean; each rule names the TEI rule it applies.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <!-- TEI: <text>, <front>, <body>, <back>, <group> hold divisions and blocks. -->
  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group">
    <xsl:call-template name="container"/>
  </xsl:template>

  <!-- TEI: a division; its level is its depth among divisions (1 = top). -->
  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5">
    <xsl:call-template name="container">
      <xsl:with-param name="kind" select="'div'"/>
      <xsl:with-param name="level" select="count(ancestor-or-self::*[starts-with(local-name(), 'div')][namespace-uri() = 'http://www.tei-c.org/ns/1.0'])"/>
    </xsl:call-template>
  </xsl:template>

  <!-- TEI: groups of blocks that open or close a division, or stand apart from it. -->
  <xsl:template match="tei:opener | tei:closer | tei:epigraph | tei:postscript
      | tei:argument | tei:lg | tei:cit | tei:figure | tei:floatingText | tei:table | tei:row">
    <xsl:call-template name="container"/>
  </xsl:template>

  <!-- TEI: a quotation is a block when it stands among blocks or holds paragraphs or
       verse; otherwise it is a phrase (inline.xsl). -->
  <xsl:template match="tei:quote[tei:p or tei:lg or tei:l or parent::tei:div or parent::tei:body
      or parent::tei:epigraph or parent::tei:cit or parent::tei:floatingText]">
    <xsl:call-template name="container">
      <xsl:with-param name="kind" select="'quote'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Blocks whose content is inline. ab type="separator" is an item separator kept as
       printed ("* * *"). -->
  <xsl:template match="tei:p | tei:dateline | tei:salute | tei:signed | tei:byline
      | tei:docAuthor | tei:docDate | tei:trailer | tei:l | tei:figDesc | tei:cell
      | tei:epigraph/tei:bibl | tei:cit/tei:bibl | tei:address | tei:addrLine">
    <xsl:call-template name="makeBlock">
      <xsl:with-param name="kind" select="local-name()"/>
      <xsl:with-param name="id"><xsl:call-template name="anchor-id"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:ab">
    <xsl:call-template name="makeBlock">
      <xsl:with-param name="kind">
        <xsl:choose>
          <xsl:when test="@type = 'separator'">separator</xsl:when>
          <xsl:otherwise>ab</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="id"><xsl:call-template name="anchor-id"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- TEI: <head> of a division is a heading of the division's level; type="sub" is a
       subtitle. A head shown in the title block (header.xsl, $merged-heads) is not
       repeated. The head of a list, table or verse group is a caption block.
       The level counts only the divisions whose heads are shown here, so that headings
       never skip a level (a division whose head went to the title block, or that has
       none, adds no level): accessibility asks for headings in order. -->
  <xsl:template match="tei:head">
    <xsl:if test="count(. | $merged-heads) != count($merged-heads)">
    <xsl:call-template name="makeHeading">
      <xsl:with-param name="level" select="count(ancestor::*[starts-with(local-name(), 'div')][namespace-uri() = 'http://www.tei-c.org/ns/1.0']
          [tei:head[count(. | $merged-heads) != count($merged-heads)]])"/>
      <xsl:with-param name="kind">
        <xsl:choose>
          <xsl:when test="@type = 'sub' or @type = 'subtitle'">sub</xsl:when>
          <xsl:otherwise>main</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="id"><xsl:call-template name="anchor-id"/></xsl:with-param>
    </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:list/tei:head | tei:table/tei:head | tei:lg/tei:head | tei:figure/tei:head">
    <xsl:call-template name="makeBlock">
      <xsl:with-param name="kind" select="'caption'"/>
      <xsl:with-param name="id"><xsl:call-template name="anchor-id"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- TEI: a list is ordered when @type or @rend says so (ordered, numbered, 1). -->
  <xsl:template match="tei:list">
    <xsl:call-template name="makeList">
      <xsl:with-param name="ordered">
        <xsl:choose>
          <xsl:when test="contains(concat(' ', @type, ' ', @rend, ' '), ' ordered ')
              or contains(concat(' ', @type, ' ', @rend, ' '), ' numbered ')">yes</xsl:when>
          <xsl:otherwise>no</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="id"><xsl:call-template name="anchor-id"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- TEI: an item's label is @n, else the <label> just before it (glossary lists). -->
  <xsl:template match="tei:item">
    <xsl:call-template name="makeItem">
      <xsl:with-param name="label">
        <xsl:choose>
          <xsl:when test="@n"><xsl:value-of select="@n"/></xsl:when>
          <xsl:when test="preceding-sibling::*[1][self::tei:label]">
            <xsl:apply-templates select="preceding-sibling::*[1]" mode="plain"/>
          </xsl:when>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="id"><xsl:call-template name="anchor-id"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>
  <!-- the label is rendered by its item -->
  <xsl:template match="tei:list/tei:label"/>

  <!-- Shared call for containers: kind is the element name unless given. -->
  <xsl:template name="container">
    <xsl:param name="kind" select="local-name()"/>
    <xsl:param name="level" select="0"/>
    <xsl:call-template name="makeContainer">
      <xsl:with-param name="kind" select="$kind"/>
      <xsl:with-param name="level" select="$level"/>
      <xsl:with-param name="id"><xsl:call-template name="anchor-id"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- TEI: <lb/> breaks a line inside a block; milestones mark pages and columns. -->
  <xsl:template match="tei:lb">
    <xsl:call-template name="makeLineBreak"/>
  </xsl:template>

  <xsl:template match="tei:pb | tei:cb | tei:milestone">
    <xsl:call-template name="makeMilestone">
      <xsl:with-param name="kind" select="local-name()"/>
      <xsl:with-param name="n" select="@n"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
