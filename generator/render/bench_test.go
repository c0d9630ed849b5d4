package render

import (
	"bytes"
	"testing"
)

func BenchmarkPDFSmall(b *testing.B) {
	r := New(WithCreationDate(fixedDate))
	md := []byte("Hello **world**.")
	for b.Loop() {
		var buf bytes.Buffer
		if err := r.PDF(&buf, md); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPDFTable(b *testing.B) {
	r := New(WithCreationDate(fixedDate))
	md := bigTable(300)
	for b.Loop() {
		var buf bytes.Buffer
		if err := r.PDF(&buf, md); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPDFKinds(b *testing.B) {
	r := New(WithCreationDate(fixedDate))
	md := readTestdata(b, "kinds.md")
	for b.Loop() {
		var buf bytes.Buffer
		if err := r.PDF(&buf, md); err != nil {
			b.Fatal(err)
		}
	}
}
