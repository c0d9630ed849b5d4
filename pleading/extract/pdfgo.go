package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"codeberg.org/go-pdf/fpdf"
	"github.com/ledongthuc/pdf"
)

// goPages reads the words of each page with the pure-Go reader
// (github.com/ledongthuc/pdf). Its panics on malformed input become
// ErrCorrupt; a page that fails alone is left empty.
func goPages(r io.ReaderAt, size int64) (pages []pageWords, notes []string, err error) {
	defer func() {
		if x := recover(); x != nil {
			pages, notes, err = nil, nil, fmt.Errorf("pure-Go reader: %v: %w", x, ErrCorrupt)
		}
	}()
	if err := checkXref(r, size); err != nil {
		return nil, nil, err
	}
	pr, err := pdf.NewReader(pdf2Header{r}, size)
	if err != nil {
		return nil, nil, classifyGoErr(err)
	}
	list := pageTree(pr, size)
	n := len(list)
	if n == 0 {
		return nil, nil, fmt.Errorf("no pages: %w", ErrCorrupt)
	}
	failed := 0
	var firstErr error
	for i, p := range list {
		pw, cs, err := goPage(p, i+1)
		pw.words = charsToWords(cs)
		if err != nil {
			failed++
			if firstErr == nil {
				firstErr = err
			}
			notes = append(notes, fmt.Sprintf("the pure-Go reader could not read %v", err))
		}
		pages = append(pages, pw)
	}
	encrypted := !pr.Trailer().Key("Encrypt").IsNull()
	if failed == n && encrypted {
		return nil, nil, fmt.Errorf("the pure-Go reader cannot decrypt it (%v): install poppler-utils (pdftotext) or run `qpdf --decrypt in.pdf out.pdf`: %w", firstErr, ErrEncrypted)
	}
	if failed == n {
		return nil, nil, fmt.Errorf("pure-Go reader: %v: %w", firstErr, ErrCorrupt)
	}
	if encrypted && !hasWords(pages) {
		return nil, nil, fmt.Errorf("the pure-Go reader found no text in it: install poppler-utils (pdftotext) or run `qpdf --decrypt in.pdf out.pdf`: %w", ErrEncrypted)
	}
	return pages, notes, nil
}

func classifyGoErr(err error) error {
	msg := err.Error()
	switch {
	case errors.Is(err, pdf.ErrInvalidPassword):
		return fmt.Errorf("it needs a password: decrypt it first, e.g. `qpdf --decrypt --password=PW in.pdf out.pdf`: %w", ErrEncrypted)
	case strings.Contains(msg, "encryption"):
		return fmt.Errorf("the pure-Go reader cannot decrypt it (%v): install poppler-utils (pdftotext) or run `qpdf --decrypt in.pdf out.pdf`: %w", msg, ErrEncrypted)
	}
	return fmt.Errorf("pure-Go reader: %v: %w", msg, ErrCorrupt)
}

// pdf2Header shows a PDF 2.0 header as 1.7, which the pure-Go reader
// rejects although it reads the file format.
type pdf2Header struct{ r io.ReaderAt }

func (p pdf2Header) ReadAt(b []byte, off int64) (int, error) {
	n, err := p.r.ReadAt(b, off)
	if off == 0 && n >= 8 && bytes.HasPrefix(b, []byte("%PDF-2.")) {
		copy(b, "%PDF-1.7")
	}
	return n, err
}

// pageTree lists the pages in order, walking the page tree once (the
// reader's Page(i) walks it from the root for every page). The walk is
// bounded in depth and in count (a page takes at least 50 bytes), so a
// looping or lying tree ends.
func pageTree(pr *pdf.Reader, size int64) []pdf.Page {
	limit := int(size/50) + 1
	var out []pdf.Page
	var walk func(v pdf.Value, depth int)
	walk = func(v pdf.Value, depth int) {
		if depth > 32 || len(out) >= limit || v.Kind() != pdf.Dict {
			return
		}
		kids := v.Key("Kids")
		if v.Key("Type").Name() == "Pages" || (kids.Kind() == pdf.Array && v.Key("Type").Name() != "Page") {
			for i := 0; i < kids.Len() && len(out) < limit; i++ {
				walk(kids.Index(i), depth+1)
			}
			return
		}
		out = append(out, pdf.Page{V: v})
	}
	walk(pr.Trailer().Key("Root").Key("Pages"), 0)
	return out
}

// goPage reads one page's size and characters.
func goPage(p pdf.Page, i int) (pw pageWords, cs []gchar, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("page %d: %v", i, x)
		}
	}()
	if !resourcesFound(p) {
		return pw, nil, fmt.Errorf("page %d: no resources (or a looping page tree)", i)
	}
	x0, y1, w, h := 0.0, 792.0, 612.0, 792.0
	if mb := mediaBox(p); mb.Len() == 4 {
		a, b, c, d := mb.Index(0).Float64(), mb.Index(1).Float64(), mb.Index(2).Float64(), mb.Index(3).Float64()
		if c > a && d > b {
			x0, y1, w, h = a, d, c-a, d-b
		}
	}
	pw.w, pw.h = w, h
	return pw, pageChars(p, x0, y1), nil
}

var coreFonts = sync.OnceValue(func() map[string]*[256]int {
	m := map[string]*[256]int{}
	f := fpdf.New("P", "pt", "Letter", "")
	for _, fam := range []string{"Times", "Helvetica", "Courier"} {
		for _, style := range []string{"", "B", "I", "BI"} {
			f.SetFont(fam, style, 10)
			var ws [256]int
			for c := 32; c < 256; c++ {
				ws[c] = f.GetStringSymbolWidth(string([]byte{byte(c)}))
			}
			m[strings.ToLower(fam)+strings.ToLower(style)] = &ws
		}
	}
	return m
})

// widthIn returns the width of r, as a fraction of the font size, in a
// standard font's table (nil: Courier), or an average width for a
// character the table lacks.
func widthIn(ws *[256]int, r rune) float64 {
	if ws == nil {
		return 0.6
	}
	c := cp1252Byte(r)
	if c < 32 || ws[c] == 0 {
		return 0.5
	}
	return float64(ws[c]) / 1000
}

// coreTable picks the standard font whose metrics stand in for font: nil
// for a monospaced font (every glyph 0.6 em).
func coreTable(font string) *[256]int {
	key := "times"
	lf := strings.ToLower(font)
	switch {
	case strings.Contains(lf, "courier") || strings.Contains(lf, "mono"):
		return nil
	case strings.Contains(lf, "helvetica") || strings.Contains(lf, "arial") || strings.Contains(lf, "sans") ||
		strings.Contains(lf, "calibri") || strings.Contains(lf, "verdana") || strings.Contains(lf, "tahoma"):
		key = "helvetica"
	}
	if strings.Contains(lf, "bold") {
		key += "b"
	}
	if strings.Contains(lf, "italic") || strings.Contains(lf, "oblique") {
		key += "i"
	}
	return coreFonts()[key]
}

// cp1252Byte maps r to its Windows-1252 byte, or 0.
func cp1252Byte(r rune) int {
	if r < 0x80 || (r >= 0xa0 && r < 0x100) {
		return int(r)
	}
	for i, c := range cp1252 {
		if c == r {
			return 0x80 + i
		}
	}
	return 0
}

// resourcesFound walks the Parent chain as the reader will when it looks
// up fonts, but bounded: a chain that loops would hang the reader.
func resourcesFound(p pdf.Page) bool {
	for v, i := p.V, 0; !v.IsNull(); v, i = v.Key("Parent"), i+1 {
		if i > 64 {
			return false
		}
		if !v.Key("Resources").IsNull() {
			return true
		}
	}
	return true // the reader's walk ends at the root
}

// mediaBox finds the page's MediaBox, which may be inherited.
func mediaBox(p pdf.Page) pdf.Value {
	for v, i := p.V, 0; !v.IsNull() && i < 64; v, i = v.Key("Parent"), i+1 {
		if r := v.Key("MediaBox"); !r.IsNull() {
			return r
		}
	}
	return pdf.Value{}
}

// repairC0 undoes a pure-Go reader bug: a ToUnicode range spanning more
// than 256 codes (fpdf writes <0000> <FFFF> <0000>) loses the high byte,
// so U+201C comes out as U+001C. Control characters never occur in text;
// the common typographic marks of the U+20xx block are restored.
func repairC0(r rune) rune {
	switch r {
	case 0x13, 0x14, 0x18, 0x19, 0x1A, 0x1C, 0x1D, 0x1E:
		return 0x2000 + r
	}
	return ' '
}

func hasWords(pages []pageWords) bool {
	for _, p := range pages {
		if len(p.words) > 0 {
			return true
		}
	}
	return false
}
