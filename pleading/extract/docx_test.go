package extract

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// makeDOCX writes a .docx holding the given parts (name → content) plus the
// package boilerplate.
func makeDOCX(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	all := map[string]string{
		"[Content_Types].xml":          `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels":                  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`,
	}
	for k, v := range parts {
		all[k] = v
	}
	for name, content := range all {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, content)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// p writes a paragraph: props inside w:pPr, then runs of raw XML.
func p(props string, runs ...string) string {
	s := "<w:p>"
	if props != "" {
		s += "<w:pPr>" + props + "</w:pPr>"
	}
	return s + strings.Join(runs, "") + "</w:p>"
}

func r(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }

func num(numID, ilvl string) string {
	return `<w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr>`
}

const testNumbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ` + wNS + `>
<w:abstractNum w:abstractNumId="10">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pStyle w:val="Allegation"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3."/><w:lvlRestart w:val="0"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="20">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="COUNT %1"/><w:suff w:val="space"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="30">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="30"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="30"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>`

const testStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ` + wNS + `>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Allegation"><w:name w:val="Allegation"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="AllegationBody"><w:basedOn w:val="Allegation"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading"><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:caps/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="SubHeading"><w:basedOn w:val="Heading"/></w:style>
</w:styles>`

const testFootnotes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes ` + wNS + `>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See Agreement § 4.2.</w:t></w:r></w:p></w:footnote>
</w:footnotes>`

func testDocument() string {
	body := []string{
		// caption as a table
		`<w:tbl><w:tr><w:tc>` + p("", r("ACME WIDGETS, INC.,")) + p("", r("Plaintiff,")) + `</w:tc><w:tc>` + p("", r("Case No. 1:25-cv-01234")) + `</w:tc></w:tr></w:tbl>`,
		p(`<w:jc w:val="center"/>`, r("COMPLAINT")),
		p("", ""), // empty spacing paragraph
		p(num("1", "0"), r("Acme is a corporation."), `<w:r><w:footnoteReference w:id="7"/></w:r>`),
		p(num("1", "0"), r("Beta is a corporation organized "), `<w:del w:id="1" w:author="x"><w:r><w:delText>in Delaware</w:delText></w:r></w:del>`,
			`<w:ins w:id="2" w:author="x"><w:r><w:t>in New Jersey</w:t></w:r></w:ins>`, r(".")),
		p(num("1", "1"), r("first item;")),
		p(num("1", "1"), r("second item, as shown in ¶ "),
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref1 \r \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`, r("1"), `<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
			`<w:fldSimple w:instr=" PAGE "><w:r><w:t></w:t></w:r></w:fldSimple>`, r(".")),
		p(num("1", "2"), r("a sub-item")),
		// deleted paragraph: its mark deleted and all its text deleted
		p(num("1", "0")+`<w:rPr><w:del w:id="3" w:author="x"/></w:rPr>`, `<w:del w:id="4" w:author="x"><w:r><w:delText>Withdrawn allegation.</w:delText></w:r></w:del>`),
		// numbered through the paragraph style, inherited through basedOn
		p(`<w:pStyle w:val="AllegationBody"/>`, r("Venue is proper."), `<w:moveFrom w:id="5" w:author="x"><w:r><w:t>Old place.</w:t></w:r></w:moveFrom>`),
		p(`<w:pStyle w:val="Allegation"/>`, `<w:moveTo w:id="6" w:author="x"><w:r><w:t>Moved here.</w:t></w:r></w:moveTo>`),
		// capitals from the style (through basedOn), cancelled by the run
		p(`<w:pStyle w:val="SubHeading"/>`, r("prayer for relief"), `<w:r><w:rPr><w:caps w:val="0"/></w:rPr><w:t xml:space="preserve"> (as amended)</w:t></w:r>`),
		p(`<w:pPrChange w:id="9" w:author="x"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr></w:pPr></w:pPrChange>`,
			`<w:r><w:rPr><w:caps/></w:rPr><w:t>wherefore</w:t></w:r>`, `<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> [hidden drafting note]</w:t></w:r>`, r(", Plaintiff prays:")),
		p(num("2", "0"), r("(Breach of Contract)")),
		// numId 3 shares abstract 10 with numId 1: the list continues
		p(num("3", "0")+`<w:pageBreakBefore/>`, `<w:r><w:lastRenderedPageBreak/></w:r>`, r("Acme repeats the allegations."), `<w:r><w:br/><w:t>Second line.</w:t></w:r>`),
		p(num("2", "0"), r("(Trade Secrets)")),
		p(num("4", "0"), r("damages;")),
		p(num("4", "0"), r("costs.")),
		// numId 5 restarts abstract 30 at A
		p(num("5", "0"), r("injunction;")),
		p(num("0", "0"), r("Dated: March 3, 2025")),
		`<mc:AlternateContent><mc:Choice Requires="wps">` + p("", r("Text box.")) + `</mc:Choice><mc:Fallback>` + p("", r("Text box.")) + `</mc:Fallback></mc:AlternateContent>`,
		`<w:sectPr/>`,
	}
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wNS + `><w:body>` + strings.Join(body, "\n") + `</w:body></w:document>`
}

const wantDOCX = `ACME WIDGETS, INC.,
Plaintiff,
Case No. 1:25-cv-01234

COMPLAINT

1. Acme is a corporation.

2. Beta is a corporation organized in New Jersey.

(a) first item;

(b) second item, as shown in ¶ 1.

i. a sub-item

3. Venue is proper.

4. Moved here.

PRAYER FOR RELIEF (as amended)

WHEREFORE, Plaintiff prays:

COUNT I (Breach of Contract)

` + "\f" + `5. Acme repeats the allegations.
Second line.

COUNT II (Trade Secrets)

A. damages;

B. costs.

A. injunction;

Dated: March 3, 2025

Text box.
`

func TestDOCX(t *testing.T) {
	data := makeDOCX(t, map[string]string{
		"word/document.xml":  testDocument(),
		"word/numbering.xml": testNumbering,
		"word/styles.xml":    testStyles,
		"word/footnotes.xml": testFootnotes,
	})
	res, err := DOCX(bytes.NewReader(data), int64(len(data)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Text != wantDOCX {
		t.Errorf("text:\n%s\nwant:\n%s", res.Text, wantDOCX)
	}
	if res.Reader != ReaderDOCX || res.Pages != 2 {
		t.Errorf("Reader %q Pages %d, want docx 2", res.Reader, res.Pages)
	}
	if want := []string{"footnote 1: See Agreement § 4.2."}; strings.Join(res.Notes, "|") != strings.Join(want, "|") {
		t.Errorf("Notes = %q, want %q", res.Notes, want)
	}
}

func TestDOCXMinimal(t *testing.T) {
	// no numbering, styles or notes parts; no rels for the main part
	data := makeDOCX(t, map[string]string{
		"word/_rels/document.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`,
		"word/document.xml":            `<w:document ` + wNS + `><w:body>` + p(num("1", "0"), r("Unnumbered: no numbering part.")) + p("", `<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:noBreakHyphen/><w:t>c</w:t></w:r>`) + `</w:body></w:document>`,
	})
	res, err := DOCX(bytes.NewReader(data), int64(len(data)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Unnumbered: no numbering part.\n\na\tb-c\n"; res.Text != want {
		t.Errorf("got %q, want %q", res.Text, want)
	}
}

func TestFormatNumber(t *testing.T) {
	for _, c := range []struct {
		n      int
		format string
		want   string
	}{
		{1, "decimal", "1"}, {4, "upperRoman", "IV"}, {14, "lowerRoman", "xiv"},
		{1, "lowerLetter", "a"}, {27, "lowerLetter", "aa"}, {28, "upperLetter", "BB"},
		{3, "decimalZero", "03"}, {2, "ordinal", "2nd"}, {11, "ordinal", "11th"},
		{3, "ordinalText", "Third"}, {2, "cardinalText", "Two"}, {5, "none", ""},
		{7, "chineseCounting", "7"}, {100000000, "lowerLetter", "100000000"},
	} {
		if got := formatNumber(c.n, c.format); got != c.want {
			t.Errorf("formatNumber(%d, %s) = %q, want %q", c.n, c.format, got, c.want)
		}
	}
}

// zipBomb is a .docx whose document.xml inflates to hundreds of megabytes
// of spaces; writing it takes a fraction of a second.
func zipBomb(t testing.TB, size int64) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	w, _ := zw.Create("word/document.xml")
	io.WriteString(w, `<w:document `+wNS+`><w:body>`)
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for n := int64(0); n < size; n += int64(len(chunk)) {
		w.Write(chunk)
	}
	io.WriteString(w, `</w:body></w:document>`)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// lyingZip rewrites the declared uncompressed size of every entry to 1 byte,
// so only the read cap can catch it.
func lyingZip(t testing.TB, data []byte) []byte {
	out := bytes.Clone(data)
	for i := 0; i+30 < len(out); i++ {
		sig := string(out[i : i+4])
		switch sig {
		case "PK\x03\x04": // local header: size at 22
			copy(out[i+22:], []byte{1, 0, 0, 0})
		case "PK\x01\x02": // central directory: size at 24
			copy(out[i+24:], []byte{1, 0, 0, 0})
		}
	}
	return out
}

func TestDOCXBadInput(t *testing.T) {
	dir := t.TempDir()
	bomb := zipBomb(t, 300<<20)
	if len(bomb) > 2<<20 {
		t.Fatalf("bomb is %d bytes compressed; want it small", len(bomb))
	}
	cases := []struct {
		name string
		data []byte
		opts Options
		want error
	}{
		{"not a zip", []byte("1. This is plain text saved as .docx"), Options{}, ErrNotZip},
		{"empty", nil, Options{}, ErrNotZip},
		{"zip bomb", bomb, Options{}, ErrTooLarge},
		// archive/zip itself stops at a lying declared size
		{"zip bomb with lying sizes", lyingZip(t, zipBomb(t, 80<<20)), Options{}, ErrCorrupt},
		{"over a small cap", makeDOCX(t, map[string]string{"word/document.xml": testDocument()}), Options{MaxBytes: 1000}, ErrTooLarge},
		{"zip without document", makeDOCX(t, map[string]string{}), Options{}, ErrUnsupported},
		{"broken xml", makeDOCX(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p>"}), Options{}, ErrCorrupt},
		{"truncated zip", makeDOCX(t, map[string]string{"word/document.xml": testDocument()})[:200], Options{}, ErrNotZip},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := DOCX(bytes.NewReader(c.data), int64(len(c.data)), c.opts)
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			path := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".docx")
			os.WriteFile(path, c.data, 0o644)
			_, err = File(path, c.opts)
			if !errors.Is(err, c.want) || !strings.Contains(err.Error(), path) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("File: err = %v, want %v naming the file on one line", err, c.want)
			}
		})
	}
}

// TestDOCXNumberFields: older legal templates number paragraphs with
// AUTONUM or LISTNUM fields, which keep no result in the file.
func TestDOCXNumberFields(t *testing.T) {
	autonum := `<w:fldSimple w:instr=" AUTONUM  "/><w:r><w:tab/></w:r>`
	listnum := func(level string) string {
		return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> LISTNUM LegalDefault \l ` + level + ` </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:tab/></w:r>`
	}
	seq := `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> SEQ Exhibit </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
	doc := `<w:document ` + wNS + `><w:body>` +
		p("", autonum, r("Plaintiff is a corporation.")) +
		p("", autonum, r("Defendant is a corporation.")) +
		p("", listnum("1"), r("Jurisdiction.")) +
		p("", listnum("2"), r("Federal question.")) +
		p("", listnum("2"), r("Diversity.")) +
		p("", listnum("1"), r("Venue.")) +
		p("", r("See Exhibit "), seq, r(".")) +
		`</w:body></w:document>`
	data := makeDOCX(t, map[string]string{"word/document.xml": doc})
	res, err := DOCX(bytes.NewReader(data), int64(len(data)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "1.\tPlaintiff is a corporation.\n\n2.\tDefendant is a corporation.\n\n1.\tJurisdiction.\n\n1.1.\tFederal question.\n\n1.2.\tDiversity.\n\n2.\tVenue.\n\nSee Exhibit 7.\n"
	if res.Text != want {
		t.Errorf("got %q\nwant %q", res.Text, want)
	}
}
