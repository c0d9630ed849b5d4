package extract

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"os/exec"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// pdftotextTimeout bounds one pdftotext run.
const pdftotextTimeout = 2 * time.Minute

// pdftotextPages runs `pdftotext -tsv` on the file at path (or, if path is
// "", on r through stdin) and returns the words of each page with their
// boxes.
func pdftotextPages(bin, path string, r io.ReaderAt, size int64) ([]pageWords, error) {
	ctx, cancel := context.WithTimeout(context.Background(), pdftotextTimeout)
	defer cancel()
	in := path
	if in == "" {
		in = "-"
	}
	cmd := exec.CommandContext(ctx, bin, "-tsv", "-enc", "UTF-8", "-q", in, "-")
	if path == "" {
		cmd.Stdin = io.NewSectionReader(r, 0, size)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	err := cmd.Run()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		// -q hides messages; run again without it to classify the failure
		if msg == "" {
			msg = pdftotextMessage(bin, path, r, size)
		}
		low := strings.ToLower(msg)
		switch {
		case strings.Contains(low, "password"):
			return nil, fmt.Errorf("it needs a password: decrypt it first, e.g. `qpdf --decrypt --password=PW in.pdf out.pdf`: %w", ErrEncrypted)
		case strings.Contains(low, "copying of text"):
			return nil, fmt.Errorf("pdftotext: %s", msg)
		case strings.Contains(low, "syntax error") || strings.Contains(low, "xref") || strings.Contains(low, "may not be a pdf"):
			return nil, fmt.Errorf("pdftotext: %s: %w", firstLine(msg), ErrCorrupt)
		}
		return nil, fmt.Errorf("pdftotext: %v: %s", err, firstLine(msg))
	}
	return parseTSV(stdout.Bytes())
}

func pdftotextMessage(bin, path string, r io.ReaderAt, size int64) string {
	in := path
	if in == "" {
		in = "-"
	}
	ctx, cancel := context.WithTimeout(context.Background(), pdftotextTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-l", "1", in, "-")
	if path == "" {
		cmd.Stdin = io.NewSectionReader(r, 0, size)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = io.Discard
	_ = cmd.Run()
	return strings.TrimSpace(stderr.String())
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// parseTSV reads pdftotext's -tsv output: level 1 rows are pages (with
// their size), level 5 rows are words.
func parseTSV(data []byte) ([]pageWords, error) {
	var pages []pageWords
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	first := true
	var run []int // the words of the current line, by index on the last page
	for sc.Scan() {
		if first {
			first = false
			continue // header
		}
		f := strings.SplitN(sc.Text(), "\t", 12)
		if len(f) < 12 {
			continue
		}
		num := func(i int) float64 {
			v, _ := strconv.ParseFloat(f[i], 64)
			return v
		}
		switch f[0] {
		case "1":
			flushVertical(pages, run)
			run = run[:0]
			pages = append(pages, pageWords{w: num(8), h: num(9)})
		case "4":
			// a line: its words follow; a vertical line (rotated text)
			// is a run of words with one left edge, stacked
			flushVertical(pages, run)
			run = run[:0]
		case "5":
			if len(pages) == 0 {
				continue
			}
			top, h, w := num(7), num(9), num(8)
			p := &pages[len(pages)-1]
			p.words = append(p.words, word{x0: num(6), x1: num(6) + w, y: top + h/2, h: h, s: f[11]})
			run = append(run, len(p.words)-1)
		}
	}
	flushVertical(pages, run)
	for i := range pages {
		ws := pages[i].words[:0]
		for _, w := range pages[i].words {
			if !w.vert {
				ws = append(ws, w)
			}
		}
		pages[i].words = ws
	}
	return pages, sc.Err()
}

// flushVertical marks the words of one pdftotext line as rotated text when
// they share a left edge and stand one above another, or when the line is
// one word much taller than wide.
func flushVertical(pages []pageWords, run []int) {
	if len(pages) == 0 || len(run) == 0 {
		return
	}
	ws := pages[len(pages)-1].words
	if len(run) == 1 {
		w := ws[run[0]]
		if w.h > 3*(w.x1-w.x0) && utf8.RuneCountInString(w.s) >= 3 {
			ws[run[0]].vert = true
		}
		return
	}
	first := ws[run[0]]
	for _, i := range run[1:] {
		w := ws[i]
		if math.Abs(w.x0-first.x0) > 1 || math.Abs(w.y-first.y) < first.x1-first.x0 {
			return
		}
	}
	for _, i := range run {
		ws[i].vert = true
	}
}
