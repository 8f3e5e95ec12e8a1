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

  <!-- Elements by pointer: '#' and the xml:id, so a lookup matches a whole pointer value
       and nothing else ('javascript:...#id' or 'x#id' find nothing: the value is never
       cut at its '#'). The key files the attribute, not its element: a pattern
       without a predicate, about half the cost of "*[@xml:id]" to build (libxslt builds
       every key on the first key() call). Its users step to the element:
       key('pointer', $ref)/parent::* -->
  <xsl:key name="pointer" match="@xml:id" use="concat('#', .)"/>

  <!-- reading='diplomatic' as a boolean, for predicates. -->
  <xsl:variable name="diplomatic" select="$reading = 'diplomatic'"/>

  <!-- The metadata is rendered by the title block and the index, never in the flow. -->
  <xsl:template match="tei:teiHeader | tei:standOff | tei:facsimile | tei:sourceDoc"/>

  <!-- A stable anchor: xml:id when present, else "name-N" with N the position of the
       element among the elements of the same name inside <text>. -->
  <xsl:template name="anchor-id">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <!-- the frequent names in <text>: the elements of that name before it (in the
           subtrees of the preceding siblings of it and its ancestors below <text>) and
           around it (its ancestors), plus one: the count of xsl:number level="any"
           from <text>, without its walk back through every node. -->
      <xsl:when test="self::tei:p and ancestor::tei:text">p-<xsl:value-of select="count(ancestor-or-self::*[ancestor::tei:text]/preceding-sibling::*/descendant-or-self::tei:p) + count(ancestor::tei:p) + 1"/></xsl:when>
      <xsl:when test="self::tei:head and ancestor::tei:text">head-<xsl:value-of select="count(ancestor-or-self::*[ancestor::tei:text]/preceding-sibling::*/descendant-or-self::tei:head) + count(ancestor::tei:head) + 1"/></xsl:when>
      <xsl:when test="self::tei:div and ancestor::tei:text">div-<xsl:value-of select="count(ancestor-or-self::*[ancestor::tei:text]/preceding-sibling::*/descendant-or-self::tei:div) + count(ancestor::tei:div) + 1"/></xsl:when>
      <xsl:when test="self::tei:dateline and ancestor::tei:text">dateline-<xsl:value-of select="count(ancestor-or-self::*[ancestor::tei:text]/preceding-sibling::*/descendant-or-self::tei:dateline) + count(ancestor::tei:dateline) + 1"/></xsl:when>
      <xsl:when test="self::tei:body and ancestor::tei:text">body-<xsl:value-of select="count(ancestor-or-self::*[ancestor::tei:text]/preceding-sibling::*/descendant-or-self::tei:body) + count(ancestor::tei:body) + 1"/></xsl:when>
      <xsl:when test="self::tei:item and ancestor::tei:text">item-<xsl:value-of select="count(ancestor-or-self::*[ancestor::tei:text]/preceding-sibling::*/descendant-or-self::tei:item) + count(ancestor::tei:item) + 1"/></xsl:when>
      <xsl:when test="self::tei:list and ancestor::tei:text">list-<xsl:value-of select="count(ancestor-or-self::*[ancestor::tei:text]/preceding-sibling::*/descendant-or-self::tei:list) + count(ancestor::tei:list) + 1"/></xsl:when>
      <xsl:when test="self::tei:quote and ancestor::tei:text">quote-<xsl:value-of select="count(ancestor-or-self::*[ancestor::tei:text]/preceding-sibling::*/descendant-or-self::tei:quote) + count(ancestor::tei:quote) + 1"/></xsl:when>
      <xsl:when test="self::tei:l and ancestor::tei:text">l-<xsl:value-of select="count(ancestor-or-self::*[ancestor::tei:text]/preceding-sibling::*/descendant-or-self::tei:l) + count(ancestor::tei:l) + 1"/></xsl:when>
      <xsl:when test="self::tei:ab and ancestor::tei:text">ab-<xsl:value-of select="count(ancestor-or-self::*[ancestor::tei:text]/preceding-sibling::*/descendant-or-self::tei:ab) + count(ancestor::tei:ab) + 1"/></xsl:when>
      <!-- the first <text> of the TEI element is the first of the elements named text in
           it (the rule of the otherwise branch, which walks every element of the text) -->
      <xsl:when test="self::tei:text and count(. | /tei:TEI/tei:text[1]) = count(/tei:TEI/tei:text[1])">text-1</xsl:when>
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
