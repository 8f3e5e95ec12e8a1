<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry point: TEI P5 -> one standalone HTML5 page (inline CSS, no script, nothing
  fetched). Parameters and hooks: params.xsl. To customise, import this file and
  override a template of html/ or a hook.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="common/common.xsl"/>
  <xsl:include href="html/document.xsl"/>
  <xsl:include href="html/css.xsl"/>
  <xsl:include href="html/blocks.xsl"/>
  <xsl:include href="html/inline.xsl"/>
  <xsl:include href="html/notes.xsl"/>
  <xsl:include href="html/index.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no"/>
</xsl:stylesheet>
