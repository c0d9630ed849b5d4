package pleading

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pleadkit/pleadkit/pleading/extract"
)

// Source is the text of a pleading file as the parser sees it, and which reader produced it.
type Source struct {
	Text   string
	Reader string // "text", "docx", "pdftotext" or "go-pdf"
	Pages  int
	Notes  []string // footnotes and endnotes, kept apart from the text
}

// ReadFile reads the text of a pleading: .txt and .md as they are; .pdf (with
// pdftotext when installed, else a pure-Go reader) and .docx through package
// extract. reader forces a PDF reader ("pdftotext" or "go"); "" chooses.
func ReadFile(path, reader string) (Source, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf", ".docx", ".docm", ".doc", ".rtf":
		res, err := extract.File(path, extract.Options{Reader: reader})
		if err != nil {
			return Source{}, fmt.Errorf("read pleading: %w", err) // extract's errors name the file
		}
		text := res.Text
		if len(res.Stamps) > 0 {
			// The reader removed the e-filing stamps by position; give the parser
			// the first one back, as a filed text has it, for the case number.
			text = res.Stamps[0] + "\n" + text
		}
		return Source{Text: text, Reader: res.Reader, Pages: res.Pages, Notes: res.Notes}, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Source{}, fmt.Errorf("read pleading: %w", err)
	}
	if err := checkText(data); err != nil {
		return Source{}, &Error{Pos: Pos{File: path}, Err: err}
	}
	return Source{Text: string(data), Reader: extract.ReaderText}, nil
}

// ParseFile reads and parses the pleading at path (.txt, .md, .pdf or .docx).
func ParseFile(path string) (*Document, error) {
	src, err := ReadFile(path, "")
	if err != nil {
		return nil, err
	}
	return Parse(path, []byte(src.Text))
}

// CleanText returns the lines the parser reads after removing page
// furniture (e-filing stamps, page numbers, pleading-paper line numbers),
// each prefixed with its source line number.
func CleanText(text string) string {
	lines, _ := splitLines(text)
	var b strings.Builder
	for _, l := range lines {
		fmt.Fprintf(&b, "%5d p%-3d %s\n", l.num, l.page, l.text)
	}
	return b.String()
}
