<?xml version="1.0" encoding="UTF-8"?>
<!--
  odd/doc.xsl: the customisation's documentation, one HTML page made from its ODD
  (schemas/tei-etol.odd -> docs/customisation.html; `python -m tei.validation.odd`).

  XSLT 1.0, run by lxml with access denied. The page follows the ODD: its prose divisions
  in order; where a division holds the schemaSpec, the modules and the elements each
  includes; where it holds a specGrp, a section per elementSpec or classSpec (each
  attribute with its closed list of values, gloss and description) or per constraintSpec
  (the rule's code, context, test and message). Nothing is taken from TEI's own
  specifications (p5subset.xml): the page documents what this customisation says.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                exclude-result-prefixes="tei sch">

  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="tei:*"/>

  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="normalize-space(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)"/></title>
        <style>
          body { font-family: Georgia, serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #222; }
          h1, h2, h3 { font-family: Helvetica, Arial, sans-serif; line-height: 1.2; }
          h3 { margin-top: 2rem; }
          code, .gi, .att { font-family: Menlo, Consolas, monospace; font-size: 0.9em; }
          .gi::before { content: "&lt;"; } .gi::after { content: "&gt;"; }
          .att::before { content: "@"; }
          table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
          th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
          th { background: #f3f3f3; font-family: Helvetica, Arial, sans-serif; font-size: 0.9em; }
          .test { font-family: Menlo, Consolas, monospace; font-size: 0.8em; word-break: break-all; }
          nav ul { columns: 2; }
        </style>
      </head>
      <body>
        <xsl:apply-templates select="/tei:TEI/tei:text/tei:body"/>
      </body>
    </html>
  </xsl:template>

  <!-- ===== prose ===== -->
  <xsl:template match="tei:body">
    <h1><xsl:apply-templates select="tei:head/node()"/></h1>
    <p>
      <xsl:text>Generated from </xsl:text><code>schemas/tei-etol.odd</code>
      <xsl:text> (</xsl:text>
      <xsl:value-of select="normalize-space(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)"/>
      <xsl:text>) by </xsl:text><code>xslt/odd/doc.xsl</code><xsl:text>; do not edit.</xsl:text>
    </p>
    <nav>
      <ul>
        <xsl:for-each select="tei:div">
          <li><a href="#{@xml:id}"><xsl:apply-templates select="tei:head/node()"/></a></li>
        </xsl:for-each>
      </ul>
    </nav>
    <xsl:apply-templates select="tei:div"/>
  </xsl:template>

  <xsl:template match="tei:div">
    <section id="{@xml:id}">
      <h2><xsl:apply-templates select="tei:head/node()"/></h2>
      <xsl:apply-templates select="*[not(self::tei:head)]"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:p">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:gi">
    <code class="gi"><xsl:value-of select="."/></code>
  </xsl:template>

  <xsl:template match="tei:att">
    <code class="att"><xsl:value-of select="."/></code>
  </xsl:template>

  <xsl:template match="tei:code | tei:ident">
    <code><xsl:value-of select="."/></code>
  </xsl:template>

  <xsl:template match="tei:hi">
    <em><xsl:apply-templates/></em>
  </xsl:template>

  <xsl:template match="text()">
    <xsl:value-of select="."/>
  </xsl:template>

  <!-- ===== the schema: modules and elements ===== -->
  <xsl:template match="tei:schemaSpec">
    <p>
      <xsl:text>Schema </xsl:text><code><xsl:value-of select="@ident"/></code>
      <xsl:text>, based on TEI P5 (</xsl:text><code><xsl:value-of select="@source"/></code>
      <xsl:text>), root element </xsl:text><code class="gi"><xsl:value-of select="@start"/></code>
      <xsl:text>. </xsl:text>
      <xsl:apply-templates select="tei:desc/node()"/>
    </p>
    <table>
      <tr><th>module</th><th>elements</th></tr>
      <xsl:for-each select="tei:moduleRef">
        <tr>
          <td><code><xsl:value-of select="@key"/></code></td>
          <td>
            <xsl:choose>
              <xsl:when test="@include">
                <xsl:call-template name="names">
                  <xsl:with-param name="list" select="normalize-space(@include)"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise>(TEI's infrastructure: no elements)</xsl:otherwise>
            </xsl:choose>
          </td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <!-- "a b c" -> <code class="gi">a</code>, <code class="gi">b</code> ... -->
  <xsl:template name="names">
    <xsl:param name="list"/>
    <xsl:variable name="first" select="substring-before(concat($list, ' '), ' ')"/>
    <code class="gi"><xsl:value-of select="$first"/></code>
    <xsl:if test="contains($list, ' ')">
      <xsl:text>, </xsl:text>
      <xsl:call-template name="names">
        <xsl:with-param name="list" select="substring-after($list, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ===== specifications ===== -->
  <xsl:template match="tei:specGrp">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:elementSpec | tei:classSpec">
    <h3 id="{concat(local-name(), '-', @ident)}">
      <xsl:choose>
        <xsl:when test="self::tei:elementSpec"><code class="gi"><xsl:value-of select="@ident"/></code></xsl:when>
        <xsl:otherwise><xsl:text>attribute class </xsl:text><code><xsl:value-of select="@ident"/></code></xsl:otherwise>
      </xsl:choose>
    </h3>
    <xsl:apply-templates select="tei:remarks/tei:p"/>
    <table>
      <tr><th>attribute</th><th>value</th><th>meaning</th></tr>
      <xsl:apply-templates select="tei:attList/tei:attDef"/>
    </table>
  </xsl:template>

  <xsl:template match="tei:attDef">
    <xsl:variable name="items" select="tei:valList/tei:valItem"/>
    <xsl:choose>
      <xsl:when test="$items">
        <xsl:for-each select="$items">
          <tr>
            <xsl:if test="position() = 1">
              <td rowspan="{count($items)}">
                <code class="att"><xsl:value-of select="../../@ident"/></code><br/>
                <xsl:apply-templates select="../../tei:desc/node()"/>
                <xsl:if test="../@type = 'closed'"><br/><em>closed list</em></xsl:if>
              </td>
            </xsl:if>
            <td><code><xsl:value-of select="@ident"/></code></td>
            <td><strong><xsl:apply-templates select="tei:gloss/node()"/></strong>
              <xsl:text>: </xsl:text><xsl:apply-templates select="tei:desc/node()"/></td>
          </tr>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <tr>
          <td><code class="att"><xsl:value-of select="@ident"/></code></td>
          <td>(TEI's datatype)</td>
          <td><xsl:apply-templates select="tei:desc/node()"/></td>
        </tr>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:constraintSpec">
    <xsl:variable name="assert" select="tei:constraint//sch:assert | tei:constraint//sch:report"/>
    <h3 id="{@ident}">
      <code><xsl:value-of select="@ident"/></code>
      <xsl:if test="$assert/@role = 'warning'"><xsl:text> (warning)</xsl:text></xsl:if>
      <xsl:text>: </xsl:text>
      <xsl:apply-templates select="tei:desc/node()"/>
    </h3>
    <table>
      <tr><th>checked on</th><td class="test"><xsl:value-of select="tei:constraint/sch:rule/@context"/></td></tr>
      <tr><th>test</th><td class="test"><xsl:value-of select="$assert/@test"/></td></tr>
      <tr><th>message</th><td><xsl:apply-templates select="$assert" mode="message"/></td></tr>
    </table>
  </xsl:template>

  <!-- the message as written, a computed part shown as … -->
  <xsl:template match="sch:assert | sch:report" mode="message">
    <xsl:for-each select="node()">
      <xsl:choose>
        <xsl:when test="self::text()"><xsl:value-of select="."/></xsl:when>
        <xsl:otherwise>…</xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:constraintDecl | tei:specGrpRef | tei:desc | tei:remarks"/>
</xsl:stylesheet>
