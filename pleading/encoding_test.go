package pleading

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unicode/utf16"
)

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var out []byte
	if bom {
		if bigEndian {
			out = append(out, 0xFE, 0xFF)
		} else {
			out = append(out, 0xFF, 0xFE)
		}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// Defect 9 of #18: text is read as users save it, with a warning naming
// the encoding whenever it was a guess or bytes were replaced.
func TestDecodeText(t *testing.T) {
	const text = "1. Under § 1983, “Acme” admits.\n2. Second.\n"
	tests := []struct {
		name, enc string
		in        []byte
		want      string
		warn      string // in the warning; "" means none
		line      int
	}{
		{"utf-8", EncodingUTF8, []byte(text), text, "", 0},
		{"utf-8 bom", EncodingUTF8, append([]byte("\xEF\xBB\xBF"), text...), text, "", 0},
		{"utf-16le bom", EncodingUTF16LE, utf16Bytes(text, false, true), text, "", 0},
		{"utf-16be bom", EncodingUTF16BE, utf16Bytes(text, true, true), text, "", 0},
		{"utf-16le no bom", EncodingUTF16LE, utf16Bytes(text, false, false), text, "UTF-16LE (guessed", 1},
		{"windows-1252", EncodingCP1252, []byte("1. Under \xA7 1983, \x93Acme\x94 admits.\n2. Second.\n"), text, "Windows-1252 (guessed", 1},
		{"utf-8 with a broken byte", EncodingUTF8, []byte("1. Under § 1983, “Acme” admits.\n2. Sec\xFFond.\n"), "1. Under § 1983, “Acme” admits.\n2. Sec\uFFFDond.\n", "1 bytes are not valid UTF-8", 2},
		{"cr only", EncodingUTF8, []byte(strings.ReplaceAll(text, "\n", "\r")), text, "", 0},
		{"crlf", EncodingUTF8, []byte(strings.ReplaceAll(text, "\n", "\r\n")), text, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, w := DecodeText(tt.in)
			if got != tt.want || enc != tt.enc {
				t.Errorf("got %q (%s), want %q (%s)", got, enc, tt.want, tt.enc)
			}
			switch {
			case tt.warn == "" && w != nil:
				t.Errorf("unexpected warning %+v", w)
			case tt.warn != "" && (w == nil || !strings.Contains(w.Message, tt.warn) || w.Line != tt.line):
				t.Errorf("warning %+v, want %q at line %d", w, tt.warn, tt.line)
			}
		})
	}
}

// Defects 5 and 9 of #18: a FIFO, a device or an oversized text is refused
// with a clear error; CR-only and Windows-1252 pleadings parse.
func TestReadFileHostile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte("1. x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, MaxTextBytes+1); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(big, ""); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), big) {
		t.Errorf("big file: %v", err)
	}
	if _, err := ReadFile("/dev/zero", ""); !errors.Is(err, ErrNotRegular) {
		t.Errorf("/dev/zero: %v", err)
	}
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err == nil {
		if _, err := ReadFile(fifo, ""); !errors.Is(err, ErrNotRegular) {
			t.Errorf("fifo: %v", err)
		}
	}
	cr := filepath.Join(dir, "complaint.txt")
	body := "COMPLAINT\r\r1. Plaintiff is a corporation.\r2. Defendant sold \x93widgets\x94 under \xA7 5.\r"
	if err := os.WriteFile(cr, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := ParseFile(cr)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Paragraphs) != 2 || !strings.Contains(doc.Paragraphs[1].Text, "“widgets” under § 5") {
		t.Fatalf("paragraphs %+v", doc.Paragraphs)
	}
	if len(doc.Warnings) == 0 || !strings.Contains(doc.Warnings[0].Message, "Windows-1252") {
		t.Errorf("warnings %+v, want the Windows-1252 guess first", doc.Warnings)
	}
}
