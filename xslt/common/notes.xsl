<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes. TEI: a <note> in <text> stands where it is anchored; the views put a numbered
  marker there and collect the notes at the end (mode 'notes'). The number is @n as
  printed, else the note's position among the notes of <text>. The anchor is xml:id,
  else "note-N"; the marker's anchor is "noteref-" + the note's anchor.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:template match="tei:text//tei:note">
    <xsl:call-template name="footNoteMarker">
      <xsl:with-param name="n"><xsl:call-template name="note-number"/></xsl:with-param>
      <xsl:with-param name="id"><xsl:call-template name="note-id"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- TEI: anchored="false": the source shows no place of reference, so no marker is
       made anywhere; the note is listed with the others. -->
  <xsl:template match="tei:text//tei:note[@anchored = 'false']"/>

  <!-- A division (and a back) holding nothing but notes shows nothing where it stands:
       its notes are listed with the collected notes. -->
  <xsl:template match="tei:div[tei:note and not(*[not(self::tei:note)])]"/>
  <xsl:template match="tei:back[not(.//*[not(self::tei:note or self::tei:div or ancestor::tei:note)])]"/>

  <xsl:template match="tei:note" mode="notes">
    <xsl:call-template name="footNote">
      <xsl:with-param name="n"><xsl:call-template name="note-number"/></xsl:with-param>
      <xsl:with-param name="id"><xsl:call-template name="note-id"/></xsl:with-param>
      <xsl:with-param name="blocks">
        <xsl:choose>
          <xsl:when test="tei:p or tei:list or tei:lg or tei:table or tei:quote[tei:p]">yes</xsl:when>
          <xsl:otherwise>no</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The notes to collect, in document order. -->
  <xsl:variable name="notes" select="/*/tei:text//tei:note"/>

  <xsl:template name="note-number">
    <xsl:choose>
      <xsl:when test="normalize-space(@n)"><xsl:value-of select="normalize-space(@n)"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="note-position"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="note-id">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:otherwise>
        <xsl:text>note-</xsl:text>
        <xsl:call-template name="note-position"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The note's position among the notes of <text>: its place in $notes, found by
       walking the notes only (xsl:number level="any" walks back through every node of
       the text, for each note, twice); xsl:number for a note that is not among them. -->
  <xsl:template name="note-position">
    <xsl:choose>
      <xsl:when test="count($notes | .) = count($notes)">
        <xsl:variable name="here" select="."/>
        <xsl:for-each select="$notes">
          <xsl:if test="count(. | $here) = 1"><xsl:value-of select="position()"/></xsl:if>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:number level="any" count="tei:text//tei:note" from="/tei:TEI/tei:text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
