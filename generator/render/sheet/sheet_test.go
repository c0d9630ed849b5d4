package sheet

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"github.com/pleadkit/pleadkit/generator/render/opctest"
	"github.com/xuri/excelize/v2"
)

var testTables = []Table{
	{
		Name:    "Chart",
		Columns: []Column{{Name: "¶"}, {Name: "Allegation", Wrap: true}, {Name: "Class"}, {Name: "Page"}},
		Rows: [][]any{
			{1, "Plaintiff is a corporation.", "admitted", 2},
			{12, "A \"quoted\", comma\nand new line — § 1983", "denied", nil},
			{3, "=HYPERLINK(\"x\")", "denied", 3.5},
		},
	},
	{Name: "Findings: all [1]", Columns: []Column{{Name: "Severity"}, {Name: "Message", Width: 80}}, Rows: nil},
	{Name: "chart", Columns: []Column{{Name: "x"}}, Rows: [][]any{{true}}},
}

func TestXLSX(t *testing.T) {
	var b bytes.Buffer
	if err := XLSX(&b, testTables, Props{Title: "Response Chart", Subject: "Acme v. Brightline", Created: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	p, err := opctest.Open(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range p.Validate() {
		t.Error(e)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := strings.Join(f.GetSheetList(), "|"), "Chart|Findings- all -1-|chart 2"; got != want {
		t.Errorf("sheets %q, want %q", got, want)
	}
	rows, err := f.GetRows("Chart")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || rows[0][1] != "Allegation" || rows[2][1] != "A \"quoted\", comma\nand new line — § 1983" || rows[3][1] != "=HYPERLINK(\"x\")" {
		t.Errorf("rows read back: %q", rows)
	}
	sheet := p.Part("xl/worksheets/sheet1.xml")
	// numbers are stored as numbers (no t attribute, or t="n"), text as strings
	for _, want := range []string{`<c r="A2" s="2"><v>1</v></c>`, `<c r="D4" s="2"><v>3.5</v></c>`, `<c r="B2" s="3" t="s">`} {
		if !strings.Contains(sheet, want) {
			t.Errorf("sheet lacks %s", want)
		}
	}
	if v, _ := f.GetCellFormula("Chart", "B4"); v != "" {
		t.Errorf("text became a formula: %q", v)
	}
	panes, err := f.GetPanes("Chart")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header row not frozen: %+v %v", panes, err)
	}
	if !strings.Contains(sheet, `<autoFilter ref="$A$1:$D$4"`) {
		t.Errorf("no autofilter over A1:D4 in %s", sheet)
	}
	if w, _ := f.GetColWidth("Findings- all -1-", "B"); w != 80 {
		t.Errorf("set width 80, got %v", w)
	}
	st, _ := f.GetCellStyle("Chart", "B2")
	if s, _ := f.GetStyle(st); s == nil || s.Alignment == nil || !s.Alignment.WrapText {
		t.Errorf("allegation column does not wrap")
	}
	props, _ := f.GetDocProps()
	if props.Title != "Response Chart" || props.Subject != "Acme v. Brightline" {
		t.Errorf("doc props %+v", props)
	}
}

func TestCSV(t *testing.T) {
	tests := []struct {
		bom  bool
		want string
	}{
		{false, "¶,Allegation,Class,Page\r\n1,Plaintiff is a corporation.,admitted,2\r\n"},
		{true, "\uFEFF¶,Allegation"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := CSV(&b, testTables[0], tt.bom); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(b.String(), tt.want) {
			t.Errorf("bom %v: got %q", tt.bom, b.String())
		}
		recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\uFEFF"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 4 || recs[2][1] != "A \"quoted\", comma\nand new line — § 1983" || recs[2][3] != "" || recs[3][1] != "'=HYPERLINK(\"x\")" || recs[3][3] != "3.5" {
			t.Errorf("records read back: %q", recs)
		}
	}
}

func TestDefuse(t *testing.T) {
	for in, want := range map[string]string{"": "", "-5": "-5", "- x": "'- x", "+1": "'+1", "@SUM": "'@SUM", "plain": "plain", "=1": "'=1"} {
		if got := defuse(in); got != want {
			t.Errorf("defuse(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNoTables(t *testing.T) {
	if err := XLSX(&bytes.Buffer{}, nil, Props{}); err == nil {
		t.Error("no error for a workbook without tables")
	}
}
