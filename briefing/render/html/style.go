package html

// css is the pack's only style sheet, inline: readable on screen, and on paper with the protective
// marking at the top and bottom of every page.
const css = `:root { --ink: #1e1e22; --grey: #5f6368; --accent: #163a6b; --alert: #a61f1f; --rule: #bec4cc; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 1.05rem/1.55 "Noto Sans", "Segoe UI", Arial, Helvetica, sans-serif; }
body.large { font-size: 1.35rem; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
.marking { text-align: center; font-weight: 700; letter-spacing: .06em; padding: .35rem; border-bottom: 2px solid var(--ink); }
.marking.bottom { border-top: 2px solid var(--ink); border-bottom: 0; margin-top: 2rem; }
.marking p { margin: .1rem; }
.marking .made { font-weight: 400; letter-spacing: 0; color: var(--grey); font-size: .8rem; }
h1, h2, h3, h4 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h2 { color: var(--accent); border-bottom: 1px solid var(--rule); padding-bottom: .2rem; margin-top: 2.2rem; }
a { color: var(--accent); }
.cover { padding: 3rem 0 2rem; border-bottom: 1px solid var(--rule); }
.cover .kind { text-transform: uppercase; color: var(--grey); letter-spacing: .08em; font-size: .85rem; }
.cover h1 { color: var(--accent); font-size: 2.2rem; margin: .3rem 0; }
.cover .subtitle { font-size: 1.3rem; }
.cover .marking-box { display: inline-block; border: 2px solid var(--ink); padding: .3rem 1rem; letter-spacing: .06em; }
.cover .summary, .note, .legend, .meta, .cites, .variant { color: var(--grey); font-size: .9rem; }
.none { font-style: italic; color: var(--grey); }
.contents ol { padding-left: 1.4rem; }
ol.timeline { list-style: none; margin: 1rem 0; padding: 0 0 0 6.5rem; position: relative; }
ol.timeline::before { content: ""; position: absolute; left: 5rem; top: .6rem; bottom: .6rem; width: 3px; background: var(--rule); }
ol.timeline li { position: relative; margin: 0 0 1.1rem; break-inside: avoid; page-break-inside: avoid; }
ol.timeline li::before { content: ""; position: absolute; left: -1.95rem; top: .45rem; width: .8rem; height: .8rem; border-radius: 50%; border: 2px solid var(--accent); background: var(--accent); }
ol.timeline li.p-month::before, ol.timeline li.p-year::before { background: #fff; }
ol.timeline li.derived::before { background: #fff; border-style: dashed; }
ol.timeline li.conflict::before { box-shadow: 0 0 0 3px #fff, 0 0 0 5px var(--alert); }
ol.timeline .year { position: absolute; left: -6.5rem; top: 0; font-weight: 700; color: var(--accent); }
ol.timeline time { font-weight: 700; }
ol.timeline p { margin: .1rem 0; }
.alert { color: var(--alert); }
.legend .k { display: inline-block; width: .75rem; height: .75rem; border-radius: 50%; border: 2px solid var(--accent); margin: 0 .2rem 0 .8rem; vertical-align: -1px; }
.legend .k.p-day { background: var(--accent); }
.legend .k.derived { border-style: dashed; }
.legend .k.conflict { box-shadow: 0 0 0 2px #fff, 0 0 0 3px var(--alert); }
figure.quote { margin: 1.4rem 0; padding: .2rem 0 .2rem 1.1rem; border-left: 4px solid var(--accent); break-inside: avoid; page-break-inside: avoid; }
figure.quote blockquote { margin: 0; font-style: italic; font-size: 1.1rem; }
figure.quote blockquote p::before { content: "“"; }
figure.quote blockquote p::after { content: "”"; }
figure.quote figcaption { font-size: .92rem; margin-top: .3rem; }
.speaker { font-weight: 700; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
thead th { background: #e8ecf2; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
ul.passages li { margin-bottom: .55rem; }
ol.sources li { margin-bottom: .7rem; }
ol.sources .title { font-weight: 700; margin: 0; }
ol.sources .meta { margin: 0; }
dl.provenance dt { font-weight: 700; font-size: .9rem; margin-top: .6rem; }
dl.provenance dd { font-size: .85rem; margin-left: 1rem; color: var(--grey); }
code { font-size: .85em; }
a.cite { display: inline-block; min-width: 24px; min-height: 24px; line-height: 24px; padding: 0 2px; text-align: center; text-decoration: none; }
a.cite:focus, a.cite:hover { text-decoration: underline; }
.draft { border: 2px dashed var(--alert); padding: .5rem .9rem; margin: .8rem 0; break-inside: avoid; page-break-inside: avoid; }
.draft strong { color: var(--alert); }
.draft-mark { border: 2px solid var(--alert); color: var(--alert); padding: .4rem .9rem; margin-top: 1.2rem; }
.draft-mark a { color: var(--alert); }
.cover .copy { text-align: right; font-weight: 700; }
.cover .handling { margin-top: .4rem; }
ul.key-points li { margin-bottom: .55rem; }
ul.passages li.key::marker { color: var(--accent); font-weight: 700; }
.context { color: var(--grey); }
.ahead { color: var(--accent); }
strong.ahead { text-transform: uppercase; font-size: .8rem; letter-spacing: .06em; }
.signing { font-size: .92rem; }
table caption { text-align: left; font-weight: 700; color: var(--accent); padding: .6rem 0 .2rem; }
.also { color: var(--grey); font-size: .9rem; }
.image-text { color: var(--grey); }
.other-quotes li { margin-bottom: .4rem; }
@media print {
  @page { margin: 22mm 18mm; }
  body { font-size: 11pt; }
  body.large { font-size: 16pt; }
  main { max-width: none; padding: 0; }
  .skip { display: none; }
  .marking { position: fixed; left: 0; right: 0; border: 0; margin: 0; }
  .marking.top { top: 0; }
  .marking.bottom { bottom: 0; }
  .marking .made { display: none; }
  .cover { break-after: page; page-break-after: always; min-height: 80vh; }
  .contents { break-after: page; page-break-after: always; }
  a { color: inherit; text-decoration: none; }
}
`
