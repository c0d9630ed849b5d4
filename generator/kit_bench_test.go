package generator

import (
	"path/filepath"
	"sync"
	"testing"

	"github.com/pleadkit/pleadkit/pleading"
)

// BenchmarkKitSeed measures building the deposition kit of the seed case from its analysis.
func BenchmarkKitSeed(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "pleadings", "liveperson-v-247")
	c, err := pleading.ParseFile(filepath.Join(dir, "complaint.txt"))
	if err != nil {
		b.Skipf("seed case not found (../shared beside the checkout): %v", err)
	}
	a, err := pleading.ParseFile(filepath.Join(dir, "answer.txt"))
	if err != nil {
		b.Fatal(err)
	}
	cs, err := Analyze(c, a)
	if err != nil {
		b.Fatal(err)
	}
	for _, part := range []string{"Chronology", "People", "Exhibits", "Requests"} {
		b.Run(part, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				cs.kitOnce = sync.Once{}
				cs.Kit().Prepare(".Kit." + part)
			}
		})
	}
}
