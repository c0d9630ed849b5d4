package extract

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
	"testing"
)

func benchPDF(b *testing.B, reader string) {
	data, _, st := buildPleadingPDF(b, fixtureOpts{pages: 30})
	if st.pages < 30 {
		b.Fatalf("fixture has %d pages, want 30", st.pages)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := PDF(bytes.NewReader(data), int64(len(data)), Options{Reader: reader})
		if err != nil || res.Pages != st.pages {
			b.Fatal(res.Pages, err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(st.pages), "ms/page")
}

// BenchmarkPDFGo30Pages reads a 30-page pleading with the pure-Go reader.
func BenchmarkPDFGo30Pages(b *testing.B) { benchPDF(b, ReaderGo) }

// BenchmarkPDFPdftotext30Pages reads the same PDF with pdftotext.
func BenchmarkPDFPdftotext30Pages(b *testing.B) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		b.Skip("pdftotext not installed")
	}
	benchPDF(b, ReaderPdftotext)
}

// benchDOCX is a 300-paragraph complaint (about 30 pages) with automatic
// numbering, tracked changes and footnotes.
func benchDOCX(b testing.TB) []byte {
	var body strings.Builder
	for i := 0; i < 300; i++ {
		body.WriteString(p(num("1", "0"), r(fmt.Sprintf("Defendant %d breached the agreement by disclosing the pricing information of Plaintiff to a competitor, and by failing to return the customer lists of Plaintiff when asked for them in writing on April 1, 2024. ", i)),
			`<w:ins w:id="1"><w:r><w:t>Inserted words.</w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>Deleted words.</w:delText></w:r></w:del>`,
			`<w:r><w:footnoteReference w:id="7"/></w:r>`))
		if i%10 == 0 {
			body.WriteString(p(num("2", "0"), r("(Breach of Contract)")))
		}
	}
	return makeDOCX(b, map[string]string{
		"word/document.xml":  `<w:document ` + wNS + `><w:body>` + body.String() + `</w:body></w:document>`,
		"word/numbering.xml": testNumbering,
		"word/styles.xml":    testStyles,
		"word/footnotes.xml": testFootnotes,
	})
}

func BenchmarkDOCX(b *testing.B) {
	data := benchDOCX(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := DOCX(bytes.NewReader(data), int64(len(data)), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPDFRealText reads the LivePerson complaint drawn on 22 pages of
// pleading paper (an embedded CID font, as Word writes), with each reader.
func BenchmarkPDFRealText(b *testing.B) {
	data, _, st := buildPleadingPDF(b, fixtureOpts{utf8Font: true, paras: livepersonParas(b)})
	for _, rd := range []string{ReaderGo, ReaderPdftotext} {
		b.Run(rd, func(b *testing.B) {
			if _, err := exec.LookPath("pdftotext"); err != nil && rd == ReaderPdftotext {
				b.Skip("pdftotext not installed")
			}
			b.SetBytes(int64(len(data)))
			for i := 0; i < b.N; i++ {
				res, err := PDF(bytes.NewReader(data), int64(len(data)), Options{Reader: rd})
				if err != nil || res.Pages != st.pages {
					b.Fatal(res.Pages, err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(st.pages), "ms/page")
		})
	}
}
