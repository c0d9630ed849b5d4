package build

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pleadkit/pleadkit/generator/tmpl"
)

func TestFileStem(t *testing.T) {
	tests := []struct {
		pattern, caseName, product, want, err string
	}{
		{"", "Acme v. Brightline", "response-chart", "response-chart", ""},
		{"{case}-{product}", "Acme v. Brightline", "response-chart", "acme-v-brightline-response-chart", ""},
		{"{product}_{case}", "LivePerson, Inc. v. [24]7 Customer, Inc.", "claim-element-matrix", "claim-element-matrix_liveperson-inc-v-24-7-customer-inc", ""},
		{"{case}-{product}", "Müller’s Case", "x", "mullers-case-x", ""},
		{"{case}-{product}", "", "x", "case-x", ""},
		{"2026.{product}", "A", "x", "2026.x", ""},
		{"{case}", "A", "x", "", "lacks {product}"},
		{"../{product}", "A", "x", "", `'/' cannot be part`},
		{"{case} {product}", "A", "x", "", `' ' cannot be part`},
	}
	for _, tt := range tests {
		got, err := fileStem(tt.pattern, tt.caseName, tt.product)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("fileStem(%q): error %v, want one saying %q", tt.pattern, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("fileStem(%q, %q, %q) = %q, %v; want %q", tt.pattern, tt.caseName, tt.product, got, err, tt.want)
		}
	}
}

// TestFileNameAndBOMFromCaseToml builds a case whose case.toml names its
// files after the case and asks for a BOM in its CSV files.
func TestFileNameAndBOMFromCaseToml(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "acme")
	copySample(t, "acme-v-brightline", dir)
	settings := "short_name = \"Acme v. Brightline\"\nfile_name = \"{case}-{product}\"\ncsv_bom = true\ntemplates = [\"response-chart\"]\n"
	if err := os.WriteFile(filepath.Join(dir, SettingsFile), []byte(settings), 0o644); err != nil {
		t.Fatal(err)
	}
	r := Case(dir, Options{Formats: []tmpl.Format{tmpl.DOCX, tmpl.CSV}, Version: "test"})
	if r.Failed() {
		t.Fatal(r.Errors)
	}
	for _, name := range []string{"acme-v-brightline-response-chart.docx", "acme-v-brightline-response-chart-findings.csv", "acme-v-brightline-response-chart-chart.csv"} {
		data, err := os.ReadFile(filepath.Join(dir, "out", name))
		if err != nil {
			t.Errorf("%s not written: %v (wrote %v)", name, err, r.Written)
			continue
		}
		if strings.HasSuffix(name, ".csv") && !bytes.HasPrefix(data, []byte("\uFEFF")) {
			t.Errorf("%s has no byte-order mark", name)
		}
	}
	// The flag wins over case.toml; a changed pattern re-renders.
	r = Case(dir, Options{Formats: []tmpl.Format{tmpl.DOCX}, FileName: "{product}-{case}", Version: "test"})
	if r.Failed() || r.Skipped {
		t.Fatalf("%+v", r)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "response-chart-acme-v-brightline.docx")); err != nil {
		t.Error(err)
	}
}
