<?xml version="1.0" encoding="UTF-8"?>
<!-- Hostile stylesheet: tries to read a local file with document(). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:param name="target"/>
  <xsl:template match="/"><out><xsl:value-of select="document($target)"/></out></xsl:template>
</xsl:stylesheet>
