package build

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// writeBigCase writes a case folder with n numbered paragraphs under a count
// every 500, and an answer mixing admissions, partial admissions, denials,
// lack of knowledge, documents and legal conclusions, one response a paragraph.
func writeBigCase(tb testing.TB, dir string, n int) {
	tb.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	caption := "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF OHIO\n\nACME ROBOTICS, INC.,\n\nPlaintiff,\n\nv.\n\nBRIGHTLINE AUTOMATION LLC,\n\nDefendant.\n\nCase No. 1:25-CV-00417\n\n"
	var c strings.Builder
	c.WriteString(caption + "COMPLAINT\n\n")
	for i := 1; i <= n; i++ {
		if i%500 == 1 {
			fmt.Fprintf(&c, "COUNT %d\n\nBreach of Contract\n\n", i/500+1)
		}
		fmt.Fprintf(&c, "%d. Brightline breached Section %d of the Systems Integration Agreement dated June 1, 2021 (Exhibit A) when it shipped unit %d to a customer in Ohio, causing Acme damages.\n\n", i, i%97+1, i)
	}
	c.WriteString("PRAYER FOR RELIEF\n\nWHEREFORE, Acme asks the Court to award damages and costs.\n")
	var a strings.Builder
	a.WriteString(caption + "ANSWER\n\n")
	for i := 1; i <= n; i++ {
		switch i % 6 {
		case 0:
			fmt.Fprintf(&a, "%d. Admitted.\n\n", i)
		case 1:
			fmt.Fprintf(&a, "%d. In answer to Paragraph %d, Brightline admits that it shipped unit %d to a customer in Ohio. Except as so admitted, Brightline denies each and every allegation set forth in Paragraph %d.\n\n", i, i, i, i)
		case 2:
			fmt.Fprintf(&a, "%d. Denied.\n\n", i)
		case 3:
			fmt.Fprintf(&a, "%d. In answer to Paragraph %d, Brightline lacks knowledge or information sufficient to form a belief as to the truth of the allegations contained in Paragraph %d, and therefore denies those allegations.\n\n", i, i, i)
		case 4:
			fmt.Fprintf(&a, "%d. In answer to Paragraph %d, Brightline respectfully refers the Court to the Agreement for its terms, and denies any characterization inconsistent with those terms.\n\n", i, i)
		case 5:
			fmt.Fprintf(&a, "%d. Paragraph %d states legal conclusions to which no response is required. To the extent a response is required, Brightline denies the allegations of Paragraph %d.\n\n", i, i, i)
		}
	}
	a.WriteString("AFFIRMATIVE DEFENSES\n\nFIRST DEFENSE\n\nThe Complaint fails to state a claim upon which relief can be granted.\n")
	settings := "complaint = \"complaint.txt\"\nanswer = \"answer.txt\"\n"
	for name, data := range map[string]string{"complaint.txt": c.String(), "answer.txt": a.String(), SettingsFile: settings} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// peakHeap samples the live heap every few milliseconds until stop is
// called, and returns the largest figure seen.
func peakHeap() (stop func() uint64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	go func() {
		defer close(finished)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		return peak.Load()
	}
}

// BenchmarkBuildBigCase builds a case of n paragraphs into every built-in
// product in Markdown, PDF and HTML, and reports the peak live heap: it
// should grow linearly with n (the bound is 2 GB at 100,000).
// Run the largest size once: -bench BigCase/100000 -benchtime 1x.
func BenchmarkBuildBigCase(b *testing.B) {
	for _, n := range []int{1000, 10000, 30000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := filepath.Join(b.TempDir(), "big")
			writeBigCase(b, dir, n)
			opts := Options{Formats: []tmpl.Format{tmpl.Markdown, tmpl.PDF, tmpl.HTML}, Force: true, Version: "bench",
				Limits: tmpl.Limits{Timeout: time.Hour}}
			b.ReportAllocs()
			var peak uint64
			for b.Loop() {
				stop := peakHeap()
				res := Case(dir, opts)
				if p := stop(); p > peak {
					peak = p
				}
				if res.Failed() {
					b.Fatal(res.Errors)
				}
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(peak)/float64(n), "peak-heap-B/para")
		})
	}
}
