<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names of persons, places and organisations. In <text>, a name whose @ref points
  ('#id') at a person, place or org of <standOff> is a mention: it gets an anchor
  (xml:id, else "<entry id>-m<N>", N counting that entry's mentions in document order)
  and links to its index entry. Names inside a <choice> are not counted as mentions
  (only one reading of a choice is rendered), nor are names in the header.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:key name="mentions"
      match="tei:text//*[self::tei:persName or self::tei:placeName or self::tei:orgName
             or self::tei:name or self::tei:rs][starts-with(normalize-space(@ref), '#')]
             [not(ancestor::tei:choice)]"
      use="substring-before(concat(normalize-space(@ref), ' '), ' ')"/>

  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs">
    <xsl:choose>
      <xsl:when test="ancestor::tei:text">
        <xsl:call-template name="name-in-text"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="name-in-text">
    <!-- select expressions, not named templates: this runs once per name in the text -->
    <xsl:variable name="ref" select="substring-before(concat(normalize-space(@ref), ' '), ' ')"/>
    <xsl:variable name="entry" select="key('id', substring-after($ref, '#'))
        [self::tei:person or self::tei:personGrp or self::tei:place or self::tei:org]"/>
    <xsl:call-template name="makeName">
      <xsl:with-param name="kind">
        <xsl:call-template name="name-kind">
          <xsl:with-param name="entry" select="$entry"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="target">
        <xsl:choose>
          <xsl:when test="$entry and $index = 'yes'"><xsl:value-of select="$ref"/></xsl:when>
          <xsl:when test="not($entry)">
            <xsl:call-template name="safe-href">
              <xsl:with-param name="url" select="$ref"/>
            </xsl:call-template>
          </xsl:when>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="id">
        <xsl:choose>
          <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
          <xsl:when test="$entry and not(ancestor::tei:choice)">
            <xsl:call-template name="mention-id">
              <xsl:with-param name="ref" select="$ref"/>
            </xsl:call-template>
          </xsl:when>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- person | place | org | name: by element name, else by the entry it points to,
       else by @type. -->
  <xsl:template name="name-kind">
    <xsl:param name="entry"/>
    <xsl:choose>
      <xsl:when test="self::tei:persName">person</xsl:when>
      <xsl:when test="self::tei:placeName">place</xsl:when>
      <xsl:when test="self::tei:orgName">org</xsl:when>
      <xsl:when test="$entry[self::tei:person or self::tei:personGrp]">person</xsl:when>
      <xsl:when test="$entry[self::tei:place]">place</xsl:when>
      <xsl:when test="$entry[self::tei:org]">org</xsl:when>
      <xsl:when test="@type = 'person' or @type = 'place' or @type = 'org'">
        <xsl:value-of select="@type"/>
      </xsl:when>
      <xsl:otherwise>name</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The anchor of a mention (context: the name); the index uses the same rule. ref is
       the name's first pointer, n its number among the mentions of that entry when the
       caller knows it (the index does; in the text it is found in the key). -->
  <xsl:template name="mention-id">
    <xsl:param name="ref" select="substring-before(concat(normalize-space(@ref), ' '), ' ')"/>
    <xsl:param name="n" select="0"/>
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:when test="$n"><xsl:value-of select="concat(substring($ref, 2), '-m', $n)"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="here" select="."/>
        <xsl:value-of select="concat(substring($ref, 2), '-m')"/>
        <xsl:for-each select="key('mentions', $ref)">
          <xsl:if test="count(. | $here) = 1"><xsl:value-of select="position()"/></xsl:if>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
