<?xml version="1.0" encoding="UTF-8"?>
<!--
  Core rules: keys, stable anchors, the fallback for unknown elements, the 'plain' mode.
  Anchors come from xml:id, else from the element's name and position in the text, never
  from generate-id(), so that output is the same on every libxslt build.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>

  <!-- reading='diplomatic' as a boolean, for predicates. -->
  <xsl:variable name="diplomatic" select="$reading = 'diplomatic'"/>

  <!-- The metadata is rendered by the title block and the index, never in the flow. -->
  <xsl:template match="tei:teiHeader | tei:standOff | tei:facsimile | tei:sourceDoc"/>

  <!-- A stable anchor: xml:id when present, else "name-N" with N the position of the
       element among the elements of the same name inside <text>. -->
  <xsl:template name="anchor-id">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <!-- the frequent names are counted by xsl:number from the start of the text (the
           same count, without walking the header for each element) -->
      <xsl:when test="self::tei:p">p-<xsl:number level="any" count="tei:text//tei:p" from="/tei:TEI/tei:text"/></xsl:when>
      <xsl:when test="self::tei:head">head-<xsl:number level="any" count="tei:text//tei:head" from="/tei:TEI/tei:text"/></xsl:when>
      <xsl:when test="self::tei:div">div-<xsl:number level="any" count="tei:text//tei:div" from="/tei:TEI/tei:text"/></xsl:when>
      <xsl:when test="self::tei:dateline">dateline-<xsl:number level="any" count="tei:text//tei:dateline" from="/tei:TEI/tei:text"/></xsl:when>
      <xsl:when test="self::tei:body">body-<xsl:number level="any" count="tei:text//tei:body" from="/tei:TEI/tei:text"/></xsl:when>
      <xsl:when test="self::tei:item">item-<xsl:number level="any" count="tei:text//tei:item" from="/tei:TEI/tei:text"/></xsl:when>
      <xsl:when test="self::tei:list">list-<xsl:number level="any" count="tei:text//tei:list" from="/tei:TEI/tei:text"/></xsl:when>
      <xsl:when test="self::tei:quote">quote-<xsl:number level="any" count="tei:text//tei:quote" from="/tei:TEI/tei:text"/></xsl:when>
      <xsl:when test="self::tei:l">l-<xsl:number level="any" count="tei:text//tei:l" from="/tei:TEI/tei:text"/></xsl:when>
      <xsl:when test="self::tei:ab">ab-<xsl:number level="any" count="tei:text//tei:ab" from="/tei:TEI/tei:text"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="name" select="local-name()"/>
        <xsl:variable name="here" select="."/>
        <!-- its position among the elements of that name in the text, found by walking
             the text once (not the preceding axis, which walks the header too) -->
        <xsl:variable name="n">
          <xsl:for-each select="(/tei:TEI/tei:text | /tei:TEI/tei:text//*)[local-name() = $name]">
            <xsl:if test="count(. | $here) = 1"><xsl:value-of select="position()"/></xsl:if>
          </xsl:for-each>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="string($n)"><xsl:value-of select="concat($name, '-', $n)"/></xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat($name, '-',
                count(preceding::*[local-name() = $name][ancestor::tei:text])
                + count(ancestor::*[local-name() = $name]) + 1)"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The position path of the context element ("/*[1]/*[2]/*[5]"), reported with a
       warning so that the caller can find the element and its source line. -->
  <xsl:template name="node-path">
    <xsl:for-each select="ancestor-or-self::*">
      <xsl:value-of select="concat('/*[', count(preceding-sibling::*) + 1, ']')"/>
    </xsl:for-each>
  </xsl:template>

  <!-- Nothing is dropped silently: an element the views do not know renders its content
       and is reported (lxml collects xsl:message; tei.views turns it into W-VIEW-UNKNOWN). -->
  <xsl:template match="*" priority="-10">
    <xsl:message terminate="no">
      <xsl:text>W-VIEW-UNKNOWN&#9;</xsl:text>
      <xsl:value-of select="name()"/>
      <xsl:text>&#9;</xsl:text>
      <xsl:call-template name="node-path"/>
    </xsl:message>
    <xsl:call-template name="makeInline">
      <xsl:with-param name="kind" select="'unknown'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- plain mode: the text only, as read (for <title>, tooltips, sorting, citations). -->
  <xsl:template match="*" mode="plain">
    <xsl:apply-templates mode="plain"/>
  </xsl:template>
  <xsl:template match="tei:note | tei:teiHeader | tei:standOff" mode="plain"/>
  <xsl:template match="tei:lb" mode="plain"><xsl:text> </xsl:text></xsl:template>
</xsl:stylesheet>
