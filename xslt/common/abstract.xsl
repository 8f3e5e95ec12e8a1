<?xml version="1.0" encoding="UTF-8"?>
<!--
  The abstract templates that common/ calls and each format implements. These defaults
  only render the content, so a format that forgets one still loses no text. Each is
  called with the TEI element as the context node.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- A block whose content is inline (p, ab, dateline, salute, signed, l, item...).
       kind: what it is; id: its stable anchor. -->
  <xsl:template name="makeBlock">
    <xsl:param name="kind"/>
    <xsl:param name="id"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A block made of blocks (text, body, div, opener, closer, epigraph, quote, lg...).
       level: the nesting depth of divisions (1 for a top-level div). -->
  <xsl:template name="makeContainer">
    <xsl:param name="kind"/>
    <xsl:param name="id"/>
    <xsl:param name="level" select="0"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A heading; level 1 for the heads of a top-level division; kind 'main' or 'sub'. -->
  <xsl:template name="makeHeading">
    <xsl:param name="level"/>
    <xsl:param name="kind"/>
    <xsl:param name="id"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A list; ordered is 'yes' or 'no'. Its items come through makeItem. -->
  <xsl:template name="makeList">
    <xsl:param name="ordered"/>
    <xsl:param name="id"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A list item; label is its printed label or number ('' when none). -->
  <xsl:template name="makeItem">
    <xsl:param name="label"/>
    <xsl:param name="id"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- An inline phrase; kind names what it is (emph, q, title-m, seg-editorial, hi-italic...). -->
  <xsl:template name="makeInline">
    <xsl:param name="kind"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A name of a person, place or organisation in the text. A format asks
       common/names.xsl for what it shows, in the name's context: name-kind
       (person|place|org|name), name-target ('#entry-id' of its index entry, an http(s)
       URL, or '': no link), name-anchor (the mention's anchor, which the index links
       back to; '' when none). Asking costs time: the text view asks nothing. -->
  <xsl:template name="makeName">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A link; href is already checked (an http(s) URL or a '#fragment' that exists),
       or '' when the target is unsafe or dangling: then only the label is rendered. -->
  <xsl:template name="makeLink">
    <xsl:param name="href"/>
    <xsl:param name="label"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A choice between readings: shown is the node-set read, other the alternative;
       kind: correction|regularisation|abbreviation|alternative. -->
  <xsl:template name="makeAlternate">
    <xsl:param name="shown"/>
    <xsl:param name="other"/>
    <xsl:param name="kind"/>
    <xsl:apply-templates select="$shown/node()"/>
  </xsl:template>

  <!-- A line break inside a block (lb). -->
  <xsl:template name="makeLineBreak"/>

  <!-- A page, column or other milestone; n as printed. -->
  <xsl:template name="makeMilestone">
    <xsl:param name="kind"/>
    <xsl:param name="n"/>
  </xsl:template>

  <!-- The marker of a note where it is anchored; n its number, id the note's anchor. -->
  <xsl:template name="footNoteMarker">
    <xsl:param name="n"/>
    <xsl:param name="id"/>
  </xsl:template>

  <!-- A note in the collected notes; blocks is 'yes' when its content is made of blocks. -->
  <xsl:template name="footNote">
    <xsl:param name="n"/>
    <xsl:param name="id"/>
    <xsl:param name="blocks"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- The index at the end; entries: the entries to list, in document order (render
       them with index-sections, index.xsl). -->
  <xsl:template name="makeIndex">
    <xsl:param name="entries"/>
    <xsl:call-template name="index-sections">
      <xsl:with-param name="entries" select="$entries"/>
    </xsl:call-template>
  </xsl:template>

  <!-- One section of the index; kind person|place|org; entries the entries to list
       (render them with index-entries, which sorts them). -->
  <xsl:template name="makeIndexSection">
    <xsl:param name="kind"/>
    <xsl:param name="entries"/>
    <xsl:call-template name="index-entries">
      <xsl:with-param name="entries" select="$entries"/>
    </xsl:call-template>
  </xsl:template>

  <!-- One index entry (context: the person, place or org); id its anchor. -->
  <xsl:template name="makeIndexEntry">
    <xsl:param name="kind"/>
    <xsl:param name="id"/>
    <xsl:call-template name="entry-name"/>
  </xsl:template>

  <!-- A link from an index entry back to mention number n (href '#' + the mention's anchor, names.xsl name-anchor). -->
  <xsl:template name="makeBacklink">
    <xsl:param name="href"/>
    <xsl:param name="n"/>
  </xsl:template>
</xsl:stylesheet>
