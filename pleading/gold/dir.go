package gold

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/pleadkit/pleadkit/pleading"
)

// exts are the extensions a case folder's complaint and answer may have, in the order tried.
var exts = []string{".txt", ".md", ".pdf", ".docx"}

// find returns the path of dir's pleading called stem ("complaint", "answer").
func find(dir, stem string) (string, error) {
	for _, ext := range exts {
		p := filepath.Join(dir, stem+ext)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	return "", fmt.Errorf("%s: no %s.txt (or .md, .pdf, .docx) beside %s", dir, stem, File)
}

// IsCase reports whether dir holds a gold file.
func IsCase(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, File))
	return err == nil
}

// Eval reads a case folder's complaint, answer and gold.json, parses the
// pleadings and keys the answer to the complaint as the toolkit does
// (pleading.Key), and scores the reading.
func Eval(dir string) (*Result, error) {
	g, err := Load(filepath.Join(dir, File))
	if err != nil {
		return nil, err
	}
	cp, err := find(dir, "complaint")
	if err != nil {
		return nil, err
	}
	ap, err := find(dir, "answer")
	if err != nil {
		return nil, err
	}
	complaint, err := pleading.ParseFile(cp)
	if err != nil {
		return nil, err
	}
	answer, err := pleading.ParseFile(ap)
	if err != nil {
		return nil, err
	}
	r := Score(g, complaint, pleading.Key(complaint, answer))
	if r.Case == "" {
		r.Case = filepath.Base(dir)
	}
	return r, nil
}
