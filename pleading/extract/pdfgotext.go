package extract

import (
	"math"

	"github.com/ledongthuc/pdf"
)

// The pure-Go reader's own Page.Content places characters without their
// widths when a font has no /Widths (the standard 14 fonts) or is a CID
// font (it does not read /W), ignores word spacing (Tw), and keeps rotated
// text. pageChars interprets the page's content stream itself, with the
// reader's parser and decoders, so that every character gets its real
// advance.

// matrix is an affine transform [a b c d e f], as in PDF.
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: m applied first, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// fontInfo is what showing text needs from a font.
type fontInfo struct {
	enc     pdf.TextEncoding
	twoByte bool            // a Type0 font: codes are two bytes
	cidW    map[int]float64 // Type0 widths by CID, in 1/1000 em
	dw      float64         // Type0 default width
	first   int             // simple font: first code in widths
	widths  []float64       // simple font widths, in 1/1000 em
	stand   *[256]int       // stand-in metrics when the font gives none
	name    string          // BaseFont
}

func loadFont(f pdf.Font) *fontInfo {
	fi := &fontInfo{enc: f.Encoder(), name: f.BaseFont(), dw: 1000}
	if f.V.Key("Subtype").Name() == "Type0" {
		fi.twoByte = true
		d := f.V.Key("DescendantFonts").Index(0)
		if v := d.Key("DW"); v.Kind() == pdf.Integer || v.Kind() == pdf.Real {
			fi.dw = v.Float64()
		}
		fi.cidW = map[int]float64{}
		w := d.Key("W")
		for i := 0; i < w.Len() && len(fi.cidW) < 1<<16; {
			c := int(w.Index(i).Int64())
			if i+1 < w.Len() && w.Index(i+1).Kind() == pdf.Array {
				arr := w.Index(i + 1)
				for k := 0; k < arr.Len() && k < 1<<16; k++ {
					fi.cidW[c+k] = arr.Index(k).Float64()
				}
				i += 2
				continue
			}
			if i+2 >= w.Len() {
				break
			}
			c2, wd := int(w.Index(i+1).Int64()), w.Index(i+2).Float64()
			for k := c; k <= c2 && k-c < 1<<16; k++ {
				fi.cidW[k] = wd
			}
			i += 3
		}
		return fi
	}
	fi.first = f.FirstChar()
	fi.widths = f.Widths()
	if len(fi.widths) == 0 {
		fi.stand = coreTable(fi.name)
	}
	return fi
}

// glyph returns the advance of a code in 1/1000 em, and the text it shows.
func (fi *fontInfo) glyph(code int, raw string) (float64, string) {
	text := fi.enc.Decode(raw)
	switch {
	case fi.twoByte:
		if w, ok := fi.cidW[code]; ok {
			return w, text
		}
		return fi.dw, text
	case code-fi.first >= 0 && code-fi.first < len(fi.widths) && fi.widths[code-fi.first] > 0:
		return fi.widths[code-fi.first], text
	}
	r := ' '
	for _, c := range text {
		r = c
		break
	}
	return 1000 * widthIn(fi.stand, r), text
}

// textState is the graphics and text state that placing text needs.
type textState struct {
	ctm                        matrix
	tc, tw, th, tl, tfs, trise float64
	font                       *fontInfo
}

// pageChars interprets a page's content stream and returns its characters
// with exact positions and widths; x0 and y1 are the page box's left and
// top edges. Rotated text is left out.
func pageChars(p pdf.Page, x0, y1 float64) []gchar {
	var cs []gchar
	run(p.V.Key("Contents"), p.Resources(), textState{ctm: identity, th: 1}, x0, y1, 0, &cs)
	return cs
}

// run interprets a content stream with its resources from graphics state
// g, appending the characters it shows to cs; it enters form XObjects
// (depth bounds forms drawing themselves).
func run(strm, res pdf.Value, g textState, x0, y1 float64, depth int, cs *[]gchar) {
	fonts := map[string]*fontInfo{}
	var stack []textState
	var tm, tlm matrix
	show := func(s string) {
		f := g.font
		if f == nil {
			return
		}
		step := 1
		if f.twoByte {
			step = 2
		}
		for i := 0; i+step <= len(s); i += step {
			raw := s[i : i+step]
			code := int(raw[0])
			if step == 2 {
				code = code<<8 | int(raw[1])
			}
			w0, text := f.glyph(code, raw)
			trm := matrix{g.tfs * g.th, 0, 0, g.tfs, 0, g.trise}.mul(tm).mul(g.ctm)
			size := math.Hypot(trm[2], trm[3])
			hs := math.Hypot(trm[0], trm[1])
			rotated := math.Abs(trm[1]) > 0.05*hs || math.Abs(trm[2]) > 0.05*size
			if text != "" && !rotated && size > 0 {
				r := []rune(text)[0]
				if r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
					r = repairC0(r)
					text = string(r)
				}
				*cs = append(*cs, gchar{s: text, r: r, rawX: trm[4] - x0, y: y1 - trm[5] - 0.3*size, size: size, em: w0 / 1000 * hs / size})
			}
			tx := w0/1000*g.tfs + g.tc
			if step == 1 && code == 32 {
				tx += g.tw
			}
			tm = matrix{1, 0, 0, 1, tx * g.th, 0}.mul(tm)
		}
	}
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 { return args[i].Float64() }
		mat := func() matrix { return matrix{num(0), num(1), num(2), num(3), num(4), num(5)} }
		n := len(args)
		switch {
		case op == "q":
			stack = append(stack, g)
		case op == "Q":
			if k := len(stack); k > 0 {
				g, stack = stack[k-1], stack[:k-1]
			}
		case op == "cm" && n == 6:
			g.ctm = mat().mul(g.ctm)
		case op == "BT":
			tm, tlm = identity, identity
		case op == "Tc" && n == 1:
			g.tc = num(0)
		case op == "Tw" && n == 1:
			g.tw = num(0)
		case op == "Tz" && n == 1:
			g.th = num(0) / 100
		case op == "TL" && n == 1:
			g.tl = num(0)
		case op == "Ts" && n == 1:
			g.trise = num(0)
		case op == "Tf" && n == 2:
			name := args[0].Name()
			f := fonts[name]
			if f == nil {
				f = loadFont(pdf.Font{V: res.Key("Font").Key(name)})
				fonts[name] = f
			}
			g.font, g.tfs = f, num(1)
		case (op == "Td" || op == "TD") && n == 2:
			if op == "TD" {
				g.tl = -num(1)
			}
			tlm = matrix{1, 0, 0, 1, num(0), num(1)}.mul(tlm)
			tm = tlm
		case op == "Tm" && n == 6:
			tlm = mat()
			tm = tlm
		case op == "T*":
			tlm = matrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
		case op == "Tj" && n == 1:
			show(args[0].RawString())
		case op == "'" && n == 1:
			tlm = matrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
			show(args[0].RawString())
		case op == "\"" && n == 3:
			g.tw, g.tc = num(0), num(1)
			tlm = matrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
			show(args[2].RawString())
		case op == "Do" && n == 1 && depth < 8:
			xo := res.Key("XObject").Key(args[0].Name())
			if xo.Key("Subtype").Name() != "Form" {
				break
			}
			fg := g
			if m := xo.Key("Matrix"); m.Len() == 6 {
				fg.ctm = matrix{m.Index(0).Float64(), m.Index(1).Float64(), m.Index(2).Float64(),
					m.Index(3).Float64(), m.Index(4).Float64(), m.Index(5).Float64()}.mul(g.ctm)
			}
			xres := xo.Key("Resources")
			if xres.IsNull() {
				xres = res
			}
			run(xo, xres, fg, x0, y1, depth+1, cs)
		case op == "TJ" && n == 1:
			a := args[0]
			for i := 0; i < a.Len(); i++ {
				x := a.Index(i)
				if x.Kind() == pdf.String {
					show(x.RawString())
				} else {
					tm = matrix{1, 0, 0, 1, -x.Float64() / 1000 * g.tfs * g.th, 0}.mul(tm)
				}
			}
		}
	})
}
