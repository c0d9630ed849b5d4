package extract

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/liberation/liberationsansregular"
	"github.com/go-fonts/liberation/liberationserifregular"
)

// fixturePara is one block of the fixture pleading. Text is wrapped to the
// column; a "{*}" in it is a footnote reference, drawn as a superscript
// number, and Note is that footnote's text, drawn at the foot of the page.
type fixturePara struct {
	Text     string
	Note     string
	Centered bool
	Indent   bool
}

// want returns the text a reader should give for the block: its words,
// without soft hyphens or footnote marks.
func (p fixturePara) want() string {
	return strings.ReplaceAll(strings.ReplaceAll(p.Text, shy, ""), "{*}", "")
}

var fixtureParas = []fixturePara{
	{Text: "UNITED STATES DISTRICT COURT", Centered: true},
	{Text: "SOUTHERN DISTRICT OF NEW YORK", Centered: true},
	{Text: "Civil Action No. 1:25-cv-01234-ABC", Centered: true},
	{Text: "COMPLAINT FOR BREACH OF CONTRACT", Centered: true},
	{Text: "Plaintiff Acme Widgets, Inc. (\"Acme\"), by its attorneys, alleges as follows against Defendant Beta Corp. (\"Beta\"):", Indent: true},
	{Text: "PARTIES", Centered: true},
	{Text: "1. Acme is a corporation organized under the laws of the State of Delaware, with its principal place of business at 100 Main Street, New York, New York.", Indent: true},
	{Text: "2. Beta is a corporation organized under the laws of the State of New Jersey, with its principal place of business in Newark, New Jersey, and it regularly transacts business in this District.", Indent: true},
	{Text: "3. On January 5, 2024, Acme and Beta signed a written supply agreement under which Beta agreed to keep confi\u00addential all of Acme's pricing infor\u00admation and customer lists, and to use that infor\u00admation only to perform the agree\u00adment and for no other pur\u00adpose.", Indent: true},
	{Text: "JURISDICTION AND VENUE", Centered: true},
	{Text: "4. This Court has subject matter jurisdiction under 28 U.S.C. § 1332 because the parties are citizens of different States and the amount in controversy exceeds $75,000, exclusive of interest and costs.", Indent: true},
	{Text: "5. Venue is proper in this District under 28 U.S.C. § 1391 because a substantial part of the events giving rise to the claims occurred here, including the nego\u00adtiation and signing of the agreement.", Indent: true},
	{Text: "COUNT I", Centered: true},
	{Text: "(Breach of Contract)", Centered: true},
	{Text: "6. Acme repeats and realleges the allegations of paragraphs 1 through 5 as if fully set forth herein.", Indent: true},
	{Text: "7. Beta breached the agreement{*} by disclosing Acme's pricing information to a competitor of Acme in March 2024, and by failing to return Acme's customer lists when Acme asked for them in writing on April 1, 2024.", Indent: true,
		Note: "The agreement is attached as Exhibit A. Section 4.2 of the agreement requires Beta to return all confidential information within ten days of a written request."},
	{Text: "8. As a direct and pro\u00adximate result of Beta's breach, Acme has suffered damages in an amount to be determined at trial, but not less than $2,500,000, together with interest, costs and attorneys' fees as the agreement provides.", Indent: true},
	{Text: "9. Acme performed all of its obligations under the agreement, and every condi\u00adtion precedent to Beta's obligations has occurred or has been waived by Beta in writing.", Indent: true},
	{Text: "COUNT II", Centered: true},
	{Text: "(Misappropriation of Trade Secrets)", Centered: true},
	{Text: "10. Acme repeats and realleges the allegations of paragraphs 1 through 9 as if fully set forth herein, and further alleges that its pricing information and customer lists are trade secrets.", Indent: true},
	{Text: "11. Beta acquired those trade secrets under a duty to keep them con\u00adfi\u00addential, and used and disclosed them without Acme's consent, in violation of 18 U.S.C. § 1836 and the common law of New York.", Indent: true},
	{Text: "WHEREFORE, Acme demands judgment against Beta for damages of not less than $2,500,000, an injunction against further use of its trade secrets, interest, costs and attorneys' fees, and such other relief as the Court deems just.", Indent: true},
	{Text: "Dated: New York, New York, March 3, 2025", Indent: false},
}

// Pleading paper geometry, in points on a Letter page.
const (
	fxLeft     = 90.0  // text column
	fxRight    = 540.0 // right edge of the column
	fxTop      = 90.0  // baseline of line 1
	fxPitch    = 24.0  // double spacing
	fxLines    = 28
	fxFontSize = 12.0
)

// fixtureStats says what the fixture holds, so tests know they test it.
type fixtureStats struct {
	pages     int
	hyphens   int      // hyphenated line ends
	crossings int      // paragraphs continued on the next page
	notes     []string // footnotes as the reader should report them
}

type fixtureOpts struct {
	stampForm bool          // draw the e-filing stamp as a form XObject
	sansFont  bool          // embed Liberation Sans instead
	fontName  string        // the name to give it (default "Sans"; the pure-Go reader must not guess metrics by name)
	sideStamp bool          // a state-court filing stamp printed up the right margin
	justify   bool          // justify full lines with word spacing (Tw), as many PDF writers do
	paras     []fixturePara // the text to draw (default fixtureParas)
	utf8Font  bool          // embed Liberation Serif (a CID font, as Word's PDFs do) instead of core Times
	pages     int           // repeat the pleading until at least this many pages
	noNumbers bool          // leave out pleading line numbers
}

// buildPleadingPDF draws the fixture pleading on 28-line pleading paper with
// an e-filing stamp at the top of every page, a page number and a running
// footer at the bottom, and line numbers 1–28 in the left margin. It returns
// the PDF and the blocks in order.
func buildPleadingPDF(t testing.TB, o fixtureOpts) ([]byte, []fixturePara, fixtureStats) {
	t.Helper()
	paras := fixtureParas
	if o.paras != nil {
		paras = o.paras
	}
	for o.pages > 0 && len(paras) < o.pages*12 {
		paras = append(paras, fixtureParas[3:]...)
	}
	pdf := fpdf.New("P", "pt", "Letter", "")
	pdf.SetMargins(fxLeft, fxTop, 612-fxRight)
	pdf.SetAutoPageBreak(false, 0)
	family := "Times"
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	switch {
	case o.sansFont:
		family = "Sans"
		if o.fontName != "" {
			family = o.fontName
		}
		pdf.AddUTF8FontFromBytes(family, "", liberationsansregular.TTF)
		tr = func(s string) string { return s }
	case o.utf8Font:
		family = "Serif"
		pdf.AddUTF8FontFromBytes(family, "", liberationserifregular.TTF)
		tr = func(s string) string { return s }
	}
	pdf.SetFont(family, "", fxFontSize)

	// lay out all lines first, to know the page count for the stamp
	type pline struct {
		x        float64
		text     string
		gap      bool // leave a blank pleading line before
		para     int
		row      int
		centered bool
		note     string // footnote referred to on this line: "1 text"
		full     bool   // not the last line of its paragraph
	}
	var lines []pline
	width := fxRight - fxLeft
	notes := 0
	for pi, p := range paras {
		first := width
		if p.Indent {
			first -= 36
		}
		text := p.Text
		for strings.Contains(text, "{*}") {
			notes++
			text = strings.Replace(text, "{*}", fmt.Sprintf("{%d}", notes), 1)
		}
		ls := wrap(pdf, tr, softHyphens(text), first, width)
		for i, l := range ls {
			x := fxLeft
			full := i < len(ls)-1 && !p.Centered
			switch {
			case p.Centered:
				x = (fxLeft+fxRight)/2 - textWidth(pdf, tr, l)/2
			case p.Indent && i == 0:
				x += 36
			}
			pl := pline{para: pi, x: x, text: l, gap: i == 0 && p.Centered && (len(lines) == 0 || !lines[len(lines)-1].centered), centered: p.Centered, full: full}
			if m := markRE.FindStringSubmatch(l); m != nil {
				// vary the text, as real footnotes do
				n, _ := strconv.Atoi(m[1])
				pl.note = fmt.Sprintf("%s %s See also letter %s.", m[1], p.Note, []string{"Alpha", "Bravo", "Charlie", "Delta", "Echo"}[n%5])
			}
			lines = append(lines, pl)
		}
	}
	// paginate: 28 rows a page, a blank row before a heading, 3 rows kept
	// for each footnote
	var pages [][]pline
	var cur []pline
	row, rows := 0, fxLines
	for _, l := range lines {
		if l.gap && row > 0 {
			row++
		}
		need := 0
		if l.note != "" {
			need = 3
		}
		if row >= rows-need {
			pages = append(pages, cur)
			cur, row, rows = nil, 0, fxLines
		}
		rows -= need
		l.gap = false
		l.row = row
		cur = append(cur, l)
		row++
	}
	pages = append(pages, cur)

	total := len(pages)
	for pi, pg := range pages {
		pdf.AddPage()
		// e-filing stamp
		stamp := fmt.Sprintf("Case 1:25-cv-01234-ABC   Document 1   Filed 03/03/25   Page %d of %d", pi+1, total)
		if o.stampForm {
			// as a form XObject, the way some stamping tools add it
			tpl := pdf.CreateTemplate(func(t *fpdf.Tpl) {
				t.SetFont("Helvetica", "", 9)
				t.Text(108, 28, stamp)
			})
			pdf.UseTemplate(tpl)
		} else {
			pdf.SetFont("Helvetica", "", 9)
			pdf.Text(108, 28, stamp)
		}
		if o.sideStamp {
			pdf.TransformBegin()
			pdf.TransformRotate(90, 575, 700)
			pdf.Text(575, 700, fmt.Sprintf("ELECTRONICALLY FILED 3/3/2025 4:15 PM - SUPERIOR COURT - PAGE %d", pi+1))
			pdf.TransformEnd()
		}
		// pleading paper
		pdf.SetFont(family, "", fxFontSize)
		pdf.Line(80, 40, 80, 760)
		if !o.noNumbers {
			for i := 1; i <= fxLines; i++ {
				s := fmt.Sprint(i)
				pdf.Text(66-pdf.GetStringWidth(s), fxTop+float64(i-1)*fxPitch, s)
			}
		}
		var pageNotes []string
		for _, l := range pg {
			if o.justify && l.full && !markRE.MatchString(l.text) {
				if n := strings.Count(l.text, " "); n > 0 {
					pdf.SetWordSpacing((fxRight - l.x - textWidth(pdf, tr, l.text)) / float64(n))
				}
			}
			drawLine(pdf, tr, family, l.x, fxTop+float64(l.row)*fxPitch, l.text)
			pdf.SetWordSpacing(0)
			if l.note != "" {
				pageNotes = append(pageNotes, l.note)
			}
		}
		// footnotes at the foot of the page, single-spaced in 10 points
		y := fxTop + float64(fxLines-3*len(pageNotes))*fxPitch - 8
		if len(pageNotes) > 0 {
			pdf.Line(fxLeft, y-10, fxLeft+144, y-10)
		}
		for _, n := range pageNotes {
			mark, text, _ := strings.Cut(n, " ")
			pdf.SetFont(family, "", 6.5)
			pdf.Text(fxLeft+18, y-4, mark)
			pdf.SetFont(family, "", 10)
			for i, l := range wrap(pdf, tr, text, width-24, width) {
				x := fxLeft
				if i == 0 {
					x += 24
				}
				pdf.Text(x, y, tr(l))
				y += 11.5
			}
			y += 4
		}
		pdf.SetFont(family, "", fxFontSize)
		// footer: page number and running title
		pdf.SetFont(family, "", 10)
		s := fmt.Sprint(pi + 1)
		pdf.Text(306-pdf.GetStringWidth(s)/2, 752, s)
		pdf.Text(306-pdf.GetStringWidth("COMPLAINT")/2, 766, "COMPLAINT")
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	var st fixtureStats
	st.pages = len(pages)
	for _, l := range lines {
		if strings.HasSuffix(l.text, "-") {
			st.hyphens++
		}
	}
	for pi, pg := range pages {
		for _, l := range pg {
			if l.note != "" {
				mark, text, _ := strings.Cut(l.note, " ")
				st.notes = append(st.notes, fmt.Sprintf("footnote %s (page %d): %s", mark, pi+1, text))
			}
		}
	}
	for i := 1; i < len(pages); i++ {
		if len(pages[i]) > 0 && len(pages[i-1]) > 0 && pages[i][0].para == pages[i-1][len(pages[i-1])-1].para {
			st.crossings++
		}
	}
	return buf.Bytes(), paras, st
}

// softHyphens puts a soft hyphen in the middle of each long lower-case
// word, so that wrap hyphenates some line ends.
func softHyphens(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if len(w) >= 8 && strings.ToLower(w) == w && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
			f[i] = w[:len(w)/2] + shy + w[len(w)/2:]
		}
	}
	return strings.Join(f, " ")
}

// shy is a soft hyphen: wrap may break a word there, with a hyphen.
const shy = "\u00ad"

// wrap breaks s into lines no wider than first (the first line) and width.
func wrap(pdf *fpdf.Fpdf, tr func(string) string, s string, first, width float64) []string {
	widthOf := func(s string) float64 { return textWidth(pdf, tr, s) }
	var lines []string
	w := first
	var cur string
	for _, word := range strings.Fields(s) {
		try := word
		if cur != "" {
			try = cur + " " + word
		}
		if cur != "" && widthOf(strings.ReplaceAll(try, shy, "")) > w {
			// break at the last soft hyphen that fits, else before the word
			parts := strings.Split(word, shy)
			k := len(parts) - 1
			for ; k > 0; k-- {
				if widthOf(cur+" "+strings.Join(parts[:k], "")+"-") <= w {
					break
				}
			}
			if k > 0 {
				lines = append(lines, cur+" "+strings.Join(parts[:k], "")+"-")
				cur, w = strings.Join(parts[k:], ""), width
				continue
			}
			lines = append(lines, cur)
			cur, w = strings.ReplaceAll(word, shy, ""), width
			continue
		}
		cur = strings.ReplaceAll(try, shy, "")
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// markRE finds a footnote mark in a fixture line.
var markRE = regexp.MustCompile(`\{(\d+)\}`)

// textWidth measures a line as drawLine draws it: marks as small numbers.
func textWidth(pdf *fpdf.Fpdf, tr func(string) string, s string) float64 {
	w := pdf.GetStringWidth(tr(markRE.ReplaceAllString(s, "")))
	for range markRE.FindAllString(s, -1) {
		w += 4
	}
	return w
}

// drawLine draws a line of body text with its footnote marks raised.
func drawLine(pdf *fpdf.Fpdf, tr func(string) string, family string, x, y float64, s string) {
	for s != "" {
		loc := markRE.FindStringSubmatchIndex(s)
		if loc == nil {
			pdf.Text(x, y, tr(s))
			return
		}
		pdf.Text(x, y, tr(s[:loc[0]]))
		x += pdf.GetStringWidth(tr(s[:loc[0]]))
		pdf.SetFont(family, "", 7)
		pdf.Text(x+0.5, y-4.5, s[loc[2]:loc[3]])
		pdf.SetFont(family, "", fxFontSize)
		x += 4
		s = s[loc[1]:]
	}
}
