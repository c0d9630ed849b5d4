package extract

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// maxRatio is the largest compression ratio accepted for a part bigger than
// ratioFloor bytes; XML rarely compresses better than 100:1.
const (
	maxRatio   = 200
	ratioFloor = 1 << 20
)

// DOCX reads the text of a Word (.docx) file: paragraphs in document order,
// automatic numbering shown as Word shows it, tracked changes accepted,
// tables as rows of cells joined by " | ", footnotes and endnotes in
// Result.Notes. Headers, footers and comments are left out.
func DOCX(r io.ReaderAt, size int64, opts Options) (res Result, err error) {
	defer func() {
		if x := recover(); x != nil {
			res, err = Result{}, fmt.Errorf("internal error reading the document (please report): %v", x)
		}
	}()
	zr, err := zip.NewReader(r, size)
	if err != nil {
		if errors.Is(err, zip.ErrFormat) {
			return Result{}, ErrNotZip
		}
		return Result{}, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	pk := &pkg{zr: zr, budget: opts.maxBytes()}
	main := pk.mainPart()
	if pk.file(main) == nil {
		return Result{}, fmt.Errorf("no %s in archive (not a Word document?): %w", main, ErrUnsupported)
	}
	rels := pk.rels(main)
	d := &docx{}
	for _, p := range []struct {
		typ string
		dst func([]byte) error
	}{
		{"styles", d.readStyles},
		{"numbering", d.readNumbering},
	} {
		data, err := pk.read(rels[p.typ])
		if err != nil {
			return Result{}, err
		}
		if data != nil {
			if err := p.dst(data); err != nil {
				return Result{}, fmt.Errorf("%s: %w: %v", rels[p.typ], ErrCorrupt, err)
			}
		}
	}
	notes := map[string]*noteText{}
	for _, kind := range []string{"footnotes", "endnotes"} {
		data, err := pk.read(rels[kind])
		if err != nil {
			return Result{}, err
		}
		if data != nil {
			nb, err := d.walk(data)
			if err != nil {
				return Result{}, fmt.Errorf("%s: %w: %v", rels[kind], ErrCorrupt, err)
			}
			for k, v := range nb.notes {
				notes[k] = v
			}
		}
	}
	d.counters, d.started, d.autoCount, d.listnum = nil, nil, 0, nil // lists in notes do not count in the body
	data, err := pk.read(main)
	if err != nil {
		return Result{}, err
	}
	body, err := d.walk(data)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w: %v", main, ErrCorrupt, err)
	}
	text := normalizePages(joinBlocks(body.blocks))
	res = Result{Reader: ReaderDOCX, Text: text, Pages: strings.Count(text, "\f") + 1}
	for _, ref := range body.refs {
		n := notes[ref.id]
		if n == nil {
			continue
		}
		kind := "footnote"
		if ref.endnote {
			kind = "endnote"
		}
		res.Notes = append(res.Notes, fmt.Sprintf("%s %s: %s", kind, ref.mark, n.text))
	}
	return res, nil
}

// joinBlocks writes blocks separated by blank lines; a block starting with
// \f keeps it at the start of its first line.
func joinBlocks(blocks []string) string {
	var b strings.Builder
	for i, s := range blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s)
	}
	if len(blocks) > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

// pkg reads parts of an OPC (zip) package within a byte budget.
type pkg struct {
	zr     *zip.Reader
	budget int64
}

func (p *pkg) file(name string) *zip.File {
	for _, f := range p.zr.File {
		if strings.EqualFold(f.Name, name) {
			return f
		}
	}
	return nil
}

// read returns a part's bytes, or nil if name is "" or absent.
func (p *pkg) read(name string) ([]byte, error) {
	if name == "" {
		return nil, nil
	}
	f := p.file(name)
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > uint64(p.budget) {
		return nil, fmt.Errorf("%s: declares %d bytes uncompressed, over the %d-byte cap: %w", name, f.UncompressedSize64, p.budget, ErrTooLarge)
	}
	if f.UncompressedSize64 > ratioFloor && f.CompressedSize64 > 0 && f.UncompressedSize64/f.CompressedSize64 > maxRatio {
		return nil, fmt.Errorf("%s: compression ratio %d:1 is not plausible for XML: %w", name, f.UncompressedSize64/f.CompressedSize64, ErrTooLarge)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", name, ErrCorrupt, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, p.budget+1))
	if int64(len(data)) > p.budget {
		return nil, fmt.Errorf("%s: more than %d bytes uncompressed: %w", name, p.budget, ErrTooLarge)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", name, ErrCorrupt, err)
	}
	p.budget -= int64(len(data))
	return data, nil
}

type relationships struct {
	Rels []struct {
		Type       string `xml:"Type,attr"`
		Target     string `xml:"Target,attr"`
		TargetMode string `xml:"TargetMode,attr"`
	} `xml:"Relationship"`
}

// mainPart finds the main document part from _rels/.rels.
func (p *pkg) mainPart() string {
	data, err := p.read("_rels/.rels")
	if err == nil && data != nil {
		var rs relationships
		if xml.Unmarshal(data, &rs) == nil {
			for _, r := range rs.Rels {
				if strings.HasSuffix(r.Type, "/officeDocument") {
					return strings.TrimPrefix(path.Clean("/"+r.Target), "/")
				}
			}
		}
	}
	return "word/document.xml"
}

// rels maps the relationship kinds we read (styles, numbering, footnotes,
// endnotes) to part names, from the main part's .rels, with defaults.
func (p *pkg) rels(main string) map[string]string {
	dir := path.Dir(main)
	m := map[string]string{}
	for _, k := range []string{"styles", "numbering", "footnotes", "endnotes"} {
		m[k] = path.Join(dir, k+".xml")
	}
	data, err := p.read(path.Join(dir, "_rels", path.Base(main)+".rels"))
	if err != nil || data == nil {
		return m
	}
	var rs relationships
	if xml.Unmarshal(data, &rs) != nil {
		return m
	}
	for _, r := range rs.Rels {
		if r.TargetMode == "External" {
			continue
		}
		k := r.Type[strings.LastIndex(r.Type, "/")+1:]
		if _, ok := m[k]; !ok {
			continue
		}
		t := r.Target
		if strings.HasPrefix(t, "/") {
			m[k] = strings.TrimPrefix(path.Clean(t), "/")
		} else {
			m[k] = path.Join(dir, t)
		}
	}
	return m
}
