<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML syntax for phrases, names, links and readings. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <!-- kind -> HTML element; everything else is a span with the kind as its class. -->
  <xsl:template name="inline-element">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'hi-italic' or $kind = 'foreign' or $kind = 'term'
          or $kind = 'mentioned' or $kind = 'soCalled' or $kind = 'gloss' or $kind = 'distinct'">i</xsl:when>
      <xsl:when test="$kind = 'hi-bold'">b</xsl:when>
      <xsl:when test="$kind = 'hi-sup'">sup</xsl:when>
      <xsl:when test="$kind = 'hi-sub'">sub</xsl:when>
      <xsl:when test="$kind = 'hi-underline'">u</xsl:when>
      <xsl:when test="$kind = 'hi-strike'">s</xsl:when>
      <xsl:when test="$kind = 'emph'">em</xsl:when>
      <xsl:when test="$kind = 'del'">del</xsl:when>
      <xsl:when test="$kind = 'add'">ins</xsl:when>
      <xsl:when test="$kind = 'abbr'">abbr</xsl:when>
      <xsl:when test="$kind = 'title-m' or $kind = 'title-j' or $kind = 'title-s' or $kind = 'title-u'">cite</xsl:when>
      <xsl:when test="(starts-with($kind, 'date') or starts-with($kind, 'time')) and (@when or @from)">time</xsl:when>
      <xsl:when test="$kind = 'unknown' and (tei:p or tei:div or tei:list or tei:table or tei:lg)">div</xsl:when>
      <xsl:otherwise>span</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="makeInline">
    <xsl:param name="kind"/>
    <xsl:variable name="element">
      <xsl:call-template name="inline-element"><xsl:with-param name="kind" select="$kind"/></xsl:call-template>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="class"><xsl:value-of select="$kind"/></xsl:attribute>
      <xsl:if test="@xml:id and ancestor::tei:text"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
      <xsl:call-template name="html-lang"/>
      <xsl:if test="$element = 'time'"><xsl:attribute name="datetime"><xsl:value-of select="(@when | @from)[1]"/></xsl:attribute></xsl:if>
      <xsl:choose>
        <xsl:when test="$kind = 'unknown'">
          <xsl:attribute name="data-tei"><xsl:value-of select="name()"/></xsl:attribute>
        </xsl:when>
        <xsl:when test="$kind = 'sic'"><xsl:attribute name="title">sic: as printed</xsl:attribute></xsl:when>
        <xsl:when test="$kind = 'gap'">
          <xsl:attribute name="title">Text left out<xsl:if test="@reason">: <xsl:value-of select="@reason"/></xsl:if></xsl:attribute>
          <xsl:text>[…]</xsl:text>
        </xsl:when>
      </xsl:choose>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Is a link allowed here? Not inside another link and not around one (HTML forbids
       nested a): names or refs that hold notes or refs become spans. -->
  <xsl:template name="may-link">
    <xsl:if test="not(ancestor::*[self::tei:ref or self::tei:ptr or (@ref and (self::tei:persName
        or self::tei:placeName or self::tei:orgName or self::tei:name or self::tei:rs))])
        and not(.//tei:note or .//tei:ref or .//tei:ptr or .//*[@ref][self::tei:persName
        or self::tei:placeName or self::tei:orgName or self::tei:name or self::tei:rs])">yes</xsl:if>
  </xsl:template>

  <!-- A name: a link to its index entry (or its safe URL), else a span; the entry's full
       name as tooltip. This runs once per name in the text: literal elements, select
       expressions, and the templates of names.xsl called inside attributes rather than
       into variables (a result tree fragment costs more than the template). -->
  <xsl:template name="makeName">
    <xsl:variable name="ref" select="substring-before(concat(normalize-space(@ref), ' '), ' ')"/>
    <xsl:variable name="entry" select="key('id', substring-after($ref, '#'))
        [self::tei:person or self::tei:personGrp or self::tei:place or self::tei:org]"/>
    <xsl:variable name="target">
      <xsl:call-template name="name-target">
        <xsl:with-param name="ref" select="$ref"/>
        <xsl:with-param name="entry" select="$entry"/>
      </xsl:call-template>
    </xsl:variable>
    <!-- as may-link, cheaper: axes by name first, descendants only when there are any -->
    <xsl:variable name="linked" select="string($target)
        and not(ancestor::tei:ref or ancestor::tei:ptr or ancestor::*[@ref][self::tei:persName
            or self::tei:placeName or self::tei:orgName or self::tei:name or self::tei:rs])
        and not(* and (.//tei:note or .//tei:ref or .//tei:ptr or .//*[@ref][self::tei:persName
            or self::tei:placeName or self::tei:orgName or self::tei:name or self::tei:rs]))"/>
    <xsl:choose>
      <xsl:when test="$linked">
        <a>
          <xsl:call-template name="name-attributes">
            <xsl:with-param name="ref" select="$ref"/>
            <xsl:with-param name="entry" select="$entry"/>
          </xsl:call-template>
          <xsl:attribute name="href"><xsl:value-of select="$target"/></xsl:attribute>
          <xsl:if test="$entry and $index = 'yes'">
            <xsl:attribute name="title"><xsl:for-each select="$entry[1]"><xsl:call-template name="entry-name-plain"/></xsl:for-each></xsl:attribute>
          </xsl:if>
          <xsl:apply-templates/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span>
          <xsl:call-template name="name-attributes">
            <xsl:with-param name="ref" select="$ref"/>
            <xsl:with-param name="entry" select="$entry"/>
          </xsl:call-template>
          <xsl:if test="$entry and $index = 'yes'">
            <xsl:attribute name="title"><xsl:for-each select="$entry[1]"><xsl:call-template name="entry-name-plain"/></xsl:for-each></xsl:attribute>
          </xsl:if>
          <xsl:apply-templates/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- class, id and lang of a name. -->
  <xsl:template name="name-attributes">
    <xsl:param name="ref"/>
    <xsl:param name="entry"/>
    <xsl:attribute name="class">
      <xsl:text>name </xsl:text>
      <xsl:call-template name="name-kind">
        <xsl:with-param name="ref" select="$ref"/>
        <xsl:with-param name="entry" select="$entry"/>
      </xsl:call-template>
    </xsl:attribute>
    <!-- a mention has an anchor: the condition of name-anchor (names.xsl) -->
    <xsl:if test="@xml:id or ($entry and not(ancestor::tei:choice))">
      <xsl:attribute name="id">
        <xsl:call-template name="name-anchor">
          <xsl:with-param name="ref" select="$ref"/>
          <xsl:with-param name="entry" select="$entry"/>
        </xsl:call-template>
      </xsl:attribute>
    </xsl:if>
    <xsl:if test="@xml:lang"><xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute></xsl:if>
  </xsl:template>

  <xsl:template name="makeLink">
    <xsl:param name="href"/>
    <xsl:param name="label"/>
    <xsl:variable name="may"><xsl:call-template name="may-link"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="string($href) and ($may = 'yes' or not(ancestor::tei:text))">
        <a href="{$href}">
          <xsl:if test="not(starts-with($href, '#'))"><xsl:attribute name="class">external</xsl:attribute></xsl:if>
          <xsl:call-template name="link-content"><xsl:with-param name="label" select="$label"/></xsl:call-template>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="ref">
          <xsl:call-template name="link-content"><xsl:with-param name="label" select="$label"/></xsl:call-template>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="link-content">
    <xsl:param name="label"/>
    <xsl:choose>
      <xsl:when test="string($label)"><xsl:value-of select="$label"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A reading with the other one in a tooltip; focusable so that keyboards reach it. -->
  <xsl:template name="makeAlternate">
    <xsl:param name="shown"/>
    <xsl:param name="other"/>
    <xsl:param name="kind"/>
    <xsl:variable name="other-text"><xsl:apply-templates select="$other/node()" mode="plain"/></xsl:variable>
    <xsl:variable name="label">
      <xsl:choose>
        <xsl:when test="$kind = 'correction' and $diplomatic">Corrected: </xsl:when>
        <xsl:when test="$kind = 'correction'">Printed: </xsl:when>
        <xsl:when test="$kind = 'regularisation' and $diplomatic">Regularised: </xsl:when>
        <xsl:when test="$kind = 'regularisation'">Original: </xsl:when>
        <xsl:when test="$kind = 'abbreviation' and $diplomatic">Expansion: </xsl:when>
        <xsl:when test="$kind = 'abbreviation'">Abbreviated: </xsl:when>
        <xsl:otherwise>Also: </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{substring('abbrspan', 1 + 4 * not($shown/self::tei:abbr), 4)}">
      <xsl:attribute name="class"><xsl:value-of select="concat('alt ', local-name($shown))"/></xsl:attribute>
      <xsl:if test="$other">
        <xsl:attribute name="title"><xsl:value-of select="concat($label, normalize-space($other-text))"/></xsl:attribute>
        <xsl:attribute name="tabindex">0</xsl:attribute>
      </xsl:if>
      <xsl:apply-templates select="$shown/node()"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
