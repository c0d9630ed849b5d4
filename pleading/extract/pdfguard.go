package extract

import (
	"bytes"
	"fmt"
	"io"
)

// checkXref guards the pure-Go reader against cross-reference tables that
// declare absurd object numbers: it allocates a slot for every object
// number up to the largest declared, so a 2 KB file claiming object
// 30,000,000 would take a gigabyte. A real PDF cannot number more objects
// than a quarter of its bytes (each object takes far more than 4 bytes).
// It scans xref table subsection headers and the /Size and /Index entries
// of xref streams.
func checkXref(r io.ReaderAt, size int64) error {
	limit := size/4 + 4096
	const chunk, overlap = 1 << 20, 1024
	buf := make([]byte, min(size, chunk+overlap))
	for off := int64(0); off < size; off += chunk {
		n, err := r.ReadAt(buf[:min(int64(len(buf)), size-off)], off)
		if err != nil && err != io.EOF {
			return fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
		b := buf[:n]
		end := min(n, chunk) // keys starting in the overlap belong to the next chunk
		bad := func(what string, v int64) error {
			return fmt.Errorf("%s declares object number %d in a %d-byte file: %w", what, v, size, ErrCorrupt)
		}
		for i := 0; i < end; {
			j := bytes.Index(b[i:end], []byte("xref"))
			if j < 0 {
				break
			}
			p := i + j + 4
			i = p
			for k := 0; k < 64; k++ { // subsections: "start count" then entries
				start, p1, ok1 := readInt(b, p)
				count, p2, ok2 := readInt(b, p1)
				if !ok1 || !ok2 {
					break
				}
				if start+count > limit {
					return bad("xref table", start+count)
				}
				// skip the entries: "0000000015 00000 n"
				p = p2
				for e := int64(0); e < count; e++ {
					_, q, ok := readInt(b, p)
					if !ok {
						break
					}
					_, q, ok = readInt(b, q)
					q = skipSpace(b, q)
					if !ok || q >= len(b) || (b[q] != 'n' && b[q] != 'f') {
						break
					}
					p = q + 1
				}
			}
		}
		for _, key := range []string{"/Size", "/Index"} {
			for i := 0; i < end; {
				j := bytes.Index(b[i:end], []byte(key))
				if j < 0 {
					break
				}
				p := i + j + len(key)
				i = p
				if key == "/Size" {
					if v, _, ok := readInt(b, p); ok && v > limit {
						return bad("/Size", v)
					}
					continue
				}
				p = skipSpace(b, p)
				if p >= len(b) || b[p] != '[' {
					continue
				}
				p++
				for {
					start, p1, ok1 := readInt(b, p)
					count, p2, ok2 := readInt(b, p1)
					if !ok1 || !ok2 {
						break
					}
					if start+count > limit {
						return bad("/Index", start+count)
					}
					p = p2
				}
			}
		}
	}
	return nil
}

func skipSpace(b []byte, p int) int {
	for p < len(b) && (b[p] == ' ' || b[p] == '\n' || b[p] == '\r' || b[p] == '\t' || b[p] == '\f' || b[p] == 0) {
		p++
	}
	return p
}

// readInt reads a non-negative decimal integer after optional white space,
// capping it so it cannot overflow.
func readInt(b []byte, p int) (int64, int, bool) {
	p = skipSpace(b, p)
	q := p
	var v int64
	for q < len(b) && b[q] >= '0' && b[q] <= '9' {
		if v < 1<<40 {
			v = v*10 + int64(b[q]-'0')
		}
		q++
	}
	return v, q, q > p
}
