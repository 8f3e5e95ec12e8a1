<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry point: TEI P5 -> UTF-8 plain text: a header block, the body wrapped at $wrap
  columns, the notes as numbered endnotes ([1] markers kept in the text). Parameters
  and hooks: params.xsl.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="common/common.xsl"/>
  <xsl:include href="txt/wrap.xsl"/>
  <xsl:include href="txt/document.xsl"/>
  <xsl:include href="txt/blocks.xsl"/>
  <xsl:include href="txt/inline.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>
  <!-- The text view keeps every head in the body, so that its words are the source's. -->
  <xsl:param name="title-heads" select="'repeat'"/>
</xsl:stylesheet>
