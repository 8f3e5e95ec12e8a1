<?xml version="1.0" encoding="UTF-8"?>
<!--
  The site's pages other than the articles, from the corpus document that tei.site
  writes (corpus.xml: the listing of the articles by periodical, with every mention of a
  register entry, and the merged register in <standOff>). The result is one <page
  href="..."> per file, each holding an <html> element; Python writes them (a stylesheet
  writes no file):
    index.html                   the articles by periodical, then year and date
    registers/index.html         the registers, one per kind
    registers/persons.html ...   the entries of one kind
    registers/ENTRY-ID.html      one entry and every article that names it
    search.html                  search (Pagefind's interface)
  Entry names, descriptions and authority links are rendered by the views' own
  templates (common/index.xsl), imported with the HTML view.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">
  <xsl:import href="../tei-to-html.xsl"/>
  <xsl:include href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- entry-pages: 'all', or the ids of the entries whose pages are wanted, each between
       spaces (' pers-a pers-b '): a rebuild makes only the pages of the entries that the
       changed articles name or named. -->
  <xsl:param name="entry-pages" select="'all'"/>

  <!-- an article's mentions of one entry: a note per entry in each article's bibl -->
  <xsl:key name="naming" match="tei:note[@type = 'mentions']" use="@corresp"/>

  <xsl:variable name="articles" select="/tei:TEI/tei:standOff/tei:listBibl[@type = 'articles']"/>
  <!-- child paths, not '//': the listing of the articles is most of the document -->
  <xsl:variable name="entries" select="(/tei:TEI/tei:standOff/tei:listPerson/tei:person | /tei:TEI/tei:standOff/tei:listPerson/tei:personGrp
      | /tei:TEI/tei:standOff/tei:listPlace/tei:place | /tei:TEI/tei:standOff/tei:listOrg/tei:org
      | /tei:TEI/tei:standOff/tei:listEvent/tei:event)[@xml:id][key('naming', concat('#', @xml:id))]"/>

  <xsl:template match="/">
    <pages>
      <xsl:call-template name="home"/>
      <xsl:call-template name="registers"/>
      <xsl:call-template name="register-kind"><xsl:with-param name="kind" select="'person'"/></xsl:call-template>
      <xsl:call-template name="register-kind"><xsl:with-param name="kind" select="'place'"/></xsl:call-template>
      <xsl:call-template name="register-kind"><xsl:with-param name="kind" select="'org'"/></xsl:call-template>
      <xsl:call-template name="register-kind"><xsl:with-param name="kind" select="'event'"/></xsl:call-template>
      <xsl:apply-templates select="$entries[$entry-pages = 'all' or contains($entry-pages, concat(' ', @xml:id, ' '))]" mode="entry-page"/>
      <xsl:call-template name="search"/>
    </pages>
  </xsl:template>

  <!-- ============================================================ page frame -->
  <xsl:template name="page">
    <xsl:param name="href"/>
    <xsl:param name="root"/>
    <xsl:param name="title"/>
    <xsl:param name="current" select="''"/>
    <xsl:param name="indexed" select="false()"/>
    <xsl:param name="head"/>
    <xsl:param name="body"/>
    <page href="{$href}">
      <html lang="{(/tei:TEI/@xml:lang | /tei:TEI/tei:text/@xml:lang)[1]}">
        <head>
          <meta charset="utf-8"/>
          <meta name="viewport" content="width=device-width, initial-scale=1"/>
          <title><xsl:value-of select="concat($title, ' — ', $site-title)"/></title>
          <meta name="generator" content="tei-etol XSLT views"/>
          <style><xsl:call-template name="css"/><xsl:call-template name="site-css"/></style>
          <xsl:copy-of select="$head"/>
        </head>
        <body>
          <xsl:if test="$indexed"><xsl:attribute name="data-pagefind-body"/></xsl:if>
          <a class="skip" href="#main" data-pagefind-ignore="all">Skip to the content</a>
          <xsl:call-template name="site-nav">
            <xsl:with-param name="current" select="$current"/>
            <xsl:with-param name="root" select="$root"/>
          </xsl:call-template>
          <main id="main">
            <xsl:copy-of select="$body"/>
          </main>
          <footer class="colophon" data-pagefind-ignore="all"><p>Made from TEI P5 files by tei-etol’s XSLT views.</p></footer>
        </body>
      </html>
    </page>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- ============================================================ home -->
  <xsl:template name="home">
    <xsl:call-template name="page">
      <xsl:with-param name="href" select="'index.html'"/>
      <xsl:with-param name="root" select="''"/>
      <xsl:with-param name="title" select="'All articles'"/>
      <xsl:with-param name="current" select="'home'"/>
      <xsl:with-param name="body">
        <h1><xsl:value-of select="$site-title"/></h1>
        <p class="counts">
          <xsl:value-of select="count($articles/tei:listBibl/tei:bibl)"/>
          <xsl:text> articles from </xsl:text>
          <xsl:value-of select="count($articles/tei:listBibl)"/>
          <xsl:text> periodical(s); </xsl:text>
          <xsl:value-of select="count($entries[self::tei:person or self::tei:personGrp])"/>
          <xsl:text> persons, </xsl:text>
          <xsl:value-of select="count($entries[self::tei:place])"/>
          <xsl:text> places and </xsl:text>
          <xsl:value-of select="count($entries[self::tei:org])"/>
          <xsl:text> organisations in the registers.</xsl:text>
        </p>
        <xsl:for-each select="$articles/tei:listBibl">
          <section aria-labelledby="periodical-{position()}">
            <h2 id="periodical-{position()}">
              <xsl:value-of select="tei:head"/>
              <span class="counts"><xsl:value-of select="concat(' (', count(tei:bibl), ' articles)')"/></span>
            </h2>
            <xsl:for-each select="tei:bibl[not(@n = preceding-sibling::tei:bibl[1]/@n)]">
              <xsl:variable name="year" select="@n"/>
              <h3><xsl:value-of select="$year"/></h3>
              <ol class="articles">
                <xsl:apply-templates select="../tei:bibl[@n = $year]" mode="listing">
                  <xsl:with-param name="root" select="''"/>
                </xsl:apply-templates>
              </ol>
            </xsl:for-each>
          </section>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- One article in a list: its title (a link to its page), author, periodical, date, issue. -->
  <xsl:template match="tei:bibl" mode="listing">
    <xsl:param name="root"/>
    <li>
      <a href="{$root}{@corresp}"><xsl:value-of select="normalize-space(tei:title[@level = 'a'][1])"/></a>
      <span class="article-meta"><xsl:call-template name="article-meta"/></span>
    </li>
  </xsl:template>

  <xsl:template name="article-meta">
    <xsl:for-each select="tei:author">
      <xsl:if test="position() &gt; 1"><xsl:text> and </xsl:text></xsl:if>
      <xsl:value-of select="normalize-space(.)"/>
    </xsl:for-each>
    <xsl:if test="tei:author"><xsl:text>. </xsl:text></xsl:if>
    <xsl:value-of select="normalize-space(tei:title[@level = 'j'][1])"/>
    <xsl:for-each select="tei:biblScope[@unit = 'volume'][1]"><xsl:value-of select="concat(', Vol. ', normalize-space(.))"/></xsl:for-each>
    <xsl:for-each select="tei:biblScope[@unit = 'issue'][1]"><xsl:value-of select="concat(', No. ', normalize-space(.))"/></xsl:for-each>
    <xsl:for-each select="tei:date[1]"><xsl:value-of select="concat(', ', normalize-space(.))"/></xsl:for-each>
  </xsl:template>

  <!-- ============================================================ registers -->
  <xsl:template name="kind-title">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'person'">Persons</xsl:when>
      <xsl:when test="$kind = 'place'">Places</xsl:when>
      <xsl:when test="$kind = 'event'">Events</xsl:when>
      <xsl:otherwise>Organisations</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="kind-file">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'person'">persons.html</xsl:when>
      <xsl:when test="$kind = 'place'">places.html</xsl:when>
      <xsl:when test="$kind = 'event'">events.html</xsl:when>
      <xsl:otherwise>organisations.html</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="registers">
    <xsl:call-template name="page">
      <xsl:with-param name="href" select="'registers/index.html'"/>
      <xsl:with-param name="root" select="'../'"/>
      <xsl:with-param name="title" select="'Registers'"/>
      <xsl:with-param name="current" select="'registers'"/>
      <xsl:with-param name="body">
        <h1>Registers</h1>
        <p>Every person, place, organisation and event that the articles name, with every article that names them.</p>
        <ul class="entries-list">
          <xsl:call-template name="kind-link"><xsl:with-param name="kind" select="'person'"/><xsl:with-param name="count" select="count($entries[self::tei:person or self::tei:personGrp])"/></xsl:call-template>
          <xsl:call-template name="kind-link"><xsl:with-param name="kind" select="'place'"/><xsl:with-param name="count" select="count($entries[self::tei:place])"/></xsl:call-template>
          <xsl:call-template name="kind-link"><xsl:with-param name="kind" select="'org'"/><xsl:with-param name="count" select="count($entries[self::tei:org])"/></xsl:call-template>
          <xsl:call-template name="kind-link"><xsl:with-param name="kind" select="'event'"/><xsl:with-param name="count" select="count($entries[self::tei:event])"/></xsl:call-template>
        </ul>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="kind-link">
    <xsl:param name="kind"/>
    <xsl:param name="count"/>
    <li>
      <a>
        <xsl:attribute name="href"><xsl:call-template name="kind-file"><xsl:with-param name="kind" select="$kind"/></xsl:call-template></xsl:attribute>
        <xsl:call-template name="kind-title"><xsl:with-param name="kind" select="$kind"/></xsl:call-template>
      </a>
      <span class="counts"><xsl:value-of select="concat(' (', $count, ' entries)')"/></span>
    </li>
  </xsl:template>

  <xsl:template name="register-kind">
    <xsl:param name="kind"/>
    <xsl:variable name="title"><xsl:call-template name="kind-title"><xsl:with-param name="kind" select="$kind"/></xsl:call-template></xsl:variable>
    <xsl:variable name="file"><xsl:call-template name="kind-file"><xsl:with-param name="kind" select="$kind"/></xsl:call-template></xsl:variable>
    <xsl:variable name="chosen" select="$entries[($kind = 'person' and (self::tei:person or self::tei:personGrp))
        or ($kind = 'place' and self::tei:place) or ($kind = 'org' and self::tei:org) or ($kind = 'event' and self::tei:event)]"/>
    <xsl:call-template name="page">
      <xsl:with-param name="href" select="concat('registers/', $file)"/>
      <xsl:with-param name="root" select="'../'"/>
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="current" select="'registers'"/>
      <xsl:with-param name="body">
        <h1><xsl:value-of select="$title"/></h1>
        <p class="counts"><xsl:value-of select="concat(count($chosen), ' entries, sorted by name.')"/></p>
        <ul class="entries-list">
          <xsl:for-each select="$chosen">
            <xsl:sort select="normalize-space(concat(tei:persName[@type = 'full']/tei:surname, ' ',
                (tei:persName | tei:placeName | tei:orgName | tei:eventName)[1]))"/>
            <xsl:sort select="@xml:id"/>
            <xsl:variable name="ref" select="concat('#', @xml:id)"/>
            <li>
              <a href="{@xml:id}.html"><xsl:call-template name="entry-name-plain"/></a>
              <xsl:call-template name="machine-mark"/>
              <span class="counts">
                <xsl:value-of select="concat(' (', count(key('naming', $ref)), ' articles)')"/>
              </span>
              <xsl:if test="tei:note">
                <span class="article-meta"><xsl:value-of select="normalize-space(tei:note[1])"/></span>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- An entry found by the name recogniser: its @resp points at an application
       (docs/decisions.md, section 3). -->
  <xsl:template name="machine-mark">
    <xsl:if test="@resp and key('pointer', substring-before(concat(normalize-space(@resp), ' '), ' '))/parent::tei:application">
      <xsl:text> </xsl:text>
      <span class="machine" title="Found by the name recogniser, not checked by an editor">machine-found</span>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ one entry -->
  <xsl:template match="*" mode="entry-page">
    <xsl:variable name="ref" select="concat('#', @xml:id)"/>
    <xsl:variable name="name"><xsl:call-template name="entry-name-plain"/></xsl:variable>
    <xsl:variable name="kind" select="concat(substring('place', 1, 5 * boolean(self::tei:place)),
        substring('org', 1, 3 * boolean(self::tei:org)), substring('event', 1, 5 * boolean(self::tei:event)),
        substring('person', 1, 6 * not(self::tei:place or self::tei:org or self::tei:event)))"/>
    <xsl:variable name="firsts" select="key('naming', $ref)"/>
    <xsl:call-template name="page">
      <xsl:with-param name="href" select="concat('registers/', @xml:id, '.html')"/>
      <xsl:with-param name="root" select="'../'"/>
      <xsl:with-param name="title" select="$name"/>
      <xsl:with-param name="current" select="'registers'"/>
      <xsl:with-param name="indexed" select="true()"/>
      <xsl:with-param name="head">
        <meta data-pagefind-filter="kind[content]" content="register"/>
      </xsl:with-param>
      <xsl:with-param name="body">
        <h1 data-pagefind-weight="10" data-pagefind-meta="title">
          <span class="name {$kind}"><xsl:call-template name="entry-name"/></span>
          <xsl:call-template name="machine-mark"/>
        </h1>
        <p class="counts">
          <a>
            <xsl:attribute name="href"><xsl:call-template name="kind-file"><xsl:with-param name="kind" select="$kind"/></xsl:call-template></xsl:attribute>
            <xsl:text>Register of </xsl:text>
            <xsl:variable name="title"><xsl:call-template name="kind-title"><xsl:with-param name="kind" select="$kind"/></xsl:call-template></xsl:variable>
            <xsl:value-of select="translate($title, 'POP', 'pop')"/>
          </a>
        </p>
        <dl class="about">
          <xsl:variable name="forms" select="(tei:persName | tei:placeName | tei:orgName | tei:eventName)[not(@type = 'full')]"/>
          <xsl:if test="$forms">
            <div><dt>Names</dt><dd data-pagefind-weight="5">
              <xsl:for-each select="$forms">
                <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
                <xsl:value-of select="normalize-space(.)"/>
              </xsl:for-each>
            </dd></div>
          </xsl:if>
          <xsl:if test="tei:note">
            <div><dt>Description</dt><dd><xsl:call-template name="entry-note"/></dd></div>
          </xsl:if>
          <xsl:if test="tei:birth | tei:death | tei:floruit | tei:date">
            <div><dt>Dates</dt><dd>
              <xsl:for-each select="tei:birth | tei:death | tei:floruit | tei:date">
                <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
                <xsl:if test="self::tei:birth">born </xsl:if>
                <xsl:if test="self::tei:death">died </xsl:if>
                <xsl:value-of select="normalize-space(concat(., ' ', substring(concat(@when, @from), 1, 4 * not(normalize-space(.)))))"/>
              </xsl:for-each>
            </dd></div>
          </xsl:if>
          <xsl:if test="tei:idno">
            <xsl:variable name="authorities"><xsl:call-template name="entry-authorities"/></xsl:variable>
            <xsl:if test="string($authorities)">
              <div><dt>Authorities</dt><dd class="authorities"><xsl:copy-of select="$authorities"/></dd></div>
            </xsl:if>
          </xsl:if>
        </dl>
        <section aria-labelledby="naming">
          <h2 id="naming"><xsl:value-of select="concat('Articles that name ', $name, ' (', count($firsts), ')')"/></h2>
          <ol class="articles">
            <xsl:for-each select="$firsts">
              <xsl:sort select="../tei:date/@when"/>
              <xsl:sort select="../@xml:id"/>
              <xsl:variable name="bibl" select=".."/>
              <li>
                <a href="../{$bibl/@corresp}"><xsl:value-of select="normalize-space($bibl/tei:title[@level = 'a'][1])"/></a>
                <span class="article-meta"><xsl:for-each select="$bibl"><xsl:call-template name="article-meta"/></xsl:for-each></span>
                <xsl:for-each select="tei:ref">
                  <a class="context" href="../{@target}">
                    <xsl:value-of select="tei:seg[@type = 'before']"/>
                    <mark><xsl:value-of select="tei:seg[@type = 'mention']"/></mark>
                    <xsl:value-of select="tei:seg[@type = 'after']"/>
                  </a>
                </xsl:for-each>
              </li>
            </xsl:for-each>
          </ol>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ search -->
  <xsl:template name="search">
    <xsl:call-template name="page">
      <xsl:with-param name="href" select="'search.html'"/>
      <xsl:with-param name="root" select="''"/>
      <xsl:with-param name="title" select="'Search'"/>
      <xsl:with-param name="current" select="'search'"/>
      <xsl:with-param name="head">
        <link href="pagefind/pagefind-ui.css" rel="stylesheet"/>
        <script src="pagefind/pagefind-ui.js"></script>
      </xsl:with-param>
      <xsl:with-param name="body">
        <h1>Search the articles</h1>
        <p>Search works when the site is served over HTTP (<code>tei site OUT --out SITE --serve</code>),
          not from a plain folder. Results can be narrowed by periodical and year.</p>
        <div id="search" class="search-page"></div>
        <script>
window.addEventListener("DOMContentLoaded", function () {
  var ui = new PagefindUI({element: "#search", showSubResults: true, showImages: false, resetStyles: false});
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { ui.triggerSearch(query); }
});
        </script>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
