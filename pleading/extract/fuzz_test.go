package extract

import (
	"bytes"
	"strings"
	"testing"
)

// noInternal fails on a panic of our own that the safety net caught.
func noInternal(t *testing.T, err error) {
	if err != nil && strings.Contains(err.Error(), "internal error") {
		t.Fatal(err)
	}
}

// FuzzDOCX feeds arbitrary document and numbering XML through the DOCX
// reader: it may return an error, never panic.
func FuzzDOCX(f *testing.F) {
	f.Add(testDocument(), testNumbering, testStyles)
	f.Add(`<w:document `+wNS+`><w:body>`+p(num("1", "9"), r("x"))+`</w:body></w:document>`, `<w:numbering `+wNS+`><w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="S"/></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="-3"><w:startOverride w:val="-5"/></w:lvlOverride></w:num></w:numbering>`, `<w:styles `+wNS+`><w:style w:styleId="S" w:type="numbering"><w:basedOn w:val="S"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`)
	f.Add("<w:p><w:pPr><w:p>", "<", "")
	f.Fuzz(func(t *testing.T, doc, numbering, styles string) {
		data := makeDOCX(t, map[string]string{
			"word/document.xml":  doc,
			"word/numbering.xml": numbering,
			"word/styles.xml":    styles,
			"word/footnotes.xml": testFootnotes,
		})
		_, err := DOCX(bytes.NewReader(data), int64(len(data)), Options{})
		noInternal(t, err)
	})
}

// FuzzDOCXZip feeds arbitrary bytes as a .docx archive.
func FuzzDOCXZip(f *testing.F) {
	f.Add(makeDOCX(f, map[string]string{"word/document.xml": testDocument(), "word/numbering.xml": testNumbering}))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := DOCX(bytes.NewReader(data), int64(len(data)), Options{MaxBytes: 1 << 20})
		noInternal(t, err)
	})
}

// FuzzPDFGo feeds arbitrary bytes to the pure-Go PDF reader, whose panics
// must come back as errors.
func FuzzPDFGo(f *testing.F) {
	good, _, _ := buildPleadingPDF(f, fixtureOpts{})
	f.Add(good)
	f.Add(encryptedPDF(f))
	f.Add(scannedPDF(f, true))
	f.Add([]byte("%PDF-1.4\ntrailer << /Root 1 0 R >>\n%%EOF"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := PDF(bytes.NewReader(data), int64(len(data)), Options{Reader: ReaderGo})
		noInternal(t, err)
	})
}

// FuzzLayout feeds arbitrary word boxes to the layout stage.
func FuzzLayout(f *testing.F) {
	f.Add([]byte("1 hello 2 world- 3 wide"), 12.0, 24.0)
	f.Fuzz(func(t *testing.T, text []byte, h, pitch float64) {
		var pw pageWords
		pw.w, pw.h = 612, 792
		x, y := 0.0, 0.0
		for i, w := range bytes.Fields(text) {
			x = float64((i * 37) % 500)
			y += pitch * float64(i%3)
			pw.words = append(pw.words, word{x0: x, x1: x + h*float64(len(w))/2, y: y, h: h, s: string(w)})
		}
		layout([]pageWords{pw, pw})
	})
}
