// Package render turns GitHub-flavored Markdown into PDF and HTML.
//
// The PDF renderer is a goldmark renderer shaped like goldmark's
// renderer/html: RegisterFuncs registers one render func per node kind
// (every CommonMark and GFM kind: tables, task-list checkboxes,
// strikethrough, autolinks, raw HTML), and every piece of per-document state
// (the fpdf document, the style stack, the table being collected) lives on a
// writer made fresh for each call of Renderer.PDF, so one Renderer serves a
// parallel batch.
//
// The PDF is set in the Liberation fonts (metric-compatible with Times New
// Roman and Courier New) embedded from github.com/go-fonts/liberation, with
// full UTF-8; a character the fonts lack prints as a white square (□). It
// has a running header (case caption left, product title right), a
// "Page X of Y" footer, bookmarks for headings, clickable links (external,
// and internal ones to heading ids or to an inline <a id="p12"></a> or
// <span id="p12"></span>), justified body text, and tables whose header
// row repeats on every page and whose rows split across pages only between
// lines, and only when taller than a page. Column widths follow the
// content: each column gets its longest word, and spare width goes where it
// shortens the table most (see colwidths.go); templates can override them
// with WithColumnWidths. Long unbreakable words are broken between
// characters so nothing overflows the margins. Output is byte-for-byte
// deterministic given WithCreationDate or SOURCE_DATE_EPOCH.
//
// Inline raw HTML: <b>, <strong>, <i>, <em>, <u>, <s>, <del>, <code>, <br>
// and <a href> format as in a browser; block tags (<p>, <div>, ...) break
// lines; <span>, <sup> and similar are markup only; comments vanish; any
// other tag prints literally, so no text is ever dropped.
//
// HTML writes the same Markdown as a standalone page with a small embedded
// print stylesheet.
//
// One Config is the page setup of every format (paper, orientation,
// margins, running header, column widths): Renderer.PDF and Renderer.HTML
// read it, and the DOCX and XLSX writers beside this package take the same
// values. Book renders several Sections, each in its own Config (a binder
// of portrait and landscape products), into one PDF.
//
// Files: pdf.go holds the Renderer and the per-document writer; pages.go the
// page flow (page breaks, keeping blocks together, header and footer,
// links); draw.go the drawing of laid-out lines; blocks.go and table.go the
// render funcs of block nodes and tables; inline.go and rawhtml.go inline
// content; layout.go line breaking; colwidths.go column sizing; config.go
// the page setup; html.go the HTML page.
package render
