package pleading

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
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
	// Encoding is how a text file's bytes were read ("UTF-8", "UTF-16LE",
	// "Windows-1252"); empty for PDF and DOCX.
	Encoding string
	// Digest is the SHA-256 of the file's bytes as they were read, in hex.
	Digest string
	// Warnings are problems reading the file: an encoding guessed, bytes replaced.
	Warnings []Warning
}

// MaxTextBytes caps the size of a text pleading (.txt, .md): far above any
// real pleading, low enough that parsing it fits in memory.
const MaxTextBytes = 32 << 20

// ErrNotRegular is the error for a pleading path that is a FIFO, a device
// or a socket: reading one could block or never end.
var ErrNotRegular = errors.New("not a regular file (a FIFO, device or socket); give a .txt, .md, .pdf or .docx file")

// ErrTooLarge is the error for a text pleading over MaxTextBytes.
var ErrTooLarge = fmt.Errorf("text pleading larger than %d MB: is it the right file? split or trim it", MaxTextBytes>>20)

// ReadFile reads the text of a pleading: .txt and .md as they are; .pdf (with
// pdftotext when installed, else a pure-Go reader) and .docx through package
// extract. reader forces a PDF reader ("pdftotext" or "go"); "" chooses.
func ReadFile(path, reader string) (Source, error) {
	st, err := os.Stat(path)
	if err != nil {
		return Source{}, fmt.Errorf("read pleading: %w", err)
	}
	if !st.Mode().IsRegular() {
		return Source{}, &Error{Pos: Pos{File: path}, Err: ErrNotRegular}
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf", ".docx", ".docm", ".doc", ".rtf":
		before, err := fileDigest(path)
		if err != nil {
			return Source{}, fmt.Errorf("read pleading: %w", err)
		}
		res, err := extract.File(path, extract.Options{Reader: reader})
		if err != nil {
			return Source{}, fmt.Errorf("read pleading: %w", err) // extract's errors name the file
		}
		if after, err := fileDigest(path); err != nil || after != before {
			return Source{}, fmt.Errorf("%s: the file changed while it was read; build again once it is saved", path)
		}
		text := res.Text
		if len(res.Stamps) > 0 {
			// The reader removed the e-filing stamps by position; give the parser
			// the first one back, as a filed text has it, for the case number.
			text = res.Stamps[0] + "\n" + text
		}
		return Source{Text: text, Reader: res.Reader, Pages: res.Pages, Notes: res.Notes, Digest: before}, nil
	}
	data, err := readCapped(path, MaxTextBytes)
	if err != nil {
		return Source{}, err
	}
	sum := sha256.Sum256(data)
	text, enc, warn := DecodeText(data)
	if err := checkText([]byte(text)); err != nil {
		return Source{}, &Error{Pos: Pos{File: path}, Err: err}
	}
	src := Source{Text: text, Reader: extract.ReaderText, Encoding: enc, Digest: hex.EncodeToString(sum[:])}
	if warn != nil {
		src.Warnings = append(src.Warnings, *warn)
	}
	return src, nil
}

// readCapped reads the file at path, failing with ErrTooLarge past max bytes.
func readCapped(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read pleading: %w", err)
	}
	defer f.Close()
	var b bytes.Buffer
	if st, err := f.Stat(); err == nil && st.Size() <= max {
		b.Grow(int(st.Size()) + 1)
	}
	n, err := io.Copy(&b, io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("read pleading %s: %w", path, err)
	}
	if n > max {
		return nil, &Error{Pos: Pos{File: path}, Err: ErrTooLarge}
	}
	return b.Bytes(), nil
}

// fileDigest returns the SHA-256 of the file at path, in hex.
func fileDigest(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// ParseFile reads and parses the pleading at path (.txt, .md, .pdf or .docx).
func ParseFile(path string) (*Document, error) {
	src, err := ReadFile(path, "")
	if err != nil {
		return nil, err
	}
	return ParseSource(path, src)
}

// ParseSource parses the text of src, read from path, and adds the
// problems of reading it to the document's warnings.
func ParseSource(path string, src Source) (*Document, error) {
	doc, err := Parse(path, []byte(src.Text))
	if err != nil {
		return nil, err
	}
	if len(src.Warnings) > 0 {
		doc.Warnings = append(append([]Warning(nil), src.Warnings...), doc.Warnings...)
	}
	return doc, nil
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
