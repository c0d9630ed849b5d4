// Package opctest opens an Office Open XML package (.docx, .xlsx) and
// checks it the way Word and Excel do before they offer to repair a file:
// every part has a content type, every relationship points at a part that
// exists, every XML part is well formed, every relationship id a part uses
// is defined, and in a Word document every style, list and bookmark the
// text refers to is defined. Tests of the renderers and of the build use it.
package opctest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
)

// Package is an opened .docx or .xlsx: its parts by name.
type Package struct {
	parts map[string][]byte
}

// Open reads a package from its bytes.
func Open(data []byte) (*Package, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("not a zip: %w", err)
	}
	p := &Package{parts: map[string][]byte{}}
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		p.parts[f.Name] = b
	}
	return p, nil
}

// Part returns the text of a part ("" when absent).
func (p *Package) Part(name string) string { return string(p.parts[name]) }

// Names returns the part names, sorted.
func (p *Package) Names() []string {
	var out []string
	for n := range p.parts {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// elem is one start element of a part, with its attributes by local name
// (prefixed "r:" for the relationships namespace).
type elem struct {
	name  string
	attrs map[string]string
}

// elements decodes a part into its start elements, or fails when it is not
// well-formed XML.
func elements(data []byte) ([]elem, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var out []elem
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if se, ok := tok.(xml.StartElement); ok {
			e := elem{name: se.Name.Local, attrs: map[string]string{}}
			for _, a := range se.Attr {
				k := a.Name.Local
				if strings.HasSuffix(a.Name.Space, "/officeDocument/2006/relationships") {
					k = "r:" + k
				}
				e.attrs[k] = a.Value
			}
			out = append(out, e)
		}
	}
}

// Validate returns every problem found, or nil.
func (p *Package) Validate() []error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	parsed := map[string][]elem{}
	for name, data := range p.parts {
		if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
			els, err := elements(data)
			if err != nil {
				bad("%s: not well-formed XML: %v", name, err)
				continue
			}
			parsed[name] = els
		}
	}
	ct, ok := parsed["[Content_Types].xml"]
	if !ok {
		bad("no [Content_Types].xml")
		return errs
	}
	defaults, overrides := map[string]bool{}, map[string]bool{}
	for _, e := range ct {
		switch e.name {
		case "Default":
			defaults[strings.ToLower(e.attrs["Extension"])] = true
		case "Override":
			overrides[e.attrs["PartName"]] = true
		}
	}
	for name := range p.parts {
		if name == "[Content_Types].xml" || strings.HasSuffix(name, "/") {
			continue
		}
		if !overrides["/"+name] && !defaults[strings.ToLower(strings.TrimPrefix(path.Ext(name), "."))] {
			bad("%s has no content type", name)
		}
	}
	for o := range overrides {
		if _, ok := p.parts[strings.TrimPrefix(o, "/")]; !ok {
			bad("[Content_Types].xml names %s, which is not in the package", o)
		}
	}
	// relationships: targets exist; remember each source part's ids
	relIDs := map[string]map[string]bool{}
	mainDoc := ""
	for name, els := range parsed {
		if !strings.HasSuffix(name, ".rels") {
			continue
		}
		dir, file := path.Split(name)
		src := path.Join(path.Dir(strings.TrimSuffix(dir, "/")), strings.TrimSuffix(file, ".rels"))
		if name == "_rels/.rels" {
			src = ""
		}
		ids := map[string]bool{}
		for _, e := range els {
			if e.name != "Relationship" {
				continue
			}
			if ids[e.attrs["Id"]] {
				bad("%s: relationship id %s twice", name, e.attrs["Id"])
			}
			ids[e.attrs["Id"]] = true
			if e.attrs["TargetMode"] == "External" {
				continue
			}
			target := path.Join(path.Dir(src), e.attrs["Target"])
			if strings.HasPrefix(e.attrs["Target"], "/") {
				target = strings.TrimPrefix(e.attrs["Target"], "/")
			}
			if _, ok := p.parts[target]; !ok {
				bad("%s: relationship %s points at %s, which is not in the package", name, e.attrs["Id"], target)
			}
			if src == "" && strings.HasSuffix(e.attrs["Type"], "/officeDocument") {
				mainDoc = target
			}
		}
		relIDs[src] = ids
	}
	if mainDoc == "" {
		bad("_rels/.rels has no officeDocument relationship")
		return errs
	}
	styles := map[string]bool{}
	for _, e := range parsed[path.Join(path.Dir(mainDoc), "styles.xml")] {
		if e.name == "style" {
			styles[e.attrs["styleId"]] = true
		}
	}
	nums := map[string]bool{}
	for _, e := range parsed[path.Join(path.Dir(mainDoc), "numbering.xml")] {
		if e.name == "num" {
			nums[e.attrs["numId"]] = true
		}
	}
	bookmarks := map[string]bool{}
	var anchors []string
	for name, els := range parsed {
		if !strings.HasPrefix(name, path.Dir(mainDoc)+"/") || strings.Contains(name, "_rels") || !strings.HasSuffix(name, ".xml") {
			continue
		}
		open := map[string]bool{}
		for _, e := range els {
			for k, v := range e.attrs {
				if strings.HasPrefix(k, "r:") && !relIDs[name][v] {
					bad("%s: <%s> refers to relationship %s, which %s does not define", name, e.name, v, name)
				}
			}
			switch e.name {
			case "pStyle", "rStyle", "tblStyle":
				if !styles[e.attrs["val"]] {
					bad("%s: style %q is not defined in styles.xml", name, e.attrs["val"])
				}
			case "numId":
				if !nums[e.attrs["val"]] && e.attrs["val"] != "0" {
					bad("%s: list numId %s is not defined in numbering.xml", name, e.attrs["val"])
				}
			case "bookmarkStart":
				n := e.attrs["name"]
				if bookmarks[n] {
					bad("%s: bookmark %q twice", name, n)
				}
				bookmarks[n] = true
				if len(n) > 40 {
					bad("%s: bookmark name %q longer than 40 characters", name, n)
				}
				open[e.attrs["id"]] = true
			case "bookmarkEnd":
				if !open[e.attrs["id"]] {
					bad("%s: bookmarkEnd %s without its start", name, e.attrs["id"])
				}
				delete(open, e.attrs["id"])
			case "hyperlink":
				if a := e.attrs["anchor"]; a != "" {
					anchors = append(anchors, a)
				}
			}
		}
		for id := range open {
			bad("%s: bookmark %s never ends", name, id)
		}
	}
	for _, a := range anchors {
		if !bookmarks[a] {
			bad("internal link to #%s, which no bookmark defines", a)
		}
	}
	return errs
}

// Text returns the document's text: paragraphs on lines, tabs and breaks
// as "\t" and "\n", table cells separated by " | ".
func (p *Package) Text() string {
	return PartText(p.parts["word/document.xml"])
}

// PartText returns the text of a WordprocessingML part.
func PartText(data []byte) string {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var b strings.Builder
	inT, inTabs := false, false
	for {
		tok, err := dec.Token()
		if err != nil {
			return b.String()
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inT = true
			case "tabs":
				inTabs = true
			case "tab":
				if !inTabs {
					b.WriteByte('\t')
				}
			case "br":
				b.WriteByte('\n')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inT = false
			case "tabs":
				inTabs = false
			case "p":
				b.WriteByte('\n')
			case "tc":
				b.WriteString(" | ")
			}
		case xml.CharData:
			if inT {
				b.Write(t)
			}
		}
	}
}
