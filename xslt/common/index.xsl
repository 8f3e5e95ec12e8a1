<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index of persons, places, organisations and events, built from <standOff>
  (listPerson, listPlace, listOrg, listEvent). An entry is listed when the text mentions it; it shows its full
  name (persName type="full", else the first name), its description (note), its
  authority links (idno, see links.xsl) and links back to every mention, in order.
  Entries are sorted by surname (else name), in code-point order, the same everywhere.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <!-- The entries the text mentions. A local variable, not a global one: libxslt
       evaluates every global variable, and the text view has no index. -->
  <xsl:template name="index">
    <xsl:if test="$index = 'yes'">
      <xsl:variable name="entries"
          select="(/tei:TEI/tei:standOff//tei:person | /tei:TEI/tei:standOff//tei:personGrp
                  | /tei:TEI/tei:standOff//tei:place | /tei:TEI/tei:standOff//tei:org
                  | /tei:TEI/tei:standOff//tei:event)
                  [@xml:id][key('mentions', concat('#', @xml:id))]"/>
      <xsl:if test="$entries">
        <xsl:call-template name="makeIndex">
          <xsl:with-param name="entries" select="$entries"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <xsl:template name="index-sections">
    <xsl:param name="entries"/>
    <xsl:variable name="persons" select="$entries[self::tei:person or self::tei:personGrp]"/>
    <xsl:variable name="places" select="$entries[self::tei:place]"/>
    <xsl:variable name="orgs" select="$entries[self::tei:org]"/>
    <xsl:variable name="events" select="$entries[self::tei:event]"/>
    <xsl:if test="$persons">
      <xsl:call-template name="makeIndexSection">
        <xsl:with-param name="kind" select="'person'"/>
        <xsl:with-param name="entries" select="$persons"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$places">
      <xsl:call-template name="makeIndexSection">
        <xsl:with-param name="kind" select="'place'"/>
        <xsl:with-param name="entries" select="$places"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$orgs">
      <xsl:call-template name="makeIndexSection">
        <xsl:with-param name="kind" select="'org'"/>
        <xsl:with-param name="entries" select="$orgs"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$events">
      <xsl:call-template name="makeIndexSection">
        <xsl:with-param name="kind" select="'event'"/>
        <xsl:with-param name="entries" select="$events"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="index-entries">
    <xsl:param name="entries"/>
    <xsl:apply-templates select="$entries" mode="index">
      <xsl:sort select="normalize-space(concat(tei:persName[@type = 'full']/tei:surname, ' ',
          (tei:persName | tei:placeName | tei:orgName | tei:eventName)[1]))"/>
      <xsl:sort select="@xml:id"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="*" mode="index">
    <!-- place, org, else person (person, personGrp): a select, not a result tree fragment -->
    <xsl:call-template name="makeIndexEntry">
      <xsl:with-param name="kind" select="concat(substring('place', 1, 5 * boolean(self::tei:place)),
          substring('org', 1, 3 * boolean(self::tei:org)), substring('event', 1, 5 * boolean(self::tei:event)),
          substring('person', 1, 6 * not(self::tei:place or self::tei:org or self::tei:event)))"/>
      <xsl:with-param name="id" select="@xml:id"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The entry's full name (context: the entry): its persName, placeName or orgName
       of type "full", else its first one. -->
  <xsl:template name="entry-name">
    <xsl:variable name="names" select="tei:persName | tei:placeName | tei:orgName | tei:eventName"/>
    <xsl:variable name="full" select="$names[@type = 'full'][1]"/>
    <xsl:apply-templates select="($full | $names[not($full)][1])/node()"/>
  </xsl:template>

  <!-- The same as plain text, whitespace collapsed (for tooltips). A name holding a
       choice, a note or a line break is read in the 'plain' mode; any other is its
       string value (the same text, faster: this runs once per mention). -->
  <xsl:template name="entry-name-plain">
    <xsl:variable name="names" select="tei:persName | tei:placeName | tei:orgName | tei:eventName"/>
    <xsl:variable name="full" select="$names[@type = 'full'][1]"/>
    <xsl:variable name="name" select="$full | $names[not($full)][1]"/>
    <xsl:choose>
      <xsl:when test="$name/*//* or $name/tei:choice or $name/tei:note or $name/tei:lb">
        <xsl:variable name="text"><xsl:apply-templates select="$name/node()" mode="plain"/></xsl:variable>
        <xsl:value-of select="normalize-space($text)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($name)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The entry's description: its notes, in order. -->
  <xsl:template name="entry-note">
    <xsl:for-each select="tei:note">
      <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates/>
    </xsl:for-each>
  </xsl:template>

  <!-- Authority links, one per idno that names an authority record. -->
  <xsl:template name="entry-authorities">
    <xsl:for-each select="tei:idno">
      <xsl:variable name="url"><xsl:call-template name="authority-url"/></xsl:variable>
      <xsl:variable name="label"><xsl:call-template name="authority-label"/></xsl:variable>
      <xsl:if test="string($url)">
        <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
        <xsl:call-template name="makeLink">
          <xsl:with-param name="href" select="$url"/>
          <xsl:with-param name="label" select="$label"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- Links back to each mention, numbered in document order. The anchor is the rule
       of name-anchor (names.xsl), written out: this runs once per mention. -->
  <xsl:template name="entry-mentions">
    <xsl:variable name="ref" select="concat('#', @xml:id)"/>
    <xsl:for-each select="key('mentions', $ref)">
      <xsl:choose>
        <xsl:when test="../@xml:id">
          <xsl:call-template name="makeBacklink">
            <xsl:with-param name="href" select="concat('#', ../@xml:id)"/>
            <xsl:with-param name="n" select="position()"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="makeBacklink">
            <xsl:with-param name="href" select="concat($ref, '-m', position())"/>
            <xsl:with-param name="n" select="position()"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
