package render

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"sync"
)

// fpdf compresses each page's content stream with a zlib writer of its own,
// and a new zlib writer costs about a megabyte of tables to allocate and
// clear: more than compressing a page of text. So pages are written
// uncompressed by fpdf and deflateContents compresses them afterwards with
// pooled writers, at fpdf's level, giving byte for byte the file fpdf
// would have written.

// zlibPool holds zlib writers at fpdf's level (BestSpeed); a writer is
// Reset before each use, so none carries state from one stream to the next.
var zlibPool = sync.Pool{New: func() any {
	zw, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed) // the level is valid
	return zw
}}

// deflate returns data zlib-compressed at BestSpeed.
func deflate(data []byte) []byte {
	var buf bytes.Buffer
	buf.Grow(len(data)/3 + 64)
	zw := zlibPool.Get().(*zlib.Writer)
	zw.Reset(&buf)
	_, _ = zw.Write(data) // writes to a bytes.Buffer do not fail
	_ = zw.Close()
	zlibPool.Put(zw)
	return buf.Bytes()
}

var errLayout = errors.New("unexpected fpdf output layout")

var (
	contentsRef = regexp.MustCompile(`/Contents (\d+) 0 R>>\nendobj\n$`)
	xrefTail    = regexp.MustCompile(`\nstartxref\n(\d+)\n%%EOF\n$`)
)

// deflateContents compresses the page content streams of pdf, a file fpdf
// wrote with compression off, and fixes the cross-reference table. Other
// streams are left as they are (fpdf compresses fonts itself).
func deflateContents(pdf []byte) ([]byte, error) {
	m := xrefTail.FindSubmatchIndex(pdf)
	if m == nil {
		return nil, fmt.Errorf("%w: no startxref", errLayout)
	}
	xref, err := strconv.Atoi(string(pdf[m[2]:m[3]]))
	if err != nil || xref <= 0 || xref >= len(pdf) {
		return nil, fmt.Errorf("%w: bad startxref", errLayout)
	}
	offsets, entries, err := readXref(pdf, xref)
	if err != nil {
		return nil, err
	}
	// Objects in file order, each running to the next (the last to the xref).
	order := make([]int, 0, len(offsets))
	for n := 1; n < len(offsets); n++ {
		order = append(order, n)
	}
	slices.SortFunc(order, func(a, b int) int { return offsets[a] - offsets[b] })
	end := func(i int) int {
		if i+1 < len(order) {
			return offsets[order[i+1]]
		}
		return xref
	}
	contents := map[int]bool{}
	for i, n := range order {
		obj := pdf[offsets[n]:end(i)]
		if bytes.HasPrefix(obj, fmt.Appendf(nil, "%d 0 obj\n<</Type /Page\n", n)) {
			if c := contentsRef.FindSubmatch(obj); c != nil {
				k, _ := strconv.Atoi(string(c[1]))
				contents[k] = true
			}
		}
	}
	// Page contents shrink to a fifth or less; out grows if they do not.
	out := make([]byte, 0, len(pdf)/3+4096)
	out = append(out, pdf[:offsets[order[0]]]...)
	newOff := make([]int, len(offsets))
	for i, n := range order {
		obj := pdf[offsets[n]:end(i)]
		newOff[n] = len(out)
		if !contents[n] {
			out = append(out, obj...)
			continue
		}
		head := fmt.Appendf(nil, "%d 0 obj\n<</Length ", n)
		rest, ok := bytes.CutPrefix(obj, head)
		j := bytes.Index(rest, []byte(">>\nstream\n"))
		if !ok || j < 0 {
			return nil, fmt.Errorf("%w: content object %d", errLayout, n)
		}
		length, err := strconv.Atoi(string(rest[:j]))
		data := rest[j+len(">>\nstream\n"):]
		if err != nil || length < 0 || length > len(data) || string(data[length:]) != "\nendstream\nendobj\n" {
			return nil, fmt.Errorf("%w: content object %d", errLayout, n)
		}
		z := deflate(data[:length])
		out = fmt.Appendf(out, "%d 0 obj\n<</Filter /FlateDecode /Length %d>>\nstream\n", n, len(z))
		out = append(out, z...)
		out = append(out, "\nendstream\nendobj\n"...)
	}
	newXref := len(out)
	out = append(out, pdf[xref:entries]...)
	for n := 1; n < len(newOff); n++ {
		out = fmt.Appendf(out, "%010d 00000 n \n", newOff[n])
	}
	tailAt := entries + 20*(len(offsets)-1)
	if tailAt > m[0] {
		return nil, fmt.Errorf("%w: xref overlaps startxref", errLayout)
	}
	tail := pdf[tailAt:m[0]]
	out = append(out, tail...)
	out = fmt.Appendf(out, "\nstartxref\n%d\n%%%%EOF\n", newXref)
	return out, nil
}

// readXref reads the single cross-reference section fpdf writes at xref:
// the offset of every object (index 0 unused) and where the in-use entries
// begin.
func readXref(pdf []byte, xref int) (offsets []int, entries int, err error) {
	s := pdf[xref:]
	head, ok := bytes.CutPrefix(s, []byte("xref\n0 "))
	nl := bytes.IndexByte(head, '\n')
	if !ok || nl < 0 {
		return nil, 0, fmt.Errorf("%w: xref header", errLayout)
	}
	count, err := strconv.Atoi(string(head[:nl]))
	const free = "0000000000 65535 f \n"
	at := xref + len("xref\n0 ") + nl + 1
	if err != nil || count < 2 || !bytes.HasPrefix(pdf[at:], []byte(free)) {
		return nil, 0, fmt.Errorf("%w: xref header", errLayout)
	}
	entries = at + len(free)
	if entries+20*(count-1) > len(pdf) {
		return nil, 0, fmt.Errorf("%w: short xref", errLayout)
	}
	offsets = make([]int, count)
	for n := 1; n < count; n++ {
		e := pdf[entries+20*(n-1):]
		off, err := strconv.Atoi(string(e[:10]))
		if err != nil || string(e[10:20]) != " 00000 n \n" || off <= 0 || off >= xref {
			return nil, 0, fmt.Errorf("%w: xref entry %d", errLayout, n)
		}
		offsets[n] = off
	}
	return offsets, entries, nil
}
