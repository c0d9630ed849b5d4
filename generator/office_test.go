package generator

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ledongthuc/pdf"
	"github.com/pleadkit/pleadkit/generator/render/docx"
	"github.com/pleadkit/pleadkit/generator/render/opctest"
	"github.com/pleadkit/pleadkit/generator/tmpl"
	"github.com/xuri/excelize/v2"
)

// officeSeed analyzes the seed case (liveperson-v-247), skipping without it.
func officeSeed(t testing.TB) *Case {
	t.Helper()
	cd, ad := loadCase(t, filepath.Join(pleadingsDir, "liveperson-v-247"))
	c, err := Analyze(cd, ad)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// squash joins the words of s with single spaces.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// leadWords returns the first n words of s.
func leadWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// TestOfficeFormats renders every built-in template of the seed case and a
// sample to DOCX, XLSX and CSV, checks each package as Word and Excel
// would, and reads the text and the chart's rows back.
func TestOfficeFormats(t *testing.T) {
	cases := map[string]*Case{"seed": officeSeed(t)}
	cd, ad := loadCase(t, filepath.Join("..", "samples", "acme-v-brightline"))
	sample, err := Analyze(cd, ad)
	if err != nil {
		t.Fatal(err)
	}
	cases["acme"] = sample
	store, err := tmpl.Load("")
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range cases {
		for _, tp := range store.List() {
			outs, err := RenderWith(tp, c, []tmpl.Format{tmpl.DOCX, tmpl.XLSX, tmpl.CSV}, RenderOptions{Header: c.Header(), Stem: "x-" + tp.Output, CSVBOM: true})
			if err != nil {
				t.Fatalf("%s %s: %v", name, tp.Name, err)
			}
			md, _ := tp.Execute(c)
			if k := docx.UnhandledKinds(md); len(k) > 0 {
				t.Errorf("%s %s: node kinds without a DOCX render func: %v", name, tp.Name, k)
			}
			for _, o := range outs {
				if !strings.HasPrefix(o.Name, "x-"+tp.Output) {
					t.Errorf("%s: output %s does not carry the stem", name, o.Name)
				}
				switch o.Format {
				case tmpl.DOCX, tmpl.XLSX:
					p, err := opctest.Open(o.Data)
					if err != nil {
						t.Fatalf("%s %s: %v", name, o.Name, err)
					}
					for _, e := range p.Validate() {
						t.Errorf("%s %s: %v", name, o.Name, e)
					}
					if o.Format == tmpl.DOCX && !strings.Contains(p.Text(), tp.Title) {
						t.Errorf("%s %s: title %q not in the text", name, o.Name, tp.Title)
					}
				case tmpl.CSV:
					if !bytes.HasPrefix(o.Data, []byte("\uFEFF")) {
						t.Errorf("%s %s: no byte-order mark", name, o.Name)
					}
					if _, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(o.Data, []byte("\uFEFF")))).ReadAll(); err != nil {
						t.Errorf("%s %s: %v", name, o.Name, err)
					}
				}
			}
			if tp.Name == "response-chart" {
				checkChartOffice(t, name, c, outs)
			}
			if tp.Name == "chronology" {
				tables, err := Tables(c, tp.Name)
				if err != nil || len(tables) != 1 || len(tables[0].Rows) != len(c.Kit().Chronology().Events) {
					t.Errorf("%s: chronology tables %v, %v; want one row per event", name, len(tables), err)
				}
			}
		}
	}
}

// checkChartOffice reads the chart back from its DOCX and XLSX: every
// allegation in the document's text, every row in the sheet with its
// paragraph number stored as a number.
func checkChartOffice(t *testing.T, name string, c *Case, outs []Output) {
	for _, o := range outs {
		switch o.Format {
		case tmpl.DOCX:
			p, _ := opctest.Open(o.Data)
			text := squash(p.Text())
			for _, r := range c.Rows {
				if !strings.Contains(text, squash(leadWords(r.Allegation, 8))) {
					t.Errorf("%s: ¶%d's allegation is not in the DOCX text", name, r.Number)
				}
			}
		case tmpl.XLSX:
			f, err := excelize.OpenReader(bytes.NewReader(o.Data))
			if err != nil {
				t.Fatal(err)
			}
			rows, err := f.GetRows("Chart")
			f.Close()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != len(c.Rows)+1 {
				t.Fatalf("%s: Chart sheet has %d rows, want %d and a header", name, len(rows), len(c.Rows))
			}
			for i, r := range c.Rows {
				if rows[i+1][0] != strconv.Itoa(r.Number) || rows[i+1][3] != r.Allegation || rows[i+1][4] != string(r.Class) {
					t.Errorf("%s: sheet row %d is %q, want ¶%d %s", name, i+2, rows[i+1][:5], r.Number, r.Class)
				}
			}
		}
	}
}

// TestSeedDOCXInLibreOffice converts the seed case's chart, matrix and
// checklist DOCX to PDF with LibreOffice (where it is installed): each in
// its template's orientation, the chart on about as many pages as our own
// PDF and with every allegation in its text.
func TestSeedDOCXInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) not installed: install libreoffice-writer-nogui to run this test")
	}
	if testing.Short() {
		t.Skip("-short: skipping the LibreOffice conversion")
	}
	c := officeSeed(t)
	store, err := tmpl.Load("")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	names := []string{"response-chart", "claim-element-matrix", "defense-checklist"}
	args := []string{"--headless", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", dir}
	ours := map[string][]byte{}
	for _, name := range names {
		tp, err := store.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		outs, err := Render(tp, c, []tmpl.Format{tmpl.DOCX, tmpl.PDF}, c.Header())
		if err != nil {
			t.Fatal(err)
		}
		in := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(in, outs[0].Data, 0o644); err != nil {
			t.Fatal(err)
		}
		ours[name] = outs[1].Data
		args = append(args, in)
	}
	if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name+".pdf"))
		if err != nil {
			t.Fatalf("LibreOffice wrote no PDF of %s: %v", name, err)
		}
		tp, _ := store.Get(name)
		lo, loText := pdfPages(t, name, data, tp.Page.Landscape())
		mine, _ := pdfPages(t, name, ours[name], tp.Page.Landscape())
		if lo < mine*3/4 || lo > mine*3/2+1 {
			t.Errorf("%s: LibreOffice lays the DOCX out on %d pages, our PDF on %d", name, lo, mine)
		}
		if name != "response-chart" {
			continue
		}
		text := squash(loText)
		for _, r := range c.Rows {
			if !strings.Contains(text, squash(leadWords(r.Allegation, 6))) {
				t.Errorf("¶%d's allegation is not in LibreOffice's text of the chart", r.Number)
			}
		}
	}
}

// pdfPages returns the page count and text of a PDF, failing the test on a
// page not in the orientation wanted.
func pdfPages(t *testing.T, name string, data []byte, landscape bool) (int, string) {
	t.Helper()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		box := p.V.Key("MediaBox")
		if box.IsNull() {
			box = p.V.Key("Parent").Key("MediaBox")
		}
		if w, h := box.Index(2).Float64(), box.Index(3).Float64(); (w > h) != landscape {
			t.Errorf("%s: page %d is %gx%g, want landscape %v", name, i, w, h, landscape)
		}
		s, err := p.GetPlainText(nil)
		if err != nil {
			t.Fatalf("%s: page %d: %v", name, i, err)
		}
		text.WriteString(s + "\n")
	}
	return r.NumPage(), text.String()
}
