// Package docx turns GitHub-flavored Markdown into a Word document (.docx,
// WordprocessingML in an Office Open XML zip).
//
// It is shaped like the PDF renderer beside it (package render) and like
// goldmark's renderer/html: RegisterFuncs registers one render func per node
// kind (every CommonMark and GFM kind), and every piece of per-document
// state lives on a writer made fresh for each call of Renderer.DOCX, so one
// Renderer serves a parallel batch. It takes the same page-setup options as
// the PDF renderer (render.Option: paper, orientation, margins, font size,
// running header, title, column widths, creation date).
//
// The document uses real Word styles, so a user restyles it in Word the
// usual way: Title (the Markdown # heading), Heading 1–3 (##, ###, ####
// and deeper), Normal, List Bullet, List Number, List Paragraph, Quote,
// Code, Table Grid (tables, with the header row repeated on every page),
// Hyperlink, Header and Footer. Heading ids and inline <a id="p12"></a>
// anchors become bookmarks, and links to them (#p12) internal hyperlinks;
// task-list boxes print as ☐ and ☒. Every page has a running header (the
// case caption left, the product title right) and a "Page X of Y" footer
// made of the PAGE and NUMPAGES fields; the document properties carry the
// title and the case.
//
// No OOXML library is used: the maintained ones either carry a paid
// licence or are not served by the module proxy, and what a chart needs
// is a few small XML parts written with archive/zip. Output is
// byte-for-byte deterministic given render.WithCreationDate or
// SOURCE_DATE_EPOCH.
package docx
