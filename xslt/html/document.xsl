<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML syntax: the page: head, title block, text, notes, index, colophon. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html>
      <xsl:variable name="doc-lang" select="(/tei:TEI/@xml:lang | /tei:TEI/tei:text/@xml:lang)[1]"/>
      <xsl:choose>
        <xsl:when test="$doc-lang"><xsl:attribute name="lang"><xsl:value-of select="$doc-lang"/></xsl:attribute></xsl:when>
        <xsl:when test="$lang"><xsl:attribute name="lang"><xsl:value-of select="$lang"/></xsl:attribute></xsl:when>
      </xsl:choose>
      <xsl:text>&#10;</xsl:text>
      <head>
        <!-- libxslt writes the charset meta itself (method="html") -->
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:call-template name="doc-title-plain"/>
          <xsl:variable name="authors"><xsl:call-template name="doc-authors"><xsl:with-param name="plain" select="true()"/></xsl:call-template></xsl:variable>
          <xsl:if test="normalize-space($authors)"><xsl:value-of select="concat(' — ', normalize-space($authors))"/></xsl:if>
        </title>
        <meta name="generator" content="tei-etol XSLT views"/>
        <style><xsl:call-template name="css"/><xsl:call-template name="hook-css"/></style>
        <xsl:call-template name="hook-head"/>
      </head>
      <xsl:text>&#10;</xsl:text>
      <body>
        <xsl:call-template name="hook-body-attributes"/>
        <a class="skip" href="#text">Skip to the text</a>
        <xsl:call-template name="hook-before-body"/>
        <xsl:call-template name="title-block"/>
        <main id="text">
          <xsl:apply-templates select="/tei:TEI/tei:text"/>
        </main>
        <xsl:text>&#10;</xsl:text>
        <xsl:call-template name="notes-section"/>
        <xsl:call-template name="index"/>
        <xsl:call-template name="hook-after-body"/>
        <xsl:call-template name="colophon"/>
      </body>
      <xsl:text>&#10;</xsl:text>
    </html>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="title-block">
    <header class="titlepage">
      <h1><xsl:call-template name="hook-title-attributes"/><xsl:call-template name="doc-title"/></h1>
      <xsl:if test="$sub-title or $merged-heads[@type = 'sub']">
        <p class="subtitle"><xsl:call-template name="doc-subtitle"/></p>
      </xsl:if>
      <xsl:if test="$titleStmt/tei:author">
        <p class="byline"><xsl:call-template name="doc-authors"/></p>
      </xsl:if>
      <dl class="about">
        <xsl:if test="$issue or $sourceDesc/tei:bibl or $sourceDesc/tei:p">
          <div><dt>Source</dt><dd class="source"><xsl:call-template name="source-citation"/></dd></div>
        </xsl:if>
        <xsl:variable name="credit"><xsl:call-template name="transcription-credit"/></xsl:variable>
        <xsl:if test="normalize-space($credit)">
          <div><dt>Transcription</dt><dd class="credit"><xsl:call-template name="transcription-credit"/></dd></div>
        </xsl:if>
        <div><dt>How to cite</dt><dd class="cite"><xsl:call-template name="how-to-cite"/></dd></div>
        <div><dt>Reading</dt><dd class="reading">
          <xsl:choose>
            <xsl:when test="$diplomatic">Diplomatic: the text as printed; the editor’s corrections are in tooltips.</xsl:when>
            <xsl:otherwise>Corrected: the editor’s corrections are applied; the printed text is in tooltips.</xsl:otherwise>
          </xsl:choose>
        </dd></div>
      </dl>
    </header>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="notes-section">
    <xsl:if test="$notes">
      <section class="notes" aria-labelledby="notes-title">
        <h2 id="notes-title">Notes</h2>
        <ol class="notes">
          <xsl:apply-templates select="$notes" mode="notes"/>
        </ol>
      </section>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template name="colophon">
    <footer class="colophon">
      <p>
        <xsl:text>TEI P5 edition</xsl:text>
        <xsl:for-each select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:distributor[1]">
          <xsl:value-of select="concat(' distributed by ', normalize-space(.))"/>
        </xsl:for-each>
        <xsl:for-each select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:publisher[1]">
          <xsl:value-of select="concat(' published by ', normalize-space(.))"/>
        </xsl:for-each>
        <xsl:text>.</xsl:text>
        <xsl:for-each select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:availability[1]">
          <xsl:value-of select="concat(' ', normalize-space(.))"/>
        </xsl:for-each>
      </p>
    </footer>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
