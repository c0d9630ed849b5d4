package generator

import (
	"sync"
	"testing"

	"github.com/pleadkit/pleadkit/pleading/pleadingtest"
)

// BenchmarkKitSeed measures building the deposition kit of the seed case from its analysis.
func BenchmarkKitSeed(b *testing.B) {
	c, a := pleadingtest.Case(b, "liveperson-v-247")
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
