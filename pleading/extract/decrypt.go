package extract

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// goPagesDecrypting is goPages, and for a PDF the pure-Go reader cannot
// decrypt, goPages again on the file decrypted with the empty user
// password: a court PDF anyone may open but whose owner password forbids
// changes ("secured"). The pure-Go reader stops at two of the standard
// handlers (40-bit RC4, 256-bit AES); pdfcpu reads them all. A PDF that
// needs a password to open keeps its error.
func goPagesDecrypting(r io.ReaderAt, size int64) ([]pageWords, []string, error) {
	pages, notes, err := goPages(r, size)
	if !errors.Is(err, ErrEncrypted) {
		return pages, notes, err
	}
	plain, derr := decryptOwnerOnly(r, size)
	if derr != nil {
		return pages, notes, err
	}
	pages, notes, err2 := goPages(bytes.NewReader(plain), int64(len(plain)))
	if err2 != nil {
		return nil, nil, err
	}
	return pages, notes, nil
}

// noConfigDir keeps pdfcpu from creating and reading its configuration
// folder in the user's home (it does unless told): pleadkit reads nothing
// from the system.
var noConfigDir sync.Once

// decryptOwnerOnly returns the PDF decrypted with the empty user password.
// It reads and writes with pdfcpu's core package only (not its api, which
// would bring in its whole tool set and a configuration folder).
func decryptOwnerOnly(r io.ReaderAt, size int64) (out []byte, err error) {
	defer func() {
		if x := recover(); x != nil {
			out, err = nil, fmt.Errorf("decrypt: %v", x)
		}
	}()
	noConfigDir.Do(func() { model.ConfigPath = "disable" })
	conf := model.NewDefaultConfiguration()
	conf.Cmd = model.DECRYPT
	conf.ValidationMode = model.ValidationRelaxed
	ctx, err := pdfcpu.Read(io.NewSectionReader(r, 0, size), conf)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	ctx.Write.Writer = w
	if err := pdfcpu.WriteContext(ctx); err != nil {
		return nil, err
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
