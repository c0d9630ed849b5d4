// Package extract turns pleadings as lawyers receive them — PDFs from the
// court's e-filing system, Word files from co-counsel, text — into plain
// text for the pleading parser.
//
// File picks the reader from the file's first bytes and its extension;
// PDF, DOCX and Text read one kind. Each returns a Result: the text, the
// reader that produced it, the page count, and Notes (footnotes and
// remarks kept out of the text).
//
// # The text
//
// Result.Text is UTF-8 with \n line ends and a final \n. Paragraphs are
// separated by one blank line. Each page after the first starts with a
// form feed (\f) at the start of its first line; a paragraph that runs on
// to the next page is not split: its next line simply starts with \f.
//
// # PDF
//
// The words of each page and their boxes come from poppler's pdftotext
// (-tsv) when it is installed, else from a pure-Go reader: the parser and
// decoders of github.com/ledongthuc/pdf (guarded against its panics and
// against files that would make it allocate without bound or loop), with
// our own interpretation of each page's content stream so that every
// character gets its real advance (from /Widths, a CID font's /W, word
// spacing and TJ kerning; the standard 14 fonts from their metrics).
// Form XObjects are entered (stamping tools add stamps as forms). Both go
// through the same layout stage, which:
//
//   - groups words into lines by position (words across a gap wider than
//     two ems, as between the columns of a caption or a table, are joined
//     by a tab, others by a space);
//   - drops text outside the text column (stamps printed up a margin;
//     pdftotext's rotated words);
//   - removes pleading-paper line numbers: a column of numbers 1–40 left
//     of the text, each set apart from the text on its line;
//   - removes e-filing stamps ("Case 1:14-cv-01559-RWS Document 43 Filed
//     02/18/15 Page 3 of 27", "Case: 2:18-cv-00907 Doc #: 1 Filed: ...
//     PageID #: 123") wherever they are (each page's first is kept in
//     Result.Stamps), page numbers alone on a line at
//     the top or bottom of a page ("3", "- 3 -", "Page 3 of 27"), and lines
//     that recur at the same place near the top or bottom of at least half
//     the pages (running headers and footers such as the document's title);
//   - moves footnotes (smaller text at the foot of a page) to Result.Notes
//     as "footnote N (page P): text", and drops their raised reference
//     marks from the body;
//   - rebuilds paragraphs: a new paragraph starts after a vertical gap
//     larger than the line pitch, at a first-line indent, at and after a
//     centred line (a heading), after a line that ends short (the next
//     line's first word would have fitted), at a line indented like the
//     paragraph's indented first line (unless a block quote goes on), at
//     the end of a block quote, and at a list marker ("12.", "(a)") after
//     a line that ends a sentence;
//   - keeps one output line per printed line, but moves the second half of
//     a word hyphenated at a line end up to the first: "infor-" + "mation"
//     becomes "information" when the document uses that word or neither
//     half is a word of its own; a compound ("well-known", "chloroprene-
//     containing", "non-party") keeps its hyphen; "pre- and post-" stays.
//
// A PDF with no text on any page (a scan, perhaps with an electronic
// stamp) gives ErrScanned; pages without text among pages with text are
// listed in Notes. A password-protected PDF gives ErrEncrypted, a damaged
// or truncated one ErrCorrupt; none of them panics.
//
// # DOCX
//
// Read with archive/zip and encoding/xml. Paragraphs come in document
// order, each on one line (a manual line break starts a new line). Word's
// automatic numbering is turned back into the labels Word shows ("1. ",
// "(a) ", "COUNT I "), from numbering.xml: number formats, level text,
// start values, level restarts, start overrides, and numbering given by a
// paragraph style (through basedOn). Counters run per abstract list, as in
// Word, so two numbering instances of one list continue each other unless
// one overrides the start. Tracked changes are accepted (insertions and
// moved-to text kept, deletions and moved-from text dropped, a paragraph
// whose mark was deleted joined to the next); fields show their result,
// not their code, and the paragraph-numbering fields that keep no result
// (AUTONUM, LISTNUM) are numbered; text boxes are read once (not their fallback copy);
// tables come as one line per row with cells joined by " | " (a cell of
// several paragraphs gives one line per paragraph); footnotes and endnotes
// go to Notes as "footnote N: text", numbered in order of reference.
// Explicit page breaks and the page breaks Word last rendered mark pages.
// Headers, footers and comments are not read. At most Options.MaxBytes
// (default 64 MiB) are decompressed, and entries whose declared size or
// compression ratio is implausible are refused (ErrTooLarge).
//
// # Text and Markdown
//
// Returned as they are, but for a byte-order mark, \r\n line ends, and
// Windows-1252 bytes (in a file that is not UTF-8) turned to UTF-8. Their
// page furniture is left for the parser to remove.
package extract
