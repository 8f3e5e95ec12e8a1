<?xml version="1.0" encoding="UTF-8"?>
<!--
  Word wrap in XSLT 1.0. A block's content is collected as a string in which $BR
  (U+E000, a private-use character) stands for a hard line break (lb, or a block inside
  a block). Each segment between breaks has its whitespace collapsed and is wrapped at
  $width columns (code points); a word longer than the line is kept whole. The recursion
  is one call per output line (the last space of a line is found in one XPath expression), so
  long paragraphs stay far below libxslt's depth limit.

  The same rule is also implemented by the host: when the extension function
  host:wrap-segments is available (tei.views registers tei/views/wrap.py with lxml), it
  is called instead of the recursion below, which is ten times slower. Any other XSLT
  1.0 processor (xsltproc...) uses the recursion; both give the same bytes
  (tests/views/test_wrap.py).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:str="http://exslt.org/strings" xmlns:host="urn:x-tei-etol:views"
    exclude-result-prefixes="str host">

  <xsl:variable name="BR" select="'&#xE000;'"/>
  <!-- $wrap as a number; a value that is not a number of columns reads as 72. -->
  <xsl:variable name="wrap-ok" select="number($wrap) &gt;= 0"/>
  <xsl:variable name="width" select="floor(number(concat(substring($wrap, 1, 12 * $wrap-ok), substring('72', 1, 2 * not($wrap-ok)))))"/>
  <!-- the length of rules and the centre of centred lines when wrapping is off -->
  <xsl:variable name="measure" select="number($width) + 72 * (number($width) = 0)"/>
  <!-- does the host wrap (tei/views/wrap.py)? -->
  <xsl:variable name="host-wrap" select="function-available('host:wrap-segments')"/>

  <!-- Wrap text with breaks: first prefixes the first line, prefix the others. -->
  <xsl:template name="wrap-segments">
    <xsl:param name="text"/>
    <xsl:param name="first" select="''"/>
    <xsl:param name="prefix" select="''"/>
    <xsl:choose>
      <xsl:when test="$host-wrap">
        <xsl:value-of select="host:wrap-segments(string($text), string($first), string($prefix), $width)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="wrap-segments-xslt">
          <xsl:with-param name="text" select="$text"/>
          <xsl:with-param name="first" select="$first"/>
          <xsl:with-param name="prefix" select="$prefix"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The same in XSLT 1.0: one call per segment. -->
  <xsl:template name="wrap-segments-xslt">
    <xsl:param name="text"/>
    <xsl:param name="first" select="''"/>
    <xsl:param name="prefix" select="''"/>
    <xsl:param name="started" select="false()"/>
    <xsl:variable name="segment" select="normalize-space(substring-before(concat($text, $BR), $BR))"/>
    <xsl:variable name="rest" select="substring-after($text, $BR)"/>
    <xsl:variable name="more" select="normalize-space(translate($rest, $BR, ' ')) != ''"/>
    <xsl:choose>
      <xsl:when test="$segment != ''">
        <xsl:if test="$started"><xsl:text>&#10;</xsl:text></xsl:if>
        <xsl:call-template name="wrap-line">
          <xsl:with-param name="text" select="''"/>
          <xsl:with-param name="more" select="$segment"/>
          <xsl:with-param name="first" select="$first"/>
          <xsl:with-param name="prefix" select="$prefix"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$started and $more"><xsl:text>&#10;</xsl:text></xsl:when>
    </xsl:choose>
    <xsl:if test="$more">
      <xsl:variable name="now-started" select="$started or $segment != ''"/>
      <xsl:call-template name="wrap-segments-xslt">
        <xsl:with-param name="text" select="$rest"/>
        <xsl:with-param name="first" select="substring($first, 1, string-length($first) * not($now-started))"/>
        <xsl:with-param name="prefix" select="$prefix"/>
        <xsl:with-param name="started" select="$now-started"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Wrap one segment (whitespace already collapsed). -->
  <xsl:template name="wrap-line">
    <xsl:param name="text"/>
    <xsl:param name="more" select="''"/>
    <xsl:param name="first"/>
    <xsl:param name="prefix"/>
    <xsl:variable name="lead" select="concat($first, substring($prefix, 1, string-length($prefix) * ($first = '')))"/>
    <xsl:variable name="room" select="number($width) - string-length($lead)"/>
    <xsl:choose>
      <!-- Lines are cut from a short buffer, refilled 256 characters at a time from
           $more: string functions walk UTF-8 from the start, so working on the whole
           paragraph for every line would be quadratic. -->
      <xsl:when test="$more != '' and number($width) != 0
          and (string-length($text) &lt;= 2 * $room + 2 or not(contains($text, ' ')))">
        <xsl:call-template name="wrap-line">
          <xsl:with-param name="text" select="concat($text, substring($more, 1, 256))"/>
          <xsl:with-param name="more" select="substring($more, 257)"/>
          <xsl:with-param name="first" select="$first"/>
          <xsl:with-param name="prefix" select="$prefix"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="number($width) = 0 or string-length($text) &lt;= $room">
        <xsl:value-of select="concat($lead, $text, $more)"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- The line ends before the last space of its first room+1 characters: that
             space is found as the length of the chunk's last word (EXSLT str:tokenize,
             built into libxslt); a first word longer than the line is kept whole. -->
        <xsl:variable name="chunk" select="substring($text, 1, $room + 1)"/>
        <xsl:variable name="at-space" select="substring($chunk, $room + 1, 1) = ' '"/>
        <xsl:variable name="has-space" select="contains($chunk, ' ')"/>
        <xsl:variable name="length" select="$room * $at-space
            + (not($at-space) and $has-space) * ($room - string-length(str:tokenize($chunk, ' ')[last()]))
            + not($has-space) * string-length(substring-before(concat($text, ' '), ' '))"/>
        <xsl:variable name="rest" select="substring($text, $length + 2)"/>
        <xsl:value-of select="concat($lead, substring($text, 1, $length))"/>
        <xsl:if test="$rest != '' or $more != ''">
          <xsl:text>&#10;</xsl:text>
          <xsl:call-template name="wrap-line">
            <xsl:with-param name="text" select="$rest"/>
            <xsl:with-param name="more" select="$more"/>
            <xsl:with-param name="first" select="''"/>
            <xsl:with-param name="prefix" select="$prefix"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- n copies of character c (for rules, underlines, centring). Divide and conquer:
       n copies are twice n div 2 copies, and one more when n is odd, so the depth of the
       recursion is log2(n) (one call per column reached libxslt's depth limit at
       wrap=1500, and under a title of one 5,000-character word). Up to 64 copies are cut
       from a constant string in one step. -->
  <xsl:variable name="repeat-run" select="'                                                                '"/>
  <xsl:template name="repeat">
    <xsl:param name="c"/>
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="not($n &gt; 0)"/>
      <xsl:when test="$n &lt;= 64">
        <xsl:value-of select="translate(substring($repeat-run, 1, $n), ' ', $c)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="half">
          <xsl:call-template name="repeat">
            <xsl:with-param name="c" select="$c"/>
            <xsl:with-param name="n" select="floor($n div 2)"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:value-of select="concat($half, $half, substring($c, 1, $n mod 2))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
