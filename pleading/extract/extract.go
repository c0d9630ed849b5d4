package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Sentinel errors, for errors.Is. The errors File returns name the file
// and are one line; they wrap one of these or an os error, except a
// failure of pdftotext itself and an internal error (a bug: please report).
var (
	ErrScanned     = errors.New("PDF has no text layer (scanned?): run OCR first, e.g. `ocrmypdf in.pdf out.pdf`")
	ErrEncrypted   = errors.New("PDF is encrypted")
	ErrCorrupt     = errors.New("file is damaged or truncated")
	ErrNotZip      = errors.New("a .docx is a zip archive; this file is not one")
	ErrTooLarge    = errors.New("file is too large to read (or a zip bomb)")
	ErrUnsupported = errors.New("unsupported file type")
)

// Reader names, as reported in Result.Reader and accepted in Options.Reader.
const (
	ReaderAuto      = "auto"      // Options.Reader: pdftotext when installed, else the pure-Go reader
	ReaderPdftotext = "pdftotext" // poppler's pdftotext, word boxes via -tsv
	ReaderGo        = "go"        // Options.Reader: the pure-Go PDF reader
	ReaderGoPDF     = "go-pdf"    // Result.Reader when the pure-Go PDF reader was used
	ReaderDOCX      = "docx"      // Result.Reader for Word files
	ReaderText      = "text"      // Result.Reader for .txt and .md files
)

// DefaultMaxBytes is the cap on bytes read from a text file or decompressed
// from a .docx when Options.MaxBytes is 0.
const DefaultMaxBytes = 64 << 20

// Options controls extraction. The zero value is ready to use.
type Options struct {
	// Reader picks the PDF reader: "auto" or "" (pdftotext if installed,
	// else the pure-Go reader), "pdftotext" (fail if absent) or "go".
	Reader string
	// MaxBytes caps the bytes read from a text file and the bytes
	// decompressed from a .docx (0 means DefaultMaxBytes). A PDF is not
	// loaded into memory and its size is not capped.
	MaxBytes int64
	// Pdftotext is the pdftotext command to run ("" means "pdftotext" on PATH).
	Pdftotext string
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// Result is the extracted text and how it was obtained.
type Result struct {
	// Text is the plain text: paragraphs separated by blank lines, each new
	// page starting with \f.
	Text string
	// Reader says which reader produced Text: "pdftotext", "go-pdf",
	// "docx" or "text".
	Reader string
	// Pages is the number of pages: for a .docx or text file, 1 plus the
	// number of page breaks (explicit ones, and where Word last broke the
	// pages when it saved the file).
	Pages int
	// Notes holds what was kept out of Text: footnotes and endnotes
	// ("footnote 1: ..."), and remarks such as pages without text.
	Notes []string
	// Stamps holds, for a PDF, the e-filing stamp removed from each page
	// ("Case 1:14-cv-01559-RWS Document 43 Filed 02/18/15 Page 3 of 27"),
	// "" for a page without one; nil when no page had one. The parser may
	// take the case number from it.
	Stamps []string
}

// File returns the plain text of a .pdf, .docx, .txt or .md file. The kind
// is decided by the file's first bytes, then by its extension.
func File(path string, opts Options) (Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return Result{}, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", path, err)
	}
	if fi.IsDir() {
		return Result{}, fmt.Errorf("%s: is a directory: %w", path, ErrUnsupported)
	}
	size := fi.Size()
	head := make([]byte, 1024)
	n, err := f.ReadAt(head, 0)
	if err != nil && err != io.EOF {
		return Result{}, fmt.Errorf("%s: %w", path, err)
	}
	head = head[:n]
	ext := strings.ToLower(filepath.Ext(path))

	var res Result
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		res, err = pdfFile(path, f, size, opts)
	case ext == ".pdf":
		return Result{}, fmt.Errorf("%s: not a PDF (%s): %w", path, describeHead(head), ErrCorrupt)
	case bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte("PK\x05\x06")):
		if ext != ".docx" && ext != ".docm" && ext != ".dotx" && ext != ".dotm" {
			return Result{}, fmt.Errorf("%s: a zip archive that is not a .docx: %w", path, ErrUnsupported)
		}
		res, err = DOCX(f, size, opts)
	case ext == ".docx" || ext == ".docm" || ext == ".dotx" || ext == ".dotm":
		return Result{}, fmt.Errorf("%s: %w", path, ErrNotZip)
	case ext == ".doc" || bytes.HasPrefix(head, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return Result{}, fmt.Errorf("%s: old binary Word format: save it as .docx: %w", path, ErrUnsupported)
	case ext == ".rtf" || bytes.HasPrefix(head, []byte(`{\rtf`)):
		return Result{}, fmt.Errorf("%s: RTF: save it as .docx: %w", path, ErrUnsupported)
	case isTextExt(ext) || (ext == "" && looksText(head)):
		res, err = Text(f, opts)
	default:
		return Result{}, fmt.Errorf("%s: %w (want .pdf, .docx, .txt or .md)", path, ErrUnsupported)
	}
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", path, err)
	}
	return res, nil
}

func isTextExt(ext string) bool {
	switch ext {
	case ".txt", ".text", ".md", ".markdown":
		return true
	}
	return false
}

func looksText(head []byte) bool {
	return utf8.Valid(head) && !bytes.ContainsRune(head, 0)
}

func describeHead(head []byte) string {
	if len(head) == 0 {
		return "empty file"
	}
	s := strings.TrimSpace(string(head[:min(len(head), 16)]))
	if strings.HasPrefix(strings.ToLower(s), "<!doctype") || strings.HasPrefix(strings.ToLower(s), "<html") {
		return "an HTML page"
	}
	return fmt.Sprintf("starts with %q", s)
}

// Text reads a plain-text or Markdown file: a byte-order mark is dropped,
// line ends become \n, and text that is not UTF-8 is read as Windows-1252.
func Text(r io.Reader, opts Options) (Result, error) {
	max := opts.maxBytes()
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return Result{}, err
	}
	if int64(len(data)) > max {
		return Result{}, fmt.Errorf("more than %d bytes: %w", max, ErrTooLarge)
	}
	s := normalizeText(data)
	return Result{Text: s, Reader: ReaderText, Pages: strings.Count(s, "\f") + 1}, nil
}

func normalizeText(data []byte) string {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	var s string
	if utf8.Valid(data) {
		s = string(data)
	} else {
		s = decodeCP1252(data)
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// cp1252 maps bytes 0x80–0x9F of Windows-1252; other bytes are Latin-1.
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

func decodeCP1252(data []byte) string {
	var b strings.Builder
	b.Grow(len(data))
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n <= 1 {
			c := data[0]
			if c >= 0x80 && c < 0xA0 {
				b.WriteRune(cp1252[c-0x80])
			} else {
				b.WriteRune(rune(c))
			}
			data = data[1:]
			continue
		}
		b.WriteRune(r)
		data = data[n:]
	}
	return b.String()
}

// normalizePages puts the form feeds before a line of text at the start
// of that line (as many as there were: one per page), drops form feeds
// after the last text, and leaves single blank lines between blocks.
func normalizePages(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	seen, blank := false, false
	ff := 0
	for _, l := range strings.Split(s, "\n") {
		if n := strings.Count(l, "\f"); n > 0 {
			ff += n
			l = strings.ReplaceAll(l, "\f", "")
		}
		if strings.TrimSpace(l) == "" {
			blank = seen
			continue
		}
		if blank {
			b.WriteByte('\n')
		}
		b.WriteString(strings.Repeat("\f", ff))
		b.WriteString(l)
		b.WriteByte('\n')
		seen, blank, ff = true, false, 0
	}
	return b.String()
}
