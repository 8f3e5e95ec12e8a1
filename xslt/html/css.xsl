<?xml version="1.0" encoding="UTF-8"?>
<!-- The page's inline style sheet: readable on a phone, in print, without script.
     Nothing is wider than a phone (390 px): long words and URLs break where they must
     (overflow-wrap:anywhere), and the title block's grid column may shrink below its
     longest word (minmax(0,1fr)).
     Persons, places and organisations each have their own mark (colour and underline
     style), so they stay distinct in black-and-white print. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template name="css">
<xsl:text>
:root{--ink:#1d1b18;--muted:#5f5a52;--rule:#d9d3c7;--paper:#fdfcf8;--accent:#8a2b1d;
--person:#7a2a12;--place:#1d5a3a;--org:#23457a;--mark:#fff3c4}
*{box-sizing:border-box}
html{font-size:112.5%;-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:40rem;padding:1.5rem 1.25rem 4rem;background:var(--paper);color:var(--ink);
font-family:"Iowan Old Style","Palatino Linotype",Palatino,"Book Antiqua",Georgia,"DejaVu Serif",serif;line-height:1.6;hyphens:auto;overflow-wrap:anywhere}
a{color:var(--accent)}
a:focus-visible,[tabindex]:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.3rem .6rem}
.titlepage{border-bottom:1px solid var(--rule);margin-bottom:2rem;padding-bottom:1rem}
h1{font-size:2rem;line-height:1.2;margin:1.5rem 0 .3rem;font-weight:600}
.subtitle{font-size:1.2rem;font-style:italic;margin:0 0 .8rem;color:var(--muted)}
.byline{font-variant:small-caps;letter-spacing:.04em;font-size:1.1rem;margin:0 0 1.2rem}
.about{font-size:.85rem;color:var(--muted);margin:0;display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem 1rem}
.about div{display:contents}.about dt{font-weight:600;font-variant:small-caps;letter-spacing:.03em}.about dd{margin:0}
h2,h3,h4,h5,h6{line-height:1.25;font-weight:600}
h2.head{font-size:1.35rem;margin:2.2rem 0 .6rem}h3.head{font-size:1.15rem;margin:1.8rem 0 .5rem}
.head-sub{font-style:italic;color:var(--muted);margin-top:-.3rem}
main p{margin:0 0 .9rem;position:relative}
main p.p{text-align:justify}
.pilcrow{position:absolute;left:-1.3rem;top:0;color:var(--rule);text-decoration:none;font-size:.85rem;opacity:0}
p:hover>.pilcrow,.pilcrow:focus{opacity:1;color:var(--muted)}
:target{background:var(--mark);transition:background .3s}
.dateline{font-style:italic;color:var(--muted)}
.opener,.closer{margin:1rem 0}.closer{text-align:right}.closer .dateline{text-align:right}
.salute{font-style:italic}.signed{font-variant:small-caps;letter-spacing:.04em}
.separator{text-align:center;letter-spacing:.5em;margin:1.4rem 0}
blockquote{margin:1rem 0 1rem 1.5rem;padding-left:1rem;border-left:3px solid var(--rule)}
.epigraph{font-size:.95rem;font-style:italic;border:0;margin-left:30%}.epigraph .bibl{text-align:right;font-style:normal}
.editorial{color:var(--muted)}.supplied::before{content:"["}.supplied::after{content:"]"}
.gap,.unclear{color:var(--muted)}.pb{font-size:.75rem;color:var(--muted);border:1px solid var(--rule);padding:0 .2em;margin:0 .2em}
.unknown{background:#f4efe4}
.alt[title]{border-bottom:1px dotted var(--accent);cursor:help}
.name{text-decoration:none;color:inherit;text-underline-offset:.18em}
a.name:hover{background:var(--mark)}
.person{color:var(--person);text-decoration:underline solid 1px}
.place{color:var(--place);text-decoration:underline dashed 1px}
.org{color:var(--org);text-decoration:underline double 1px}
.event{color:var(--org);text-decoration:underline dotted 1px}
span.name{text-decoration-style:dotted}
.name.machine{border-bottom:1px dashed var(--muted)}
.by-machine{font-size:.75em;color:var(--muted);border:1px solid var(--rule);border-radius:3px;padding:0 .25em;font-variant:small-caps}
.index-note{color:var(--muted);font-size:.85rem}
sup.noteref{line-height:0;font-size:.7em}sup.noteref a{text-decoration:none;padding:0 .15em}
.notes,.index{border-top:1px solid var(--rule);margin-top:2.5rem;font-size:.9rem}
.notes h2,.index h2{font-size:1.15rem;margin:1.2rem 0 .6rem;font-variant:small-caps;letter-spacing:.05em}
ol.notes{list-style:none;padding:0;margin:0}
.list.labelled{list-style:none;padding-left:1.2rem}
table.table{border-collapse:collapse;margin:1rem 0;max-width:100%}.table td{padding:.15rem 1rem .15rem 0;vertical-align:top}.table caption{text-align:left;font-style:italic}
li.note{display:flex;gap:.6rem;margin:0 0 .6rem}
.note-back{min-width:1.6rem;text-align:right;text-decoration:none;font-weight:600}
.note-body{margin:0;flex:1}
.index h3{font-size:1rem;margin:1.2rem 0 .4rem;color:var(--muted)}
.entries{margin:0}.entry{margin:0 0 .7rem}.entry dt{font-weight:600}.entry dd{margin:0 0 0 1.2rem}
.entry dt .name{text-decoration:none}
.authorities a{margin-right:.5rem;font-size:.85rem}
.mentions{color:var(--muted);font-size:.85rem}.backlink{text-decoration:none}
.colophon{margin-top:3rem;font-size:.75rem;color:var(--muted);border-top:1px solid var(--rule)}
@media (max-width:36rem){html{font-size:100%}body{padding:1rem .9rem 3rem}h1{font-size:1.6rem}
.about{grid-template-columns:minmax(0,1fr)}.about dt{margin-top:.4rem}main p.p{text-align:left}.epigraph{margin-left:10%}.pilcrow{display:none}}
@media print{:root{--paper:#fff;--ink:#000;--person:#000;--place:#000;--org:#000;--accent:#000}
html{font-size:11pt}body{max-width:none;padding:0}.skip,.pilcrow{display:none}
a{text-decoration:none}.person{text-decoration:underline solid 1px}.place{text-decoration:underline dashed 1px}.org{text-decoration:underline double 1px}.event{text-decoration:underline dotted 1px}
.authorities a.external::after{content:" &lt;" attr(href) "&gt;";font-size:.8em}
h2,h3{break-after:avoid}p{orphans:3;widows:3}.notes,.index{break-before:auto}}
</xsl:text>
  </xsl:template>
</xsl:stylesheet>
