package build

import (
	"bytes"
	"fmt"
	"html"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/pleadkit/pleadkit/generator"
	"github.com/pleadkit/pleadkit/generator/tmpl"
)

// The firm index's files, written at the root of a multi-case build.
const (
	IndexHTML     = "index.html"
	IndexMarkdown = "index.md"
)

// IndexDirs returns where the firm index of a build goes, with the results
// each index lists: opts.OutDir when set (every case), else ROOT/out for
// each root holding more than one case (the cases under it). A build of a
// single case has no index.
func IndexDirs(roots []string, opts Options, results []Result) map[string][]Result {
	out := map[string][]Result{}
	if len(results) < 2 {
		return out
	}
	if opts.OutDir != "" {
		out[opts.OutDir] = results
		return out
	}
	for _, root := range roots {
		var under []Result
		for _, r := range results {
			if rel, err := filepath.Rel(root, r.Dir); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				under = append(under, r)
			}
		}
		if len(under) > 1 {
			out[filepath.Join(root, "out")] = under
		}
	}
	return out
}

// WriteIndexes writes the firm index of every IndexDirs folder and returns
// the files written.
func WriteIndexes(roots []string, opts Options, results []Result) ([]string, error) {
	var written []string
	dirs := IndexDirs(roots, opts, results)
	keys := make([]string, 0, len(dirs))
	for d := range dirs {
		keys = append(keys, d)
	}
	sort.Strings(keys)
	for _, d := range keys {
		paths, err := WriteIndex(d, dirs[d])
		written = append(written, paths...)
		if err != nil {
			return written, err
		}
	}
	return written, nil
}

// WriteIndex writes the firm index of results into dir, as index.md and
// index.html: one row per case with its caption, court, case number,
// counts, findings by severity, whether the answer is in, when it was
// built, and links (relative, so the folder can be moved or shared) to
// every product and the binder. The HTML sorts by any column in the
// browser, from a local file, with no server and nothing loaded from
// elsewhere.
func WriteIndex(dir string, results []Result) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	rows := indexRows(dir, results)
	var paths []string
	for _, f := range []struct {
		name string
		data []byte
	}{{IndexMarkdown, indexMarkdown(rows)}, {IndexHTML, indexHTML(rows)}} {
		p := filepath.Join(dir, f.name)
		if err := generator.WriteFileAtomic(p, f.data); err != nil {
			return paths, fmt.Errorf("index: %w", err)
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// indexRow is one case of the index.
type indexRow struct {
	name   string
	info   CaseInfo
	known  bool // info is set
	failed string
	links  []indexLink
	binder *indexLink
}

// indexLink is one output file, by its name and its URL relative to the index.
type indexLink struct{ name, href string }

// indexRows turns results into rows, sorted by case name, with each file's
// link relative to dir.
func indexRows(dir string, results []Result) []indexRow {
	absDir, _ := filepath.Abs(dir)
	rows := make([]indexRow, 0, len(results))
	for _, r := range results {
		row := indexRow{name: r.Case}
		if r.Info != nil {
			row.info, row.known = *r.Info, true
		}
		if r.Failed() {
			row.failed = r.Errors[0]
		}
		outDir, _ := filepath.Abs(r.OutDir)
		for _, f := range r.Files {
			if r.OutDir == "" {
				break
			}
			rel, err := filepath.Rel(absDir, filepath.Join(outDir, f))
			if err != nil {
				continue
			}
			l := indexLink{name: f, href: hrefPath(rel)}
			if f == r.Binder {
				row.binder = &l
				continue
			}
			row.links = append(row.links, l)
		}
		rows = append(rows, row)
	}
	sort.SliceStable(rows, func(i, j int) bool { return strings.ToLower(rows[i].name) < strings.ToLower(rows[j].name) })
	return rows
}

// hrefPath turns a relative file path into a URL path, each segment escaped.
func hrefPath(rel string) string {
	parts := strings.Split(filepath.ToSlash(rel), "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

// answerText says whether the case's answer is in.
func (r indexRow) answerText() string {
	switch {
	case r.known && r.info.Answer:
		return "yes"
	case r.known:
		return "no"
	case strings.Contains(strings.ToLower(r.failed), "answer"):
		return "no"
	}
	return ""
}

// builtText is when the case was built, in UTC.
func (r indexRow) builtText() string {
	if !r.known || r.info.Built.IsZero() {
		return ""
	}
	return r.info.Built.UTC().Format("2006-01-02 15:04") + " UTC"
}

// number formats a count, or "" when the case has no info.
func (r indexRow) number(n int) string {
	if !r.known {
		return ""
	}
	return strconv.Itoa(n)
}

// indexMarkdown is the index as a GFM table.
func indexMarkdown(rows []indexRow) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Case index\n\n%d cases, built by pleadkit.\n\n", len(rows))
	b.WriteString("| Case | Caption | Court | Case No. | ¶¶ | Counts | Defenses | Errors | Warnings | Notes | Answer | Built | Products | Binder |\n")
	b.WriteString("|---|---|---|---|---:|---:|---:|---:|---:|---:|---|---|---|---|\n")
	link := func(l indexLink) string { return "[" + tmpl.Cell(l.name) + "](<" + l.href + ">)" }
	for _, r := range rows {
		var products []string
		for _, l := range r.links {
			products = append(products, link(l))
		}
		if r.failed != "" {
			products = append([]string{"**failed:** " + tmpl.Cell(r.failed)}, products...)
		}
		binder := ""
		if r.binder != nil {
			binder = link(*r.binder)
		}
		cells := []string{tmpl.Cell(r.name), tmpl.Cell(r.info.Title), tmpl.Cell(r.info.Court), tmpl.Cell(r.info.CaseNumber),
			r.number(r.info.Paragraphs), r.number(r.info.Counts), r.number(r.info.Defenses),
			r.number(r.info.Errors), r.number(r.info.Warnings), r.number(r.info.Infos),
			r.answerText(), r.builtText(), strings.Join(products, "<br>"), binder}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	return b.Bytes()
}

// indexHTML is the index as one standalone page whose table sorts by a
// click on any column heading (a few lines of inline script).
func indexHTML(rows []indexRow) []byte {
	var b bytes.Buffer
	e := html.EscapeString
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"pleadkit\">\n<title>Case index</title>\n<style>\n")
	b.WriteString(indexCSS)
	b.WriteString("</style>\n</head>\n<body>\n<main>\n<h1>Case index</h1>\n")
	fmt.Fprintf(&b, "<p>%d cases, built by pleadkit. Click a column heading to sort.</p>\n", len(rows))
	b.WriteString("<table id=\"cases\">\n<thead><tr>")
	for _, h := range []struct {
		label string
		num   bool
	}{{"Case", false}, {"Caption", false}, {"Court", false}, {"Case No.", false}, {"¶¶", true}, {"Counts", true}, {"Defenses", true},
		{"Errors", true}, {"Warnings", true}, {"Notes", true}, {"Answer", false}, {"Built", false}, {"Products", false}, {"Binder", false}} {
		kind := "text"
		if h.num {
			kind = "num"
		}
		fmt.Fprintf(&b, "<th data-sort=\"%s\" tabindex=\"0\">%s</th>", kind, e(h.label))
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	for _, r := range rows {
		cls := ""
		if r.failed != "" {
			cls = " class=\"failed\""
		}
		fmt.Fprintf(&b, "<tr%s><td>%s</td><td>%s</td><td>%s</td><td>%s</td>", cls, e(r.name), e(r.info.Title), e(r.info.Court), e(r.info.CaseNumber))
		for _, n := range []int{r.info.Paragraphs, r.info.Counts, r.info.Defenses, r.info.Errors, r.info.Warnings, r.info.Infos} {
			fmt.Fprintf(&b, "<td class=\"n\">%s</td>", r.number(n))
		}
		fmt.Fprintf(&b, "<td>%s</td><td>%s</td><td>", e(r.answerText()), e(r.builtText()))
		if r.failed != "" {
			fmt.Fprintf(&b, "<strong>failed:</strong> %s<br>", e(r.failed))
		}
		for i, l := range r.links {
			if i > 0 {
				b.WriteString("<br>")
			}
			fmt.Fprintf(&b, "<a href=\"%s\">%s</a>", e(l.href), e(l.name))
		}
		b.WriteString("</td><td>")
		if r.binder != nil {
			fmt.Fprintf(&b, "<a href=\"%s\">%s</a>", e(r.binder.href), e(r.binder.name))
		}
		b.WriteString("</td></tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n</main>\n<script>\n")
	b.WriteString(indexScript)
	b.WriteString("</script>\n</body>\n</html>\n")
	return b.Bytes()
}

// indexCSS styles the index page.
const indexCSS = `body { font: 14px/1.4 Georgia, "Times New Roman", serif; margin: 1.5rem; color: #111; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: .3rem .45rem; vertical-align: top; text-align: left; }
th { background: #e2e2e2; cursor: pointer; user-select: none; position: sticky; top: 0; }
th[aria-sort="ascending"]::after { content: " ▲"; }
th[aria-sort="descending"]::after { content: " ▼"; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr:nth-child(even) td { background: #f7f7f7; }
tr.failed td { background: #fde8e8; }
a { color: #036; }
@media print { th { position: static; } }
`

// indexScript sorts the table by the clicked column: numbers as numbers,
// text case-insensitively; a second click reverses.
const indexScript = `(function () {
  var table = document.getElementById("cases");
  var heads = table.tHead.rows[0].cells;
  function sortBy(col) {
    var th = heads[col];
    var asc = th.getAttribute("aria-sort") !== "ascending";
    for (var i = 0; i < heads.length; i++) heads[i].removeAttribute("aria-sort");
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    var num = th.getAttribute("data-sort") === "num";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].textContent.trim(), y = b.cells[col].textContent.trim();
      var c;
      if (num) {
        var nx = x === "" ? -Infinity : Number(x), ny = y === "" ? -Infinity : Number(y);
        c = nx - ny;
      } else {
        c = x.localeCompare(y, undefined, {sensitivity: "base", numeric: true});
      }
      return asc ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  for (var i = 0; i < heads.length; i++) {
    (function (col) {
      heads[col].addEventListener("click", function () { sortBy(col); });
      heads[col].addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); sortBy(col); } });
    })(i);
  }
})();
`
