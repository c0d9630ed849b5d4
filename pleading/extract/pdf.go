package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
)

// PDF reads the text of a PDF with the reader opts.Reader names (see
// Options), then removes page furniture and rebuilds paragraphs. A PDF with
// no text on any page gives ErrScanned, a password-protected one
// ErrEncrypted, a damaged or truncated one ErrCorrupt.
func PDF(r io.ReaderAt, size int64, opts Options) (Result, error) {
	return readPDF("", r, size, opts)
}

// pdfFile reads a PDF file, letting pdftotext open it by name.
func pdfFile(path string, f *os.File, size int64, opts Options) (Result, error) {
	return readPDF(path, f, size, opts)
}

func readPDF(path string, r io.ReaderAt, size int64, opts Options) (res Result, err error) {
	defer func() {
		if x := recover(); x != nil {
			res, err = Result{}, fmt.Errorf("internal error in the layout stage (please report): %v", x)
		}
	}()
	if err := checkPDF(r, size); err != nil {
		return Result{}, err
	}
	var notes []string
	var pages []pageWords
	var reader string
	switch opts.Reader {
	case "", ReaderAuto:
		if bin, err := pdftotextPath(opts); err == nil {
			pages, err = pdftotextPages(bin, path, r, size)
			reader = ReaderPdftotext
			if err != nil && !errors.Is(err, ErrEncrypted) && !errors.Is(err, ErrCorrupt) {
				notes = append(notes, fmt.Sprintf("pdftotext failed (%v); read with the pure-Go reader", err))
				pages, err = nil, nil
			} else if err != nil {
				return Result{}, err
			}
		}
		if pages == nil {
			var err error
			var more []string
			pages, more, err = goPagesDecrypting(r, size)
			notes = append(notes, more...)
			reader = ReaderGoPDF
			if err != nil {
				return Result{}, err
			}
		}
	case ReaderPdftotext:
		bin, err := pdftotextPath(opts)
		if err != nil {
			return Result{}, fmt.Errorf("pdftotext not found (install poppler-utils, or use the pure-Go reader): %w", err)
		}
		pages, err = pdftotextPages(bin, path, r, size)
		if err != nil {
			return Result{}, err
		}
		reader = ReaderPdftotext
	case ReaderGo, ReaderGoPDF:
		var err error
		pages, notes, err = goPagesDecrypting(r, size)
		if err != nil {
			return Result{}, err
		}
		reader = ReaderGoPDF
	default:
		return Result{}, fmt.Errorf("unknown PDF reader %q (want auto, pdftotext or go): %w", opts.Reader, ErrUnsupported)
	}
	text, st := layout(pages)
	if strings.TrimSpace(text) == "" {
		return Result{}, ErrScanned
	}
	notes = append(notes, st.notes...)
	if n := len(st.emptyPages); n > 0 {
		what := "pages"
		if n == 1 {
			what = "page"
		}
		notes = append(notes, fmt.Sprintf("no text on %s %s of %d (blank, or scanned: OCR them)", what, pageList(st.emptyPages), len(pages)))
	}
	res = Result{Text: text, Reader: reader, Pages: len(pages), Notes: notes}
	for _, s := range st.stamps {
		if s != "" {
			res.Stamps = st.stamps
			break
		}
	}
	return res, nil
}

// checkPDF looks for the %PDF header and the %%EOF marker at the end, so a
// truncated download is reported as such.
func checkPDF(r io.ReaderAt, size int64) error {
	head := make([]byte, min(size, 1024))
	if _, err := r.ReadAt(head, 0); err != nil && err != io.EOF {
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if !bytes.Contains(head, []byte("%PDF-")) {
		return fmt.Errorf("not a PDF (%s): %w", describeHead(head), ErrCorrupt)
	}
	n := min(size, 2048)
	tail := make([]byte, n)
	if _, err := r.ReadAt(tail, size-n); err != nil && err != io.EOF {
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if !bytes.Contains(tail, []byte("%%EOF")) {
		return fmt.Errorf("truncated PDF (no %%%%EOF at the end; download it again): %w", ErrCorrupt)
	}
	return nil
}

func pdftotextPath(opts Options) (string, error) {
	if opts.Pdftotext != "" {
		return exec.LookPath(opts.Pdftotext)
	}
	return exec.LookPath("pdftotext")
}

// pageList formats page numbers compactly: "2, 5-7".
func pageList(ps []int) string {
	var b strings.Builder
	for i := 0; i < len(ps); {
		j := i
		for j+1 < len(ps) && ps[j+1] == ps[j]+1 {
			j++
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		if j > i {
			fmt.Fprintf(&b, "%d-%d", ps[i], ps[j])
		} else {
			fmt.Fprintf(&b, "%d", ps[i])
		}
		i = j + 1
	}
	return b.String()
}
