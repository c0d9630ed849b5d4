package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestChartAllListsProperLackOfKnowledge checks --all: the seed chart
// leaves out the lack-of-knowledge responses judged proper and says so;
// with --all it lists them.
func TestChartAllListsProperLackOfKnowledge(t *testing.T) {
	seed := filepath.Join("..", "..", "..", "shared", "pleadings", "liveperson-v-247")
	if _, err := os.Stat(seed); err != nil {
		t.Skipf("real pleadings not available (%v)", err)
	}
	rows := func(all bool) (int, string) {
		dir := t.TempDir()
		args := []string{"chart", "--complaint", filepath.Join(seed, "complaint.txt"), "--answer", filepath.Join(seed, "answer.txt"), "-o", dir, "--format", "md"}
		if all {
			args = append(args, "--all")
		}
		var out, errb bytes.Buffer
		if code := run(args, &out, &errb); code != 0 {
			t.Fatalf("chart %v: exit %d: %s", args, code, errb.String())
		}
		md, err := os.ReadFile(filepath.Join(dir, "response-chart.md"))
		if err != nil {
			t.Fatal(err)
		}
		sec := string(md)[strings.Index(string(md), "### Lack-of-knowledge responses to test"):]
		return strings.Count(sec, "\n| [¶"), sec
	}
	some, sec := rows(false)
	all, _ := rows(true)
	if some == 0 || all <= some {
		t.Errorf("lack-of-knowledge rows: %d without --all, %d with it", some, all)
	}
	if !strings.Contains(sec, "left out as likely proper") {
		t.Errorf("the chart does not say what it left out:\n%s", sec)
	}
}
