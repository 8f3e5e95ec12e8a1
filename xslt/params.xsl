<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every parameter and every hook of the views, in one place.

  Parameters are strings (lxml passes them with XSLT.strparam; on the command line each
  is given as NAME=VALUE to the param option of tei render and tei build, whose two
  leading hyphens an XML comment cannot hold). Hooks are empty named templates that a
  customising stylesheet overrides after importing an entry point:

      <xsl:import href="tei-to-html.xsl"/>
      <xsl:template name="hook-after-body"><p>Funded by …</p></xsl:template>
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <!-- reading: which child of <choice> is read, by element name, never by position.
       'corrected' reads corr / reg / expan; 'diplomatic' reads sic / orig / abbr.
       When the wanted child is missing the other one is read, so no text is lost. -->
  <xsl:param name="reading" select="'corrected'"/>

  <!-- wrap (text view): the column at which paragraphs are wrapped; '0' turns
       wrapping off (one line per paragraph). Words longer than the line are kept whole. -->
  <xsl:param name="wrap" select="'72'"/>

  <!-- title-heads (HTML view): 'merge' shows the heads of the first division that
       repeat the header's titles once, in the title block; 'repeat' shows them in the
       body as well. The text view's default is 'repeat' (tei-to-text.xsl), so that its
       body keeps every word of the source. -->
  <xsl:param name="title-heads" select="'merge'"/>

  <!-- index (HTML view): 'yes' adds the index of persons, places and organisations
       built from <standOff>; 'no' leaves it out (names are then not linked). -->
  <xsl:param name="index" select="'yes'"/>

  <!-- paragraph-links (HTML view): 'yes' gives each paragraph a visible ¶ link to its
       own anchor, for citing by paragraph. -->
  <xsl:param name="paragraph-links" select="'yes'"/>

  <!-- machine-resp: the @resp of the name recogniser (docs/names.md of tei-etol). Names
       and index entries that carry it are the machine's decisions, not an editor's: the
       HTML view shows them apart and says so in the index. -->
  <xsl:param name="machine-resp" select="'#app-tei-etol-names'"/>

  <!-- lang: the language of the page when the TEI states none (xml:lang wins). -->
  <xsl:param name="lang" select="''"/>

  <!-- Hooks (HTML view), each empty by default. -->
  <!-- hook-head: extra content at the end of the HTML <head> (a stylesheet link...). -->
  <xsl:template name="hook-head"/>
  <!-- hook-before-body: content before the title block (a site banner). -->
  <xsl:template name="hook-before-body"/>
  <!-- hook-after-body: content after the index, before the colophon. -->
  <xsl:template name="hook-after-body"/>
  <!-- hook-css: CSS appended to the inline style sheet. -->
  <xsl:template name="hook-css"/>
  <!-- hook-body-attributes, hook-title-attributes, hook-entry-attributes: attributes
       (xsl:attribute) added to <body>, to the title block's <h1> and to each index
       entry's <dt> (the static site marks them for its search index). -->
  <xsl:template name="hook-body-attributes"/>
  <xsl:template name="hook-title-attributes"/>
  <xsl:template name="hook-entry-attributes"/>
  <!-- hook-entry-end: content at the end of an index entry (context: the register
       entry; the static site links its register page here). -->
  <xsl:template name="hook-entry-end"/>

  <!-- Hooks (text view). -->
  <!-- hook-text-end: text appended at the very end of the text view. -->
  <xsl:template name="hook-text-end"/>
</xsl:stylesheet>
