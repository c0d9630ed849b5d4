package render

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"

	"github.com/go-fonts/liberation/liberationmonoregular"
	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
)

// face names one embedded font face.
type face uint8

const (
	serifRegular face = iota
	serifBold
	serifItalic
	serifBoldItalic
	monoRegular
	numFaces
)

// fpdf family and style under which each face is registered.
var faceFamily = [numFaces]struct{ family, style string }{
	serifRegular:    {"serif", ""},
	serifBold:       {"serif", "B"},
	serifItalic:     {"serif", "I"},
	serifBoldItalic: {"serif", "BI"},
	monoRegular:     {"mono", ""},
}

// faceTTF returns the TrueType bytes of f, embedded by github.com/go-fonts/liberation.
func faceTTF(f face) []byte {
	switch f {
	case serifBold:
		return liberationserifbold.TTF
	case serifItalic:
		return liberationserifitalic.TTF
	case serifBoldItalic:
		return liberationserifbolditalic.TTF
	case monoRegular:
		return liberationmonoregular.TTF
	default:
		return liberationserifregular.TTF
	}
}

// metrics holds what layout needs of a face: advance widths in
// thousandths of the font size (rounded as fpdf rounds them, so measured and
// printed widths agree) for every Basic Multilingual Plane rune the face maps
// to a glyph, and its vertical extent.
type metrics struct {
	width   [0x10000]uint16 // 0 means the face has no glyph for the rune
	ascent  float64         // above the baseline, in thousandths of the size
	descent float64         // below the baseline (positive), in thousandths
}

// has reports whether the face has a glyph for r.
func (m *metrics) has(r rune) bool {
	return r >= 0 && r < 0x10000 && m.width[r] != 0
}

// runeWidth returns the advance of r at size pt; r must be covered.
func (m *metrics) runeWidth(r rune, size float64) float64 {
	return float64(m.width[r]) * size / 1000
}

// stringWidth returns the advance of s at size pt, counting uncovered runes
// as zero (callers sanitize text first).
func (m *metrics) stringWidth(s string, size float64) float64 {
	w := 0
	for _, r := range s {
		if r < 0x10000 {
			w += int(m.width[r])
		}
	}
	return float64(w) * size / 1000
}

// faceMetrics parses every face once; the result is read-only and shared.
var faceMetrics = sync.OnceValues(func() ([numFaces]*metrics, error) {
	var all [numFaces]*metrics
	for f := range numFaces {
		m, err := parseMetrics(faceTTF(f))
		if err != nil {
			return all, fmt.Errorf("font %s %s: %w", faceFamily[f].family, faceFamily[f].style, err)
		}
		all[f] = m
	}
	return all, nil
})

var errFont = errors.New("malformed TrueType font")

// parseMetrics reads the head, hhea, hmtx and cmap tables of a TrueType font.
func parseMetrics(ttf []byte) (*metrics, error) {
	tables, err := ttfTables(ttf)
	if err != nil {
		return nil, err
	}
	head, hhea, hmtx, cmap := tables["head"], tables["hhea"], tables["hmtx"], tables["cmap"]
	if len(head) < 54 || len(hhea) < 36 || cmap == nil || hmtx == nil {
		return nil, fmt.Errorf("%w: missing head, hhea, hmtx or cmap", errFont)
	}
	unitsPerEm := float64(binary.BigEndian.Uint16(head[18:]))
	if unitsPerEm == 0 {
		return nil, fmt.Errorf("%w: unitsPerEm is 0", errFont)
	}
	scale := 1000 / unitsPerEm
	m := &metrics{
		ascent:  float64(int16(binary.BigEndian.Uint16(hhea[4:]))) * scale,
		descent: -float64(int16(binary.BigEndian.Uint16(hhea[6:]))) * scale,
	}
	nHMetrics := int(binary.BigEndian.Uint16(hhea[34:]))
	if nHMetrics == 0 || len(hmtx) < 4*nHMetrics {
		return nil, fmt.Errorf("%w: short hmtx", errFont)
	}
	advance := func(gid int) uint16 {
		if gid >= nHMetrics {
			gid = nHMetrics - 1
		}
		a := float64(binary.BigEndian.Uint16(hmtx[4*gid:]))
		w := math.Round(a * scale)
		if w <= 0 {
			w = 1 // zero-width glyphs (combining marks) still count as covered
		}
		return uint16(w)
	}
	glyphs, err := cmapBMP(cmap)
	if err != nil {
		return nil, err
	}
	for r, gid := range glyphs {
		if gid != 0 {
			m.width[r] = advance(int(gid))
		}
	}
	return m, nil
}

// ttfTables maps table tags to their bytes.
func ttfTables(ttf []byte) (map[string][]byte, error) {
	if len(ttf) < 12 {
		return nil, fmt.Errorf("%w: short header", errFont)
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	if len(ttf) < 12+16*n {
		return nil, fmt.Errorf("%w: short table directory", errFont)
	}
	tables := make(map[string][]byte, n)
	for i := range n {
		rec := ttf[12+16*i:]
		off := int(binary.BigEndian.Uint32(rec[8:]))
		length := int(binary.BigEndian.Uint32(rec[12:]))
		if off < 0 || length < 0 || off+length > len(ttf) {
			return nil, fmt.Errorf("%w: table %q out of range", errFont, rec[:4])
		}
		tables[string(rec[:4])] = ttf[off : off+length]
	}
	return tables, nil
}

// cmapBMP returns the glyph id of every BMP rune from the best Unicode
// subtable (format 4 or 12).
func cmapBMP(cmap []byte) (*[0x10000]uint16, error) {
	if len(cmap) < 4 {
		return nil, fmt.Errorf("%w: short cmap", errFont)
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	var sub4, sub12 []byte
	for i := range n {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return nil, fmt.Errorf("%w: short cmap directory", errFont)
		}
		platform := binary.BigEndian.Uint16(cmap[rec:])
		encoding := binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if off+4 > len(cmap) {
			continue
		}
		unicode := platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
		if !unicode {
			continue
		}
		switch binary.BigEndian.Uint16(cmap[off:]) {
		case 4:
			sub4 = cmap[off:]
		case 12:
			sub12 = cmap[off:]
		}
	}
	glyphs := new([0x10000]uint16)
	switch {
	case sub12 != nil:
		if len(sub12) < 16 {
			return nil, fmt.Errorf("%w: short cmap format 12", errFont)
		}
		groups := int(binary.BigEndian.Uint32(sub12[12:]))
		if len(sub12) < 16+12*groups {
			return nil, fmt.Errorf("%w: short cmap format 12", errFont)
		}
		for g := range groups {
			rec := sub12[16+12*g:]
			start := binary.BigEndian.Uint32(rec)
			end := binary.BigEndian.Uint32(rec[4:])
			gid := binary.BigEndian.Uint32(rec[8:])
			for c := start; c <= end && c < 0x10000; c++ {
				glyphs[c] = uint16(gid + c - start)
			}
		}
	case sub4 != nil:
		if len(sub4) < 14 {
			return nil, fmt.Errorf("%w: short cmap format 4", errFont)
		}
		segs := int(binary.BigEndian.Uint16(sub4[6:])) / 2
		ends := 14
		starts := ends + 2*segs + 2
		deltas := starts + 2*segs
		ranges := deltas + 2*segs
		if len(sub4) < ranges+2*segs {
			return nil, fmt.Errorf("%w: short cmap format 4", errFont)
		}
		for s := range segs {
			end := int(binary.BigEndian.Uint16(sub4[ends+2*s:]))
			start := int(binary.BigEndian.Uint16(sub4[starts+2*s:]))
			delta := int(binary.BigEndian.Uint16(sub4[deltas+2*s:]))
			ro := int(binary.BigEndian.Uint16(sub4[ranges+2*s:]))
			for c := start; c <= end && c < 0xFFFF; c++ {
				var gid int
				if ro == 0 {
					gid = (c + delta) & 0xFFFF
				} else {
					at := ranges + 2*s + ro + 2*(c-start)
					if at+2 > len(sub4) {
						continue
					}
					gid = int(binary.BigEndian.Uint16(sub4[at:]))
					if gid != 0 {
						gid = (gid + delta) & 0xFFFF
					}
				}
				glyphs[c] = uint16(gid)
			}
		}
	default:
		return nil, fmt.Errorf("%w: no Unicode cmap", errFont)
	}
	return glyphs, nil
}
