<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML syntax for notes: a superscript marker linking to the note, the note linking
     back; both are ordinary links, so the keyboard reaches them (Tab, Enter). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:template name="footNoteMarker">
    <xsl:param name="n"/>
    <xsl:param name="id"/>
    <sup class="noteref"><a id="noteref-{$id}" href="#{$id}" role="doc-noteref" aria-label="Note {$n}"><xsl:value-of select="$n"/></a></sup>
  </xsl:template>

  <xsl:template name="footNote">
    <xsl:param name="n"/>
    <xsl:param name="id"/>
    <xsl:param name="blocks"/>
    <li class="note" id="{$id}" role="doc-endnote">
      <xsl:call-template name="html-lang"/>
      <xsl:choose>
        <xsl:when test="@anchored = 'false'">
          <span class="note-back" title="The source marks no place for this note"><xsl:value-of select="$n"/></span>
        </xsl:when>
        <xsl:otherwise>
          <a class="note-back" href="#noteref-{$id}" role="doc-backlink" aria-label="Back to the text of note {$n}"><xsl:value-of select="$n"/></a>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
      <xsl:choose>
        <xsl:when test="$blocks = 'yes'"><div class="note-body"><xsl:apply-templates/></div></xsl:when>
        <xsl:otherwise><p class="note-body"><xsl:apply-templates/></p></xsl:otherwise>
      </xsl:choose>
    </li>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
