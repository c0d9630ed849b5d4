package pleadingtest

import (
	"path/filepath"
	"testing"
)

// TestCase loads the seed case from a package two folders below the module
// root, as the product tests do.
func TestCase(t *testing.T) {
	c, a := Case(t, "liveperson-v-247")
	if len(c.Paragraphs) == 0 || len(a.Responses) == 0 {
		t.Fatalf("seed case: %d complaint paragraphs, %d responses", len(c.Paragraphs), len(a.Responses))
	}
	if got := filepath.Base(Dir(t)); got != "pleadings" {
		t.Errorf("Dir = %s, want the shared pleadings folder", Dir(t))
	}
}
