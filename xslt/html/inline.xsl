<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML syntax for phrases, names, links and readings. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:host="urn:x-tei-etol:views"
    exclude-result-prefixes="tei host">

  <!-- kind -> HTML element, a table: " kind=element ". A kind not in it is a span, but
       a date or time with a value (@when, @from) is a time, and an unknown element
       holding blocks a div. -->
  <xsl:variable name="inline-elements" select="concat(' hi-italic=i foreign=i term=i mentioned=i soCalled=i gloss=i distinct=i',
      ' hi-bold=b hi-sup=sup hi-sub=sub hi-underline=u hi-strike=s emph=em del=del add=ins abbr=abbr',
      ' title-m=cite title-j=cite title-s=cite title-u=cite ')"/>

  <xsl:template name="makeInline">
    <xsl:param name="kind"/>
    <!-- selects, not a called template: its result would be a result tree fragment -->
    <xsl:variable name="mapped" select="substring-before(substring-after($inline-elements, concat(' ', translate($kind, ' =', '!!'), '=')), ' ')"/>
    <xsl:choose>
      <!-- the frequent case (q, seg, date without a value...): a span with a class, written
           as a literal element; the general rule below costs several times more -->
      <xsl:when test="$mapped = '' and not(@xml:id or @xml:lang or @when or @from
          or $kind = 'unknown' or $kind = 'sic' or $kind = 'gap')">
        <span class="{$kind}"><xsl:apply-templates/></span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="makeInline-general">
          <xsl:with-param name="kind" select="$kind"/>
          <xsl:with-param name="mapped" select="$mapped"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="makeInline-general">
    <xsl:param name="kind"/>
    <xsl:param name="mapped"/>
    <xsl:variable name="element" select="concat($mapped,
        substring('time', 1 div ($mapped = '' and (starts-with($kind, 'date') or starts-with($kind, 'time')) and (@when or @from))),
        substring('div', 1 div ($mapped = '' and not((starts-with($kind, 'date') or starts-with($kind, 'time')) and (@when or @from))
            and $kind = 'unknown' and (tei:p or tei:div or tei:list or tei:table or tei:lg))),
        substring('span', 1 div ($mapped = '' and not((starts-with($kind, 'date') or starts-with($kind, 'time')) and (@when or @from))
            and not($kind = 'unknown' and (tei:p or tei:div or tei:list or tei:table or tei:lg)))))"/>
    <xsl:element name="{$element}">
      <xsl:attribute name="class"><xsl:value-of select="$kind"/><xsl:if test="@resp = $machine-resp"> machine</xsl:if></xsl:attribute>
      <xsl:if test="@resp = $machine-resp and @cert">
        <!-- a periodical the recogniser found (names.xsl name-machine): it says so -->
        <xsl:attribute name="title">found by the name recogniser, certainty <xsl:value-of select="@cert"/><xsl:if test="@ana">; evidence: <xsl:value-of select="key('pointer', @ana)/../tei:catDesc"/></xsl:if></xsl:attribute>
      </xsl:if>
      <xsl:if test="@xml:id and ancestor::tei:text"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
      <xsl:if test="@xml:lang"><xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute></xsl:if>
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
        or self::tei:placeName or self::tei:orgName or self::tei:eventName or self::tei:name or self::tei:rs))])
        and not(.//tei:note or .//tei:ref or .//tei:ptr or .//*[@ref][self::tei:persName
        or self::tei:placeName or self::tei:orgName or self::tei:eventName or self::tei:name or self::tei:rs])">yes</xsl:if>
  </xsl:template>

  <!-- A name: a link to its index entry (or its safe URL), else a span; the entry's full
       name as tooltip. This runs once per name in the text, so the frequent case, a
       persName, placeName or orgName that is a mention of an index entry with a plain
       full name, standing in no link and holding no element, is written out here: its
       class (names.xsl name-kind: by element name), anchor (name-anchor), href
       (name-target) and title (entry-name-plain), each a select or an attribute value
       template (an xsl:attribute or a called template costs more than the rule itself).
       Every other name goes through makeName-general and the templates of names.xsl. -->
  <xsl:template name="makeName">
    <xsl:variable name="ref" select="substring-before(concat(normalize-space(@ref), ' '), ' ')"/>
    <!-- the full name of the entry it points to (the first entry, as $entry[1] of names.xsl) -->
    <xsl:variable name="full" select="(key('pointer', $ref)/parent::*
        [self::tei:person or self::tei:personGrp or self::tei:place or self::tei:org or self::tei:event])[1]
        /*[@type = 'full'][self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:eventName][1]"/>
    <xsl:choose>
      <!-- one test, each condition a step: every step and variable reference costs a
           node-set allocation, and this runs once per name -->
      <xsl:when test="$full and $index = 'yes' and starts-with($ref, '#')
          and (self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:eventName)
          and not(@xml:id or @xml:lang or * or $full/*[* or self::tei:choice or self::tei:note or self::tei:lb]
              or ancestor::tei:choice or ancestor::tei:ref or ancestor::tei:ptr or ancestor::*/@ref)">
        <!-- N: the position of its @ref among the entry's mentions (key 'mentions', in
             document order). The element is written from inside the loop, at that
             position, in the context of the @ref (.. is the name): a result tree
             fragment holding N would cost more. -->
        <xsl:variable name="here" select="@ref"/>
        <xsl:choose>
          <!-- the host counts mentions in one walk (tei/views/mentions.py): the loop
               below is a walk per mention, quadratic in the mentions of one entry -->
          <xsl:when test="$host-mentions">
            <!-- a machine decision (name-machine, names.xsl): class "machine" and a tooltip that says so -->
            <a class="name {substring-before(substring-after(' persName:person placeName:place orgName:org eventName:event ', concat(' ', local-name(), ':')), ' ')}{substring(' machine', 1, 8 * (@resp = $machine-resp))}"
                id="{substring($ref, 2)}-m{host:mention-number($here)}" href="{$ref}" title="{normalize-space($full)}{substring(concat(' (found by the name recogniser, certainty ', @cert, substring(concat('; evidence: ', key('pointer', @ana)/../tei:catDesc), 1, 300 * boolean(@ana)), ')'), 1, 500 * (@resp = $machine-resp))}"><xsl:apply-templates/></a>
          </xsl:when>
          <xsl:otherwise>
            <xsl:for-each select="key('mentions', $ref)">
              <xsl:if test="count(. | $here) = 1">
                <a class="name {substring-before(substring-after(' persName:person placeName:place orgName:org eventName:event ', concat(' ', local-name(..), ':')), ' ')}{substring(' machine', 1, 8 * (../@resp = $machine-resp))}"
                    id="{substring($ref, 2)}-m{position()}" href="{$ref}" title="{normalize-space($full)}{substring(concat(' (found by the name recogniser, certainty ', ../@cert, substring(concat('; evidence: ', key('pointer', ../@ana)/../tei:catDesc), 1, 300 * boolean(../@ana)), ')'), 1, 500 * (../@resp = $machine-resp))}"><xsl:apply-templates select="../node()"/></a>
              </xsl:if>
            </xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="makeName-general">
          <xsl:with-param name="ref" select="$ref"/>
          <xsl:with-param name="entry" select="key('pointer', $ref)/parent::*
              [self::tei:person or self::tei:personGrp or self::tei:place or self::tei:org or self::tei:event]"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Any other name: the templates of names.xsl. -->
  <xsl:template name="makeName-general">
    <xsl:param name="ref"/>
    <xsl:param name="entry"/>
    <xsl:variable name="target">
      <xsl:call-template name="name-target">
        <xsl:with-param name="ref" select="$ref"/>
        <xsl:with-param name="entry" select="$entry"/>
      </xsl:call-template>
    </xsl:variable>
    <!-- as may-link, cheaper: axes by name first, descendants only when there are any -->
    <xsl:variable name="linked" select="string($target)
        and not(ancestor::tei:ref or ancestor::tei:ptr or ancestor::*[@ref][self::tei:persName
            or self::tei:placeName or self::tei:orgName or self::tei:eventName or self::tei:name or self::tei:rs])
        and not(* and (.//tei:note or .//tei:ref or .//tei:ptr or .//*[@ref][self::tei:persName
            or self::tei:placeName or self::tei:orgName or self::tei:eventName or self::tei:name or self::tei:rs]))"/>
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
      <xsl:if test="@resp = $machine-resp"> machine</xsl:if>
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
