<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names of persons, places and organisations. In <text>, a name whose @ref points
  ('#id') at a person, place or org (of <standOff>) is a mention: it gets an anchor
  (xml:id, else "<entry id>-m<N>", N counting that entry's mentions in document order)
  and links to its index entry. Names inside a <choice> are not counted as mentions
  (only one reading of a choice is rendered), nor are names in the header.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:host="urn:x-tei-etol:views"
    exclude-result-prefixes="tei host">

  <!-- The mentions of each entry, by '#id', in document order. The key files the @ref
       attribute of every element in <text> under its first pointer, and under '!' + that
       pointer when it is not a mention: when the element is not a name, or stands in a
       <choice>. Lookups are by '#id', so a first pointer without '#' is never found by
       them (name-anchor asks only with a '#'). Attributes, not elements: a pattern without
       a predicate, one walk of the document (libxslt walks it once per alternative of a
       key's pattern and builds every key on the first key() call). -->
  <xsl:key name="mentions" match="tei:text//@ref"
      use="concat(substring('!', 1, number(ancestor::tei:choice or not(parent::tei:persName
               or parent::tei:placeName or parent::tei:orgName or parent::tei:eventName or parent::tei:name or parent::tei:rs))),
           substring-before(concat(normalize-space(.), ' '), ' '))"/>

  <!-- Does the host number the mentions (tei/views/mentions.py: N in constant time)?
       Only when an entry has many: for a few, the key's loop costs less than a call. -->
  <xsl:variable name="host-mentions" select="function-available('host:many-mentions')
      and function-available('host:mention-number') and host:many-mentions(/*)"/>

  <!-- A name in the text goes to makeName, which asks what it needs of the templates
       below (kind, target, anchor, the entry's name): the text view asks nothing. -->
  <xsl:template match="tei:text//tei:persName | tei:text//tei:placeName | tei:text//tei:orgName | tei:text//tei:eventName
      | tei:text//tei:name | tei:text//tei:rs">
    <xsl:call-template name="makeName"/>
  </xsl:template>
  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:eventName | tei:name | tei:rs">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- The templates below run in the context of the name; ref (its first pointer) and
       entry (the index entry it points to) are computed when the caller does not pass
       them (select expressions, not named templates: this runs once per name). -->

  <!-- person | place | org | name: by element name, else by the entry it points to,
       else by @type. -->
  <!-- 'yes' when the context (a name or an entry) is the name recogniser's decision:
       its @resp is $machine-resp (params.xsl); an editor's name has no such @resp. -->
  <xsl:template name="name-machine">
    <xsl:if test="@resp = $machine-resp">yes</xsl:if>
  </xsl:template>

  <xsl:template name="name-kind">
    <xsl:param name="ref" select="substring-before(concat(normalize-space(@ref), ' '), ' ')"/>
    <xsl:param name="entry" select="key('pointer', $ref)/parent::*
        [self::tei:person or self::tei:personGrp or self::tei:place or self::tei:org or self::tei:event]"/>
    <xsl:choose>
      <xsl:when test="self::tei:persName">person</xsl:when>
      <xsl:when test="self::tei:placeName">place</xsl:when>
      <xsl:when test="self::tei:orgName">org</xsl:when>
      <xsl:when test="self::tei:eventName">event</xsl:when>
      <xsl:when test="$entry[self::tei:person or self::tei:personGrp]">person</xsl:when>
      <xsl:when test="$entry[self::tei:place]">place</xsl:when>
      <xsl:when test="$entry[self::tei:org]">org</xsl:when>
      <xsl:when test="$entry[self::tei:event]">event</xsl:when>
      <xsl:when test="@type = 'person' or @type = 'place' or @type = 'org'">
        <xsl:value-of select="@type"/>
      </xsl:when>
      <xsl:otherwise>name</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Where the name links: '#entry-id' of its index entry (when the index is shown),
       else its pointer if it is a safe link (links.xsl), else ''. -->
  <xsl:template name="name-target">
    <xsl:param name="ref" select="substring-before(concat(normalize-space(@ref), ' '), ' ')"/>
    <xsl:param name="entry" select="key('pointer', $ref)/parent::*
        [self::tei:person or self::tei:personGrp or self::tei:place or self::tei:org or self::tei:event]"/>
    <xsl:choose>
      <xsl:when test="$entry and $index = 'yes'"><xsl:value-of select="$ref"/></xsl:when>
      <xsl:when test="not($entry)">
        <xsl:call-template name="safe-href">
          <xsl:with-param name="url" select="$ref"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The anchor of a mention, which the index links back to: xml:id, else
       "<entry id>-m<N>", N counting that entry's mentions in document order (the index
       writes the same rule out, index.xsl entry-mentions); '' for a name that is not a
       mention. -->
  <xsl:template name="name-anchor">
    <xsl:param name="ref" select="substring-before(concat(normalize-space(@ref), ' '), ' ')"/>
    <xsl:param name="entry" select="key('pointer', $ref)/parent::*
        [self::tei:person or self::tei:personGrp or self::tei:place or self::tei:org or self::tei:event]"/>
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:when test="$entry and not(ancestor::tei:choice)">
        <xsl:variable name="here" select="@ref"/>
        <xsl:value-of select="concat(substring($ref, 2), '-m')"/>
        <xsl:choose>
          <xsl:when test="$host-mentions and starts-with($ref, '#')">
            <xsl:value-of select="host:mention-number($here)"/>
          </xsl:when>
          <xsl:when test="starts-with($ref, '#')">
            <xsl:for-each select="key('mentions', $ref)">
              <xsl:if test="count(. | $here) = 1"><xsl:value-of select="position()"/></xsl:if>
            </xsl:for-each>
          </xsl:when>
        </xsl:choose>
      </xsl:when>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
