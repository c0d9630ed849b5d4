package extract

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/liberation/liberationserifregular"
)

// fixturePara is one block of the fixture pleading. Lines, when set, are
// the exact lines to draw (to force a hyphenated line end); else Text is
// wrapped to the column.
type fixturePara struct {
	Text     string
	Lines    []string
	Centered bool
	Indent   bool
}

// want returns the text a reader should give for the block: its lines
// joined by spaces, hyphenated ends joined.
func (p fixturePara) want() string {
	if p.Lines == nil {
		return strings.ReplaceAll(p.Text, shy, "")
	}
	var b strings.Builder
	for i, l := range p.Lines {
		if i > 0 && !strings.HasSuffix(b.String(), "-") {
			b.WriteByte(' ')
		}
		s := b.String()
		if strings.HasSuffix(s, "-") {
			b.Reset()
			b.WriteString(strings.TrimSuffix(s, "-"))
		}
		b.WriteString(l)
	}
	return b.String()
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
	{Text: "7. Beta breached the agreement by disclosing Acme's pricing information to a competitor of Acme in March 2024, and by failing to return Acme's customer lists when Acme asked for them in writing on April 1, 2024.", Indent: true},
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
	hyphens   int // hyphenated line ends
	crossings int // paragraphs continued on the next page
}

type fixtureOpts struct {
	utf8Font  bool // embed Liberation Serif (a CID font, as Word's PDFs do) instead of core Times
	pages     int  // repeat the pleading until at least this many pages
	noNumbers bool // leave out pleading line numbers
}

// buildPleadingPDF draws the fixture pleading on 28-line pleading paper with
// an e-filing stamp at the top of every page, a page number and a running
// footer at the bottom, and line numbers 1–28 in the left margin. It returns
// the PDF and the blocks in order.
func buildPleadingPDF(t testing.TB, o fixtureOpts) ([]byte, []fixturePara, fixtureStats) {
	t.Helper()
	paras := fixtureParas
	for o.pages > 0 && len(paras) < o.pages*12 {
		paras = append(paras, fixtureParas[3:]...)
	}
	pdf := fpdf.New("P", "pt", "Letter", "")
	pdf.SetMargins(fxLeft, fxTop, 612-fxRight)
	pdf.SetAutoPageBreak(false, 0)
	family := "Times"
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	if o.utf8Font {
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
	}
	var lines []pline
	width := fxRight - fxLeft
	for pi, p := range paras {
		var ls []string
		if p.Lines != nil {
			ls = p.Lines
		} else {
			first := width
			if p.Indent {
				first -= 36
			}
			ls = wrap(pdf, tr, softHyphens(p.Text), first, width)
		}
		for i, l := range ls {
			x := fxLeft
			switch {
			case p.Centered:
				x = (fxLeft+fxRight)/2 - pdf.GetStringWidth(tr(l))/2
			case p.Indent && i == 0:
				x += 36
			}
			l = tr(l)
			lines = append(lines, pline{para: pi, x: x, text: l, gap: i == 0 && p.Centered && (len(lines) == 0 || !lines[len(lines)-1].centered), centered: p.Centered})
		}
	}
	// paginate: 28 rows a page, a blank row before a heading
	var pages [][]pline
	var cur []pline
	row := 0
	for _, l := range lines {
		if l.gap && row > 0 {
			row++
		}
		if row >= fxLines {
			pages = append(pages, cur)
			cur, row = nil, 0
		}
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
		pdf.SetFont("Helvetica", "", 9)
		pdf.Text(108, 28, fmt.Sprintf("Case 1:25-cv-01234-ABC   Document 1   Filed 03/03/25   Page %d of %d", pi+1, total))
		// pleading paper
		pdf.SetFont(family, "", fxFontSize)
		pdf.Line(80, 40, 80, 760)
		if !o.noNumbers {
			for i := 1; i <= fxLines; i++ {
				s := fmt.Sprint(i)
				pdf.Text(66-pdf.GetStringWidth(s), fxTop+float64(i-1)*fxPitch, s)
			}
		}
		for _, l := range pg {
			pdf.Text(l.x, fxTop+float64(l.row)*fxPitch, l.text)
		}
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
	widthOf := func(s string) float64 { return pdf.GetStringWidth(tr(s)) }
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
