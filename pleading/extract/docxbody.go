package extract

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// docx is the state of reading one Word document.
type docx struct {
	styles       map[string]*style
	defaultStyle string
	abstract     map[string]*abstractNum
	nums         map[string]*numInstance
	counters     map[string]*counters
	started      map[string]bool
	autoCount    int                 // AUTONUM fields so far
	listnum      map[string]*[10]int // LISTNUM counters by list and level
}

// noteRef is a footnote or endnote reference met in the body, in order.
type noteRef struct {
	id      string
	mark    string // the number Word shows
	endnote bool
}

type noteText struct{ text string }

// body is what a walk over a story (document or notes) found.
type body struct {
	blocks []string
	refs   []noteRef
	notes  map[string]*noteText
}

// para collects one w:p.
type para struct {
	text        strings.Builder
	pStyle      string
	numID       string
	ilvl        string
	hasNumPr    bool
	markDeleted bool
}

// cell collects the paragraphs of one table cell; rows collect cells.
type cell struct{ lines []string }

type row struct{ cells []string }

type table struct{ rows []string }

// field is a Word field being read: its instruction, whether its result
// part has begun, and whether the result showed any text.
type field struct {
	instr  strings.Builder
	result bool
	shown  bool
}

// skipped are elements whose content is not shown: deletions, moved-from
// text, field codes, change records holding old properties, fallbacks.
var skipped = map[string]bool{
	"del": true, "moveFrom": true, "delText": true, "delInstrText": true,
	"Fallback": true, "pPrChange": true, "rPrChange": true, "sectPrChange": true,
	"tblPrChange": true, "trPrChange": true, "tcPrChange": true, "numberingChange": true,
	"commentReference": true, "annotationRef": true,
}

// walk reads a story part: document.xml, or footnotes.xml/endnotes.xml (then
// each note's text goes to body.notes by id).
func (d *docx) walk(data []byte) (*body, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	b := &body{notes: map[string]*noteText{}}
	var (
		paras    []*para
		cells    []*cell
		rows     []*row
		tables   []*table
		skip     int  // depth inside a skipped element
		inT      bool // inside w:t
		inPPr    int
		inPPrRPr bool
		noteID   string
		noteBuf  []string
		pending  string // text of a paragraph whose mark was deleted
		fnCount  int
		enCount  int
		// the run being read: its direct formatting and character style
		runCaps, runVanish *bool
		runStyle           string
		inRunRPr           bool
		// fields being read: a number field without a shown result
		// (AUTONUM, LISTNUM) gets its number from autonum
		fields  []*field
		inInstr bool
	)
	endField := func() {
		if n := len(fields); n > 0 {
			f := fields[n-1]
			fields = fields[:n-1]
			if !f.shown {
				if label := d.autonum(f.instr.String()); label != "" && len(paras) > 0 {
					paras[len(paras)-1].text.WriteString(label)
				}
			}
		}
	}
	emit := func(s string) {
		if len(cells) > 0 || noteID != "" {
			s = strings.ReplaceAll(s, "\f", "")
		}
		switch {
		case len(cells) > 0:
			cells[len(cells)-1].lines = append(cells[len(cells)-1].lines, s)
		case noteID != "":
			noteBuf = append(noteBuf, s)
		default:
			b.blocks = append(b.blocks, s)
		}
	}
	write := func(s string) {
		if len(paras) > 0 {
			paras[len(paras)-1].text.WriteString(s)
		}
	}
	// a page break counts once there is text before it, and once only
	// (Word writes both the break and a last-rendered break after it)
	seenText := false
	pageBreak := func() {
		if seenText && noteID == "" && len(cells) == 0 {
			write("\n\f")
			seenText = false
		}
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if skip > 0 || skipped[name] {
				skip++
				if inPPr > 0 && inPPrRPr && name == "del" {
					paras[len(paras)-1].markDeleted = true
				}
				continue
			}
			if inPPr > 0 {
				inPPr++
				p := paras[len(paras)-1]
				switch name {
				case "pStyle":
					p.pStyle = attr(t, "val")
				case "numPr":
					p.hasNumPr = true
				case "ilvl":
					p.ilvl = attr(t, "val")
				case "numId":
					p.numID = attr(t, "val")
				case "rPr":
					inPPrRPr = true
				case "pageBreakBefore":
					if v := attr(t, "val"); v == "" || onOff(v) {
						pageBreak()
					}
				}
				continue
			}
			if inRunRPr {
				switch name {
				case "rStyle":
					runStyle = attr(t, "val")
				case "caps":
					runCaps = toggle(&xval{attr(t, "val")})
				case "vanish":
					runVanish = toggle(&xval{attr(t, "val")})
				}
				continue
			}
			switch name {
			case "fldChar":
				switch attr(t, "fldCharType") {
				case "begin":
					fields = append(fields, &field{})
				case "separate":
					if n := len(fields); n > 0 {
						fields[n-1].result = true
					}
				case "end":
					endField()
				}
			case "fldSimple":
				f := &field{result: true}
				f.instr.WriteString(attr(t, "instr"))
				fields = append(fields, f)
			case "instrText":
				inInstr = true
			case "r":
				runCaps, runVanish, runStyle = nil, nil, ""
			case "rPr":
				inRunRPr = true
			case "footnote", "endnote":
				typ := attr(t, "type")
				if typ != "" && typ != "normal" {
					skip++
					continue
				}
				noteID = name + ":" + attr(t, "id")
				noteBuf = nil
			case "p":
				paras = append(paras, &para{})
			case "pPr":
				if len(paras) > 0 {
					inPPr = 1
				} else {
					skip++
				}
			case "t":
				inT = true
			case "tab", "ptab":
				write("\t")
			case "br":
				if attr(t, "type") == "page" {
					pageBreak()
				} else {
					write("\n")
				}
			case "cr":
				write("\n")
			case "lastRenderedPageBreak":
				pageBreak()
			case "noBreakHyphen":
				write("-")
			case "footnoteReference":
				fnCount++
				b.refs = append(b.refs, noteRef{id: "footnote:" + attr(t, "id"), mark: strconv.Itoa(fnCount)})
			case "endnoteReference":
				enCount++
				b.refs = append(b.refs, noteRef{id: "endnote:" + attr(t, "id"), mark: roman(enCount), endnote: true})
			case "tbl":
				tables = append(tables, &table{})
			case "tr":
				rows = append(rows, &row{})
			case "tc":
				cells = append(cells, &cell{})
			}
		case xml.EndElement:
			name := t.Name.Local
			if skip > 0 {
				skip--
				continue
			}
			if inPPr > 0 {
				inPPr--
				if name == "rPr" {
					inPPrRPr = false
				}
				continue
			}
			switch name {
			case "fldSimple":
				endField()
			case "instrText":
				inInstr = false
			case "rPr":
				inRunRPr = false
			case "t":
				inT = false
			case "p":
				if len(paras) == 0 {
					continue
				}
				p := paras[len(paras)-1]
				paras = paras[:len(paras)-1]
				text := p.text.String()
				if p.markDeleted {
					pending += text
					continue
				}
				text = pending + text
				pending = ""
				if s := d.paragraph(p, text); s != "" {
					emit(s)
				}
			case "tc":
				if len(cells) == 0 {
					continue
				}
				c := cells[len(cells)-1]
				cells = cells[:len(cells)-1]
				if len(rows) > 0 {
					r := rows[len(rows)-1]
					r.cells = append(r.cells, strings.Join(c.lines, "\n"))
				}
			case "tr":
				if len(rows) == 0 {
					continue
				}
				r := rows[len(rows)-1]
				rows = rows[:len(rows)-1]
				if len(tables) > 0 {
					if s := joinRow(r.cells); s != "" {
						tables[len(tables)-1].rows = append(tables[len(tables)-1].rows, s)
					}
				}
			case "tbl":
				if len(tables) == 0 {
					continue
				}
				tb := tables[len(tables)-1]
				tables = tables[:len(tables)-1]
				if len(tb.rows) > 0 {
					emit(strings.Join(tb.rows, "\n"))
				}
			case "footnote", "endnote":
				if noteID != "" {
					b.notes[noteID] = &noteText{text: strings.Join(noteBuf, " ")}
				}
				noteID = ""
			}
		case xml.CharData:
			if inInstr && skip == 0 && len(fields) > 0 {
				fields[len(fields)-1].instr.Write(t)
				continue
			}
			if inT && skip == 0 && len(paras) > 0 {
				caps, hidden := d.runFormat(paras[len(paras)-1].pStyle, runStyle, runCaps, runVanish)
				if hidden {
					continue
				}
				if caps {
					t = bytes.ToUpper(t)
				}
				write(string(t))
				seenText = seenText || len(bytes.TrimSpace(t)) > 0
				if n := len(fields); n > 0 && fields[n-1].result && len(bytes.TrimSpace(t)) > 0 {
					fields[n-1].shown = true
				}
			}
		}
	}
	if pending != "" {
		emit(strings.TrimSpace(pending))
	}
	return b, nil
}

// runFormat says whether a run's text shows in capitals and whether it is
// hidden: the run's own setting, else its character style's, else its
// paragraph style's.
func (d *docx) runFormat(pStyle, rStyle string, caps, vanish *bool) (bool, bool) {
	if pStyle == "" {
		pStyle = d.defaultStyle
	}
	rc, rv := d.styleRun(rStyle)
	pc, pv := d.styleRun(pStyle)
	c, v := rc || pc, rv || pv
	if caps != nil {
		c = *caps
	}
	if vanish != nil {
		v = *vanish
	}
	return c, v
}

// joinRow writes a table row: one line of cells joined by " | " when each
// cell is one line, else each cell's lines in turn.
func joinRow(cells []string) string {
	var keep []string
	multi := false
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			keep = append(keep, c)
			multi = multi || strings.Contains(c, "\n")
		}
	}
	if multi {
		return strings.Join(keep, "\n")
	}
	return strings.Join(keep, " | ")
}

// paragraph returns a paragraph's text with its number label, lines trimmed,
// or "" for an empty paragraph without a number.
func (d *docx) paragraph(p *para, text string) string {
	numID, ilvl := p.numID, p.ilvl
	if numID == "" || ilvl == "" {
		sid := p.pStyle
		if sid == "" {
			sid = d.defaultStyle
		}
		sn, sl := d.styleNum(sid)
		if numID == "" {
			numID = sn
		}
		if ilvl == "" {
			ilvl = sl
		}
	}
	label := ""
	if numID != "" {
		lv := -1
		if n, err := strconv.Atoi(ilvl); err == nil {
			lv = n
		}
		label = d.number(numID, lv, p.pStyle)
	}
	var lines2 []string
	ff := false // a page break before the next line
	for _, l := range strings.Split(text, "\n") {
		if strings.ContainsRune(l, '\f') {
			ff = true
			l = strings.ReplaceAll(l, "\f", "")
		}
		l = strings.TrimSpace(strings.ReplaceAll(l, "\u00a0", " "))
		if l == "" {
			continue
		}
		if ff {
			l = "\f" + l
		}
		ff = false
		lines2 = append(lines2, l)
	}
	if len(lines2) == 0 {
		if label == "" {
			if ff {
				return "\f"
			}
			return ""
		}
		return strings.TrimSpace(label)
	}
	if label != "" {
		first := lines2[0]
		if strings.HasPrefix(first, "\f") {
			lines2[0] = "\f" + label + strings.TrimPrefix(first, "\f")
		} else {
			lines2[0] = label + first
		}
	}
	return strings.Join(lines2, "\n")
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
