// Package sheet writes tables (rows of numbers and text with named
// columns) as an Excel workbook, one sheet per table, and as CSV.
//
// A workbook is made with excelize (github.com/xuri/excelize/v2), a
// maintained BSD-licensed writer, rather than hand-written SpreadsheetML:
// each sheet has its header row frozen and bold, an autofilter over the
// table, column widths from the content (or as a Column says), long text
// wrapped and aligned to the top, and numbers stored as numbers so they
// sort and sum. CSV is RFC 4180 (every field quoted where it must be, CRLF
// line ends) in UTF-8, with an optional byte-order mark so Excel reads the
// ¶ and § signs right.
package sheet

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Column is one column of a table.
type Column struct {
	Name  string
	Width float64 // in characters; 0 sizes the column by its content
	Wrap  bool    // long text: wrap inside the cell
}

// Table is a named table: the header row is the column names.
type Table struct {
	Name    string // sheet name and CSV file suffix, e.g. "chart", "findings"
	Columns []Column
	// Rows hold int, float64, string, bool or nil values, one per column.
	Rows [][]any
}

// Props are the workbook's document properties.
type Props struct {
	Title   string
	Subject string // the case
	Created time.Time
}

// Excel's limits.
const (
	maxCellText  = 32767
	maxSheetName = 31
	maxAutoWidth = 60.0
	wrapWidth    = 50.0 // width of a wrapped column sized by content
)

// XLSX writes tables as a workbook onto w, one sheet per table in order.
func XLSX(w io.Writer, tables []Table, p Props) (err error) {
	if len(tables) == 0 {
		return fmt.Errorf("write xlsx: no tables")
	}
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("write xlsx: %w", cerr)
		}
	}()
	head, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E2E2E2"}},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
		Border:    []excelize.Border{{Type: "bottom", Color: "A0A0A0", Style: 1}},
	})
	if err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	plain, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	if err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	names := map[string]bool{}
	for i, t := range tables {
		name := sheetName(t.Name, names)
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				return fmt.Errorf("write xlsx: %w", err)
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return fmt.Errorf("write xlsx: sheet %s: %w", name, err)
		}
		if err := writeSheet(f, name, t, head, plain, wrap); err != nil {
			return fmt.Errorf("write xlsx: sheet %s: %w", name, err)
		}
	}
	f.SetActiveSheet(0)
	created := p.Created
	if created.IsZero() {
		created = time.Now()
	}
	stamp := created.UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{Title: p.Title, Subject: p.Subject, Creator: "pleadkit", Created: stamp, Modified: stamp}); err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	return nil
}

// writeSheet writes one table into the sheet name.
func writeSheet(f *excelize.File, name string, t Table, head, plain, wrap int) error {
	cols := max(len(t.Columns), 1)
	for i, c := range t.Columns {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(name, col, col, columnWidth(t, i, c)); err != nil {
			return err
		}
	}
	header := make([]any, len(t.Columns))
	for i, c := range t.Columns {
		header[i] = c.Name
	}
	if err := f.SetSheetRow(name, "A1", &header); err != nil {
		return err
	}
	row := make([]any, len(t.Columns))
	for r, values := range t.Rows {
		for i := range row {
			row[i] = nil
			if i < len(values) {
				row[i] = cellValue(values[i])
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := f.SetSheetRow(name, cell, &row); err != nil {
			return err
		}
	}
	last, _ := excelize.CoordinatesToCellName(cols, len(t.Rows)+1)
	lastHead, _ := excelize.CoordinatesToCellName(cols, 1)
	if err := f.SetCellStyle(name, "A1", lastHead, head); err != nil {
		return err
	}
	if len(t.Rows) > 0 {
		for i, c := range t.Columns {
			st := plain
			if c.Wrap {
				st = wrap
			}
			top, _ := excelize.CoordinatesToCellName(i+1, 2)
			bottom, _ := excelize.CoordinatesToCellName(i+1, len(t.Rows)+1)
			if err := f.SetCellStyle(name, top, bottom, st); err != nil {
				return err
			}
		}
	}
	if err := f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	return f.AutoFilter(name, "A1:"+last, nil)
}

// cellValue returns v as the workbook stores it: numbers as numbers, text
// cut to Excel's cell limit.
func cellValue(v any) any {
	switch x := v.(type) {
	case string:
		if len(x) > maxCellText {
			cut := maxCellText - 1
			for cut > 0 && !utf8.RuneStart(x[cut]) {
				cut--
			}
			return x[:cut] + "…"
		}
		return x
	case nil:
		return nil
	}
	return v
}

// columnWidth returns a column's width in characters: its own, or its
// longest line (header included), within bounds.
func columnWidth(t Table, i int, c Column) float64 {
	if c.Width > 0 {
		return c.Width
	}
	w := float64(utf8.RuneCountInString(c.Name)) + 2 // room for the filter button
	for _, r := range t.Rows {
		if i >= len(r) {
			continue
		}
		for _, line := range strings.Split(text(r[i]), "\n") {
			w = max(w, float64(utf8.RuneCountInString(line))+1)
		}
	}
	if c.Wrap {
		return min(w, wrapWidth)
	}
	return min(max(w, 6), maxAutoWidth)
}

// sheetName makes name a valid, unused sheet name: no []:*?/\, at most 31
// characters, unique (case-insensitively) within the workbook.
func sheetName(name string, used map[string]bool) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '-'
		}
		return r
	}, strings.Trim(strings.TrimSpace(name), "'"))
	if name == "" {
		name = "Sheet"
	}
	base := truncate(name, maxSheetName)
	name = base
	for n := 2; used[strings.ToLower(name)]; n++ {
		suffix := " " + strconv.Itoa(n)
		name = truncate(base, maxSheetName-len(suffix)) + suffix
	}
	used[strings.ToLower(name)] = true
	return name
}

// truncate cuts s to at most n runes.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// text returns a cell value as CSV writes it.
func text(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		if x {
			return "yes"
		}
		return "no"
	}
	return fmt.Sprint(v)
}

// CSV writes a table as RFC 4180 CSV in UTF-8 onto w, header row first,
// with a byte-order mark first when bom is set (Excel needs one to read
// UTF-8). Text that a spreadsheet would run as a formula (starting with =,
// +, @ or a - that starts no number) is prefixed with an apostrophe.
func CSV(w io.Writer, t Table, bom bool) error {
	bw := bufio.NewWriter(w)
	if bom {
		bw.WriteString("\uFEFF")
	}
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	rec := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		rec[i] = c.Name
	}
	if err := cw.Write(rec); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for _, r := range t.Rows {
		for i := range rec {
			rec[i] = ""
			if i < len(r) {
				rec[i] = text(r[i])
				if _, ok := r[i].(string); ok {
					rec[i] = defuse(rec[i])
				}
			}
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// defuse keeps a spreadsheet from reading text as a formula.
func defuse(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '@', '\t', '\r':
		return "'" + s
	case '-':
		if len(s) == 1 || s[1] < '0' || s[1] > '9' {
			return "'" + s
		}
	}
	return s
}
