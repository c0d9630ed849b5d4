package extract

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// Word's automatic numbering (ECMA-376 part 1, §17.9). A paragraph names a
// numbering instance (w:num, by numId) and a level; the instance points to
// an abstract definition (w:abstractNum) whose level says the format, the
// start value and the text around the number ("%1.", "(%2)"). Counters run
// per abstract definition, so instances sharing one continue the same list,
// unless an instance overrides a level's start value: then the list restarts
// at the first paragraph that uses that instance.

type xval struct {
	Val string `xml:"val,attr"`
}

type xnumPr struct {
	Ilvl  *xval `xml:"ilvl"`
	NumID *xval `xml:"numId"`
}

type xlvl struct {
	Ilvl    int   `xml:"ilvl,attr"`
	Start   *xval `xml:"start"`
	NumFmt  *xval `xml:"numFmt"`
	LvlText *xval `xml:"lvlText"`
	Restart *xval `xml:"lvlRestart"`
	IsLgl   *xval `xml:"isLgl"`
	PStyle  *xval `xml:"pStyle"`
	Suff    *xval `xml:"suff"`
}

type xnumbering struct {
	Abstract []struct {
		ID           string `xml:"abstractNumId,attr"`
		NumStyleLink *xval  `xml:"numStyleLink"`
		Lvl          []xlvl `xml:"lvl"`
	} `xml:"abstractNum"`
	Num []struct {
		ID       string `xml:"numId,attr"`
		Abstract xval   `xml:"abstractNumId"`
		Override []struct {
			Ilvl  int   `xml:"ilvl,attr"`
			Start *xval `xml:"startOverride"`
			Lvl   *xlvl `xml:"lvl"`
		} `xml:"lvlOverride"`
	} `xml:"num"`
}

type xstyles struct {
	Style []struct {
		Type    string `xml:"type,attr"`
		ID      string `xml:"styleId,attr"`
		Default string `xml:"default,attr"`
		BasedOn *xval  `xml:"basedOn"`
		PPr     *struct {
			NumPr *xnumPr `xml:"numPr"`
		} `xml:"pPr"`
		RPr *struct {
			Caps   *xval `xml:"caps"`
			Vanish *xval `xml:"vanish"`
		} `xml:"rPr"`
	} `xml:"style"`
}

// level is one level of a list definition.
type level struct {
	start   int
	format  string // numFmt: decimal, lowerLetter, upperRoman, bullet, none, ...
	text    string // lvlText: "%1.", "(%2)"
	restart int    // -1: after any higher level; 0: never; n: after level n (1-based)
	legal   bool   // isLgl: show higher levels as decimal
	pStyle  string
	suffix  string // after the number: "\t" (shown as a space), " " or ""
}

type abstractNum struct {
	levels    [9]*level
	styleLink string // numStyleLink: the definition lives in this numbering style
}

type numInstance struct {
	abstract string
	starts   map[int]int    // startOverride per level
	levels   map[int]*level // full level overrides
}

type style struct {
	basedOn string
	numID   string
	ilvl    string
	hasNum  bool
	caps    *bool // shows its text in capitals (nil: inherited)
	vanish  *bool // hides its text (nil: inherited)
}

// counters holds the running values of one abstract list.
type counters struct {
	val [9]int
	set [9]bool
}

func parseLevel(x xlvl) *level {
	l := &level{start: 0, format: "decimal", restart: -1, suffix: " "}
	if x.Start != nil {
		if n, err := strconv.Atoi(x.Start.Val); err == nil {
			l.start = n
		}
	}
	if x.NumFmt != nil {
		l.format = x.NumFmt.Val
	}
	if x.LvlText != nil {
		l.text = x.LvlText.Val
	}
	if x.Restart != nil {
		if n, err := strconv.Atoi(x.Restart.Val); err == nil {
			l.restart = n
		}
	}
	if x.IsLgl != nil {
		l.legal = x.IsLgl.Val == "" || onOff(x.IsLgl.Val)
	}
	if x.PStyle != nil {
		l.pStyle = x.PStyle.Val
	}
	if x.Suff != nil && x.Suff.Val == "nothing" {
		l.suffix = ""
	}
	return l
}

// toggle reads an on/off property: absent is nil, <w:caps/> is on.
func toggle(v *xval) *bool {
	if v == nil {
		return nil
	}
	b := v.Val == "" || onOff(v.Val)
	return &b
}

// styleRun says whether a style (through basedOn) shows text in capitals
// and whether it hides it.
func (d *docx) styleRun(id string) (caps, vanish bool) {
	var c, v *bool
	for i := 0; i < 20 && id != "" && (c == nil || v == nil); i++ {
		st := d.styles[id]
		if st == nil {
			break
		}
		if c == nil {
			c = st.caps
		}
		if v == nil {
			v = st.vanish
		}
		id = st.basedOn
	}
	return c != nil && *c, v != nil && *v
}

func onOff(s string) bool { return s == "1" || s == "true" || s == "on" }

func (d *docx) readNumbering(data []byte) error {
	var x xnumbering
	if err := xml.Unmarshal(data, &x); err != nil {
		return err
	}
	d.abstract = map[string]*abstractNum{}
	for _, a := range x.Abstract {
		an := &abstractNum{}
		if a.NumStyleLink != nil {
			an.styleLink = a.NumStyleLink.Val
		}
		for _, l := range a.Lvl {
			if l.Ilvl >= 0 && l.Ilvl < 9 {
				an.levels[l.Ilvl] = parseLevel(l)
			}
		}
		d.abstract[a.ID] = an
	}
	d.nums = map[string]*numInstance{}
	for _, n := range x.Num {
		ni := &numInstance{abstract: n.Abstract.Val, starts: map[int]int{}, levels: map[int]*level{}}
		for _, o := range n.Override {
			if o.Ilvl < 0 || o.Ilvl >= 9 {
				continue
			}
			if o.Lvl != nil {
				ni.levels[o.Ilvl] = parseLevel(*o.Lvl)
				ni.starts[o.Ilvl] = ni.levels[o.Ilvl].start
			}
			if o.Start != nil {
				if v, err := strconv.Atoi(o.Start.Val); err == nil {
					ni.starts[o.Ilvl] = v
				}
			}
		}
		d.nums[n.ID] = ni
	}
	return nil
}

func (d *docx) readStyles(data []byte) error {
	var x xstyles
	if err := xml.Unmarshal(data, &x); err != nil {
		return err
	}
	d.styles = map[string]*style{}
	for _, s := range x.Style {
		if s.Type == "table" {
			continue
		}
		st := &style{}
		if s.BasedOn != nil {
			st.basedOn = s.BasedOn.Val
		}
		if s.PPr != nil && s.PPr.NumPr != nil {
			st.hasNum = true
			if s.PPr.NumPr.NumID != nil {
				st.numID = s.PPr.NumPr.NumID.Val
			}
			if s.PPr.NumPr.Ilvl != nil {
				st.ilvl = s.PPr.NumPr.Ilvl.Val
			}
		}
		if s.RPr != nil {
			st.caps = toggle(s.RPr.Caps)
			st.vanish = toggle(s.RPr.Vanish)
		}
		d.styles[s.ID] = st
		if s.Default == "1" && (s.Type == "" || s.Type == "paragraph") {
			d.defaultStyle = s.ID
		}
	}
	return nil
}

// styleNum returns the numbering a paragraph style gives (through its
// basedOn chain): numId and ilvl, each "" when the chain sets none.
func (d *docx) styleNum(id string) (numID, ilvl string) {
	for i := 0; i < 20 && id != ""; i++ {
		st := d.styles[id]
		if st == nil {
			break
		}
		if st.hasNum {
			if numID == "" {
				numID = st.numID
			}
			if ilvl == "" {
				ilvl = st.ilvl
			}
		}
		if numID != "" && ilvl != "" {
			break
		}
		id = st.basedOn
	}
	return numID, ilvl
}

// resolveAbstract returns the abstract list a numbering instance uses,
// following a numStyleLink through its numbering style once.
func (d *docx) resolveAbstract(ni *numInstance) (string, *abstractNum) {
	id := ni.abstract
	an := d.abstract[id]
	if an != nil && an.styleLink != "" {
		if num, _ := d.styleNum(an.styleLink); num != "" {
			if ni2 := d.nums[num]; ni2 != nil && d.abstract[ni2.abstract] != nil && d.abstract[ni2.abstract].styleLink == "" {
				id = ni2.abstract
				an = d.abstract[id]
			}
		}
	}
	return id, an
}

func (d *docx) level(ni *numInstance, an *abstractNum, i int) *level {
	if l := ni.levels[i]; l != nil {
		return l
	}
	if an != nil && an.levels[i] != nil {
		return an.levels[i]
	}
	return &level{start: 1, format: "decimal", restart: -1, suffix: " "}
}

// number advances the list of paragraph numbering (numID, ilvl) and returns
// the label Word shows, with its suffix ("3. ", "(b) "), or "" for none.
func (d *docx) number(numID string, ilvl int, pStyle string) string {
	ni := d.nums[numID]
	if numID == "" || numID == "0" || ni == nil {
		return ""
	}
	absID, an := d.resolveAbstract(ni)
	if an == nil {
		return ""
	}
	if ilvl < 0 {
		ilvl = 0
		for i, l := range an.levels {
			if l != nil && pStyle != "" && l.pStyle == pStyle {
				ilvl = i
				break
			}
		}
	}
	if ilvl > 8 {
		ilvl = 8
	}
	if d.counters == nil {
		d.counters = map[string]*counters{}
		d.started = map[string]bool{}
	}
	c := d.counters[absID]
	if c == nil {
		c = &counters{}
		d.counters[absID] = c
	}
	if !d.started[numID] {
		d.started[numID] = true
		for lv, v := range ni.starts {
			c.val[lv] = v - 1
			c.set[lv] = true
			for k := lv + 1; k < 9; k++ {
				c.set[k] = false
			}
		}
	}
	lvl := d.level(ni, an, ilvl)
	if c.set[ilvl] {
		c.val[ilvl]++
	} else {
		c.val[ilvl] = lvl.start
		c.set[ilvl] = true
	}
	for k := ilvl + 1; k < 9; k++ {
		r := d.level(ni, an, k).restart
		if r < 0 || (r > 0 && ilvl < r) {
			c.set[k] = false
		}
	}
	if lvl.format == "bullet" {
		return "• "
	}
	var b strings.Builder
	t := lvl.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			k := int(t[i+1] - '1')
			i++
			lk := d.level(ni, an, k)
			v := lk.start
			if c.set[k] {
				v = c.val[k]
			}
			f := lk.format
			if lvl.legal && k < ilvl {
				f = "decimal"
			}
			b.WriteString(formatNumber(v, f))
			continue
		}
		b.WriteByte(t[i])
	}
	s := strings.TrimSpace(b.String())
	if s == "" {
		return ""
	}
	return s + lvl.suffix
}

// autonum returns the number a paragraph-numbering field shows when the
// file keeps no result for it (Word computes AUTONUM and LISTNUM as it
// lays out the page): AUTONUM, AUTONUMLGL ("1.") and AUTONUMOUT ("I.")
// number paragraphs in one sequence; LISTNUM counts per list and level
// (\l), from its start (\s), in the formats of Word's NumberDefault
// ("1)", "a)", "i)"), LegalDefault ("1.", "1.1.") and OutlineDefault
// ("I.", "A.", "1."). Other fields give "".
func (d *docx) autonum(instr string) string {
	f := strings.Fields(instr)
	if len(f) == 0 {
		return ""
	}
	switch strings.ToUpper(f[0]) {
	case "AUTONUM", "AUTONUMLGL":
		d.autoCount++
		return strconv.Itoa(d.autoCount) + "."
	case "AUTONUMOUT":
		d.autoCount++
		return roman(d.autoCount) + "."
	case "LISTNUM":
	default:
		return ""
	}
	list, lvl, start := "NumberDefault", 1, -1
	for i := 1; i < len(f); i++ {
		switch {
		case (f[i] == "\\l" || f[i] == "\\L") && i+1 < len(f):
			lvl, _ = strconv.Atoi(f[i+1])
			i++
		case (f[i] == "\\s" || f[i] == "\\S") && i+1 < len(f):
			start, _ = strconv.Atoi(f[i+1])
			i++
		case !strings.HasPrefix(f[i], "\\"):
			list = strings.Trim(f[i], `"`)
		}
	}
	lvl = min(max(lvl, 1), 9)
	if d.listnum == nil {
		d.listnum = map[string]*[10]int{}
	}
	c := d.listnum[list]
	if c == nil {
		c = &[10]int{}
		d.listnum[list] = c
	}
	c[lvl]++
	if start >= 0 {
		c[lvl] = start
	}
	for k := lvl + 1; k < 10; k++ {
		c[k] = 0
	}
	switch list {
	case "LegalDefault":
		var parts []string
		for k := 1; k <= lvl; k++ {
			parts = append(parts, strconv.Itoa(max(c[k], 1)))
		}
		return strings.Join(parts, ".") + "."
	case "OutlineDefault":
		return formatNumber(c[lvl], []string{"upperRoman", "upperLetter", "decimal", "lowerLetter", "lowerRoman"}[(lvl-1)%5]) + "."
	}
	return formatNumber(c[lvl], []string{"decimal", "lowerLetter", "lowerRoman"}[(lvl-1)%3]) + ")"
}

// formatNumber writes n in a Word number format.
func formatNumber(n int, format string) string {
	switch format {
	case "none":
		return ""
	case "lowerLetter":
		return letters(n, 'a')
	case "upperLetter":
		return letters(n, 'A')
	case "lowerRoman":
		return strings.ToLower(roman(n))
	case "upperRoman":
		return roman(n)
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "ordinal":
		return strconv.Itoa(n) + ordinalSuffix(n)
	case "cardinalText":
		if n > 0 && n < len(cardinals) {
			return cardinals[n]
		}
	case "ordinalText":
		if n > 0 && n < len(ordinals) {
			return ordinals[n]
		}
	case "decimalEnclosedParen":
		return "(" + strconv.Itoa(n) + ")"
	}
	return strconv.Itoa(n)
}

var cardinals = []string{"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
	"Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty"}

var ordinals = []string{"Zeroth", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
	"Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth"}

func ordinalSuffix(n int) string {
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return "th"
	case n%10 == 1:
		return "st"
	case n%10 == 2:
		return "nd"
	case n%10 == 3:
		return "rd"
	}
	return "th"
}

// letters writes n as Word does: a…z, then aa…zz, aaa….
func letters(n int, a byte) string {
	if n <= 0 || n > 780 { // Word's own limit: 30 letters
		return strconv.Itoa(n)
	}
	if n <= 0 {
		return strconv.Itoa(n)
	}
	c := a + byte((n-1)%26)
	return strings.Repeat(string(c), (n-1)/26+1)
}

func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
