package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// XML namespaces of the parts.
const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRel = "http://schemas.openxmlformats.org/package/2006/relationships"
	relOD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	xmlPI = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

// Content types of the parts.
const (
	ctMain      = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	ctStyles    = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
	ctSettings  = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
	ctNumbering = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
	ctHeader    = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
	ctFooter    = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
	ctCore      = "application/vnd.openxmlformats-package.core-properties+xml"
	ctApp       = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
	ctRels      = "application/vnd.openxmlformats-package.relationships+xml"
)

// part is one file of the package.
type part struct {
	name string
	data []byte
}

// finish closes the body and writes the whole package onto w.
func (d *docWriter) finish(w io.Writer) error {
	d.closePara()
	if d.last != "p" {
		d.openParaStyle("")
		d.closePara()
	}
	var doc bytes.Buffer
	doc.Grow(d.body.Len() + 1024)
	doc.WriteString(xmlPI)
	doc.WriteString(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	doc.Write(d.body.Bytes())
	doc.WriteString(d.sectPr())
	doc.WriteString("</w:body></w:document>")

	var rels strings.Builder
	rels.WriteString(xmlPI + `<Relationships xmlns="` + nsRel + `">`)
	for _, r := range [][2]string{
		{"rIdStyles", "styles.xml"}, {"rIdSettings", "settings.xml"}, {"rIdNumbering", "numbering.xml"},
		{"rIdHeader", "header1.xml"}, {"rIdFooter", "footer1.xml"},
	} {
		kind := strings.TrimSuffix(strings.TrimSuffix(r[1], ".xml"), "1")
		rels.WriteString(`<Relationship Id="` + r[0] + `" Type="` + relOD + kind + `" Target="` + r[1] + `"/>`)
	}
	for i, target := range d.links {
		rels.WriteString(`<Relationship Id="rIdL` + strconv.Itoa(i+1) + `" Type="` + relOD + `hyperlink" Target="` + attr(target) + `" TargetMode="External"/>`)
	}
	rels.WriteString("</Relationships>")

	parts := []part{
		{"[Content_Types].xml", []byte(contentTypes)},
		{"_rels/.rels", []byte(packageRels)},
		{"docProps/core.xml", []byte(d.coreProps())},
		{"docProps/app.xml", []byte(appProps)},
		{"word/document.xml", doc.Bytes()},
		{"word/_rels/document.xml.rels", []byte(rels.String())},
		{"word/styles.xml", []byte(styles(d.cfg.FontSize))},
		{"word/settings.xml", []byte(settings)},
		{"word/numbering.xml", []byte(d.numbering())},
		{"word/header1.xml", []byte(d.header())},
		{"word/footer1.xml", []byte(footer)},
	}
	return writeZip(w, parts, d.modified())
}

// modified is the time stamped on the package's files and properties.
func (d *docWriter) modified() time.Time {
	if !d.cfg.CreationDate.IsZero() {
		return d.cfg.CreationDate.UTC()
	}
	return time.Now().UTC().Truncate(time.Second)
}

// writeZip writes parts as a zip archive, deflated, every file stamped t.
func writeZip(w io.Writer, parts []part, t time.Time) error {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: t})
		if err != nil {
			return fmt.Errorf("write docx: %w", err)
		}
		if _, err := f.Write(p.data); err != nil {
			return fmt.Errorf("write docx: %w", err)
		}
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("write docx: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write docx: %w", err)
	}
	return nil
}

var contentTypes = xmlPI + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="` + ctRels + `"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="` + ctMain + `"/>` +
	`<Override PartName="/word/styles.xml" ContentType="` + ctStyles + `"/>` +
	`<Override PartName="/word/settings.xml" ContentType="` + ctSettings + `"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="` + ctNumbering + `"/>` +
	`<Override PartName="/word/header1.xml" ContentType="` + ctHeader + `"/>` +
	`<Override PartName="/word/footer1.xml" ContentType="` + ctFooter + `"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="` + ctCore + `"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="` + ctApp + `"/>` +
	`</Types>`

var packageRels = xmlPI + `<Relationships xmlns="` + nsRel + `">` +
	`<Relationship Id="rId1" Type="` + relOD + `officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="` + relOD + `extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

var appProps = xmlPI + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>pleadkit</Application></Properties>`

// coreProps are the document properties: title, the case as subject, dates.
func (d *docWriter) coreProps() string {
	title := d.cfg.Title
	if title == "" {
		title = d.cfg.HeaderRight
	}
	when := d.modified().Format(time.RFC3339)
	var b strings.Builder
	b.WriteString(xmlPI + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	if title != "" {
		b.WriteString("<dc:title>" + attr(title) + "</dc:title>")
	}
	if d.cfg.HeaderLeft != "" {
		b.WriteString("<dc:subject>" + attr(d.cfg.HeaderLeft) + "</dc:subject>")
	}
	b.WriteString("<dc:creator>pleadkit</dc:creator>")
	b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + when + `</dcterms:created>`)
	b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + when + `</dcterms:modified>`)
	b.WriteString("</cp:coreProperties>")
	return b.String()
}

// sectPr is the page setup of the document's one section: paper,
// orientation, margins, and the running header and footer.
func (d *docWriter) sectPr() string {
	pw, ph := pageDims(d.cfg)
	mg := d.cfg.Margins
	orient := ""
	if d.cfg.Landscape {
		orient = ` w:orient="landscape"`
	}
	tw := func(pt float64) string { return strconv.Itoa(int(pt*twips + 0.5)) }
	hdr := min(mg.Top/2, 36)
	ftr := min(mg.Bottom/2, 36)
	return `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>` +
		`<w:pgSz w:w="` + tw(pw) + `" w:h="` + tw(ph) + `"` + orient + `/>` +
		`<w:pgMar w:top="` + tw(mg.Top) + `" w:right="` + tw(mg.Right) + `" w:bottom="` + tw(mg.Bottom) + `" w:left="` + tw(mg.Left) +
		`" w:header="` + tw(hdr) + `" w:footer="` + tw(ftr) + `" w:gutter="0"/><w:cols w:space="720"/></w:sectPr>`
}

// header is the running header: the case caption left, the title right.
func (d *docWriter) header() string {
	var b bytes.Buffer
	b.WriteString(xmlPI + `<w:hdr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:p><w:pPr><w:pStyle w:val="Header"/><w:tabs><w:tab w:val="right" w:pos="` + strconv.Itoa(d.textWidth) + `"/></w:tabs></w:pPr>`)
	if d.cfg.HeaderLeft != "" {
		b.WriteString(`<w:r><w:t xml:space="preserve">`)
		escape(&b, d.cfg.HeaderLeft)
		b.WriteString(`</w:t></w:r>`)
	}
	if d.cfg.HeaderRight != "" {
		b.WriteString(`<w:r><w:tab/><w:t xml:space="preserve">`)
		escape(&b, d.cfg.HeaderRight)
		b.WriteString(`</w:t></w:r>`)
	}
	b.WriteString("</w:p></w:hdr>")
	return b.String()
}

// footer is "Page X of Y", made of the PAGE and NUMPAGES fields so Word
// and LibreOffice count the pages themselves.
var footer = xmlPI + `<w:ftr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>` +
	`<w:r><w:t xml:space="preserve">Page </w:t></w:r>` +
	`<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>` +
	`<w:r><w:t xml:space="preserve"> of </w:t></w:r>` +
	`<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>` +
	`</w:p></w:ftr>`

var settings = xmlPI + `<w:settings xmlns:w="` + nsW + `"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`

// numbering is the list definitions: one abstract bullet list, one
// abstract numbered list, and a w:num per list (numbered lists each
// restart at their own start number).
func (d *docWriter) numbering() string {
	var b strings.Builder
	b.WriteString(xmlPI + `<w:numbering xmlns:w="` + nsW + `">`)
	bullets := []string{"•", "◦", "▪"}
	for abs, ordered := range []bool{false, true} {
		b.WriteString(`<w:abstractNum w:abstractNumId="` + strconv.Itoa(abs) + `"><w:multiLevelType w:val="hybridMultilevel"/>`)
		for lvl := range 9 {
			ind := strconv.Itoa((lvl + 1) * listIndent * 2)
			b.WriteString(`<w:lvl w:ilvl="` + strconv.Itoa(lvl) + `"><w:start w:val="1"/>`)
			if ordered {
				fmtName := []string{"decimal", "lowerLetter", "lowerRoman"}[lvl%3]
				b.WriteString(`<w:numFmt w:val="` + fmtName + `"/><w:lvlText w:val="%` + strconv.Itoa(lvl+1) + `."/>`)
			} else {
				b.WriteString(`<w:numFmt w:val="bullet"/><w:lvlText w:val="` + bullets[lvl%3] + `"/>`)
			}
			b.WriteString(`<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="` + ind + `" w:hanging="` + strconv.Itoa(listIndent) + `"/></w:pPr>`)
			if !ordered {
				b.WriteString(`<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:hint="default"/></w:rPr>`)
			}
			b.WriteString(`</w:lvl>`)
		}
		b.WriteString(`</w:abstractNum>`)
	}
	for i, n := range d.nums {
		id := strconv.Itoa(i + 1)
		if !n.ordered {
			b.WriteString(`<w:num w:numId="` + id + `"><w:abstractNumId w:val="0"/></w:num>`)
			continue
		}
		b.WriteString(`<w:num w:numId="` + id + `"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="` + strconv.Itoa(n.level) + `"><w:startOverride w:val="` + strconv.Itoa(n.start) + `"/></w:lvlOverride></w:num>`)
	}
	b.WriteString("</w:numbering>")
	return b.String()
}

// StyleIDs are the styles every document defines (tests check that each
// style the document refers to is among them).
var StyleIDs = []string{"Normal", "DefaultParagraphFont", "TableNormal", "Title", "Heading1", "Heading2", "Heading3",
	"ListParagraph", "ListBullet", "ListNumber", "Quote", "Code", "TableText", "VerbatimChar", "Hyperlink",
	"TableGrid", "Header", "Footer"}

// styles is the style sheet, body text at size points.
func styles(size float64) string {
	hp := func(pt float64) string { return strconv.Itoa(int(pt*2 + 0.5)) }
	var b strings.Builder
	b.WriteString(xmlPI + `<w:styles xmlns:w="` + nsW + `">`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>` +
		`<w:sz w:val="` + hp(size) + `"/><w:szCs w:val="` + hp(size) + `"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`)
	para := func(id, name, based, next, ppr, rpr string, extra string) {
		b.WriteString(`<w:style w:type="paragraph"`)
		if id == "Normal" {
			b.WriteString(` w:default="1"`)
		}
		b.WriteString(` w:styleId="` + id + `"><w:name w:val="` + name + `"/>`)
		if based != "" {
			b.WriteString(`<w:basedOn w:val="` + based + `"/>`)
		}
		if next != "" {
			b.WriteString(`<w:next w:val="` + next + `"/>`)
		}
		b.WriteString(extra + `<w:qFormat/>`)
		if ppr != "" {
			b.WriteString("<w:pPr>" + ppr + "</w:pPr>")
		}
		if rpr != "" {
			b.WriteString("<w:rPr>" + rpr + "</w:rPr>")
		}
		b.WriteString("</w:style>")
	}
	para("Normal", "Normal", "", "", `<w:jc w:val="both"/>`, "", "")
	para("Title", "Title", "Normal", "Normal", `<w:keepNext/><w:spacing w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>`,
		`<w:b/><w:bCs/><w:sz w:val="`+hp(size+6)+`"/><w:szCs w:val="`+hp(size+6)+`"/>`, "")
	for i, h := range []struct{ grow, before float64 }{{4, 18}, {2, 14}, {1, 10}} {
		n := strconv.Itoa(i + 1)
		rpr := `<w:b/><w:bCs/>`
		if i == 2 {
			rpr += `<w:i/><w:iCs/>`
		}
		para("Heading"+n, "heading "+n, "Normal", "Normal",
			`<w:keepNext/><w:keepLines/><w:spacing w:before="`+strconv.Itoa(int(h.before*twips))+`" w:after="80"/><w:jc w:val="left"/><w:outlineLvl w:val="`+strconv.Itoa(i+1)+`"/>`,
			rpr+`<w:sz w:val="`+hp(size+h.grow)+`"/><w:szCs w:val="`+hp(size+h.grow)+`"/>`, "")
	}
	para("ListParagraph", "List Paragraph", "Normal", "", `<w:ind w:left="720"/><w:jc w:val="left"/>`, "", "")
	para("ListBullet", "List Bullet", "Normal", "", `<w:spacing w:after="60"/><w:ind w:left="720" w:hanging="360"/><w:jc w:val="left"/>`, "", "")
	para("ListNumber", "List Number", "Normal", "", `<w:spacing w:after="60"/><w:ind w:left="720" w:hanging="360"/><w:jc w:val="left"/>`, "", "")
	para("Quote", "Quote", "Normal", "Normal", `<w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="A0A0A0"/></w:pBdr><w:ind w:left="720" w:right="360"/>`,
		`<w:i/><w:iCs/><w:color w:val="404040"/>`, "")
	para("Code", "Code", "Normal", "", `<w:shd w:val="clear" w:color="auto" w:fill="F0F0F0"/><w:spacing w:after="120" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>`,
		`<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/><w:sz w:val="`+hp(size-1)+`"/><w:szCs w:val="`+hp(size-1)+`"/>`, "")
	para("TableText", "Table Text", "Normal", "", `<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>`, "", "")
	para("Header", "header", "Normal", "", `<w:spacing w:after="0"/><w:jc w:val="left"/>`, `<w:color w:val="5A5A5A"/><w:sz w:val="`+hp(size-2)+`"/><w:szCs w:val="`+hp(size-2)+`"/>`, "")
	para("Footer", "footer", "Normal", "", `<w:spacing w:after="0"/>`, `<w:color w:val="5A5A5A"/><w:sz w:val="`+hp(size-2)+`"/><w:szCs w:val="`+hp(size-2)+`"/>`, "")
	b.WriteString(`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`)
	b.WriteString(`<w:style w:type="character" w:styleId="VerbatimChar"><w:name w:val="Verbatim Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/></w:rPr></w:style>`)
	b.WriteString(`<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="003399"/><w:u w:val="single"/></w:rPr></w:style>`)
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
		`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	border := `w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"`
	b.WriteString(`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>` +
		`<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
		`<w:tblPr><w:tblBorders><w:top ` + border + `/><w:left ` + border + `/><w:bottom ` + border + `/><w:right ` + border + `/><w:insideH ` + border + `/><w:insideV ` + border + `/></w:tblBorders></w:tblPr></w:style>`)
	b.WriteString("</w:styles>")
	return b.String()
}
