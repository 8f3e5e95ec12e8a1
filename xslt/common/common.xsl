<?xml version="1.0" encoding="UTF-8"?>
<!--
  The meaning layer, shared by every output format: what a TEI element is (a block, a
  heading, a name, a note...), which reading of a <choice> is read, how notes are numbered,
  what the index holds. It never writes output syntax: it calls the abstract named
  templates of abstract.xsl, which each format (html/, txt/) implements.
  Entry points import this file (so a format can override meaning) and include their
  syntax files.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="../params.xsl"/>
  <xsl:include href="abstract.xsl"/>
  <xsl:include href="core.xsl"/>
  <xsl:include href="choice.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="inline.xsl"/>
  <xsl:include href="names.xsl"/>
  <xsl:include href="links.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="header.xsl"/>
  <xsl:include href="index.xsl"/>
</xsl:stylesheet>
