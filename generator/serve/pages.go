package serve

import (
	"bytes"
	"html/template"
	"net/http"
	"strings"
	"time"
)

// pages are the server's own pages. html/template escapes everything a
// pleading or a template file puts in them.
var pages = template.Must(template.New("pages").Funcs(template.FuncMap{
	"since": func(t time.Time) string {
		if t.IsZero() {
			return "—"
		}
		return t.Format("15:04:05")
	},
	"ms":    func(d time.Duration) string { return d.Round(time.Millisecond).String() },
	"upper": strings.ToUpper,
}).Parse(`
{{define "head"}}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.}} — pleadkit</title>
<link rel="stylesheet" href="/_pleadkit/style.css">
<script src="/_pleadkit/app.js" defer></script>
</head>{{end}}

{{define "dashboard"}}{{template "head" "Cases"}}
<body data-live="*" data-gen="{{.Gen}}">
<header class="bar"><strong>pleadkit</strong> <span class="muted">{{len .Cases}} case{{if ne (len .Cases) 1}}s{{end}} · live</span></header>
<main>
<table class="cases sortable">
<thead><tr>
<th data-type="text">Case</th><th data-type="text">Court</th><th data-type="text">No.</th>
<th data-type="num">¶¶</th><th data-type="num">Counts</th>
<th data-type="num">Errors</th><th data-type="num">Warnings</th><th data-type="num">Info</th>
<th data-type="text">Answer</th><th data-type="text">Build</th><th>Products</th>
</tr></thead>
<tbody>
{{range .Cases}}<tr id="case-{{.ID}}"{{if .Failed}} class="failed"{{end}}>
<td><a href="/case/{{.ID}}">{{.Name}}</a></td>
<td>{{.Court}}</td><td>{{.Number}}</td>
<td class="n">{{.Paragraphs}}</td><td class="n">{{.Counts}}</td>
<td class="n sev-error">{{.Errors}}</td><td class="n sev-warning">{{.Warnings}}</td><td class="n">{{.Infos}}</td>
<td>{{if .Answer}}in{{else}}<em>awaiting</em>{{end}}</td>
<td>{{if .Failed}}<span class="sev-error">failed</span>{{else}}ok {{since .Built}}{{end}}</td>
<td>{{$c := .}}{{range .Products}}{{$p := .}}<a href="/case/{{$c.ID}}/{{.Name}}">{{.Title}}</a>{{range .OtherFormats}} <a class="fmt" href="/case/{{$c.ID}}/files/{{$p.File .}}">{{upper .}}</a>{{end}}<br>{{end}}</td>
</tr>{{end}}
</tbody></table>
</main></body></html>{{end}}

{{define "product"}}{{template "head" .Title}}
<body data-live="{{.Case.ID}}" data-gen="{{.Case.Gen}}">
<header class="bar">
<a href="/">All cases</a> › <strong>{{.Case.Name}}</strong>
<nav>{{range .Case.Products}}<a href="/case/{{$.Case.ID}}/{{.Name}}"{{if eq .Name $.Product.Name}} class="here"{{end}}>{{.Title}}</a>{{end}}</nav>
{{with .Product.Name}}<span class="formats">{{range $.Product.OtherFormats}}<a href="/case/{{$.Case.ID}}/files/{{$.Product.File .}}">{{upper .}}</a> {{end}}<a href="/case/{{$.Case.ID}}/{{$.Product.Name}}/template">Template</a></span>{{end}}
</header>
{{if .Case.Failed}}<main class="error" id="build-error">
<h1>The build failed</h1>
{{range .Case.Problems}}<section class="problem">
{{if .Where}}<p class="where">{{.Where}}</p>{{end}}
<p class="msg">{{.Message}}</p>
{{if .Source}}<pre class="src"><span class="ln">{{.Line}}</span> {{.Source}}
{{if .Caret}}<span class="ln"> </span> {{.Caret}}{{end}}</pre>{{end}}
</section>{{end}}
<p class="muted">The page comes back by itself when the file is fixed.</p>
</main>
{{else if .Product.File "html"}}<div class="split">
<iframe id="product" name="product" title="{{.Product.Title}}" sandbox="allow-same-origin allow-popups" src="/case/{{.Case.ID}}/{{.Product.Name}}/view"></iframe>
{{if .Findings}}<aside class="findings"><h2>Findings</h2><ol>
{{range .Findings}}<li class="sev-{{.Severity}}">{{if .Paragraph}}<a href="/case/{{$.Case.ID}}/{{$.Product.Name}}/view#p{{.Paragraph}}" target="product">¶{{.Paragraph}}</a> {{end}}<strong>{{.Label}}</strong> {{.Message}}</li>
{{end}}</ol></aside>{{end}}
</div>
{{else}}<main><p>This product has no HTML rendering: add <code>"html"</code> to the <code>formats</code> of its template or case.toml.</p></main>{{end}}
</body></html>{{end}}

{{define "template"}}{{template "head" .Title}}
<body data-live="{{.Case.ID}}" data-gen="{{.Case.Gen}}">
<header class="bar"><a href="/">All cases</a> › <a href="/case/{{.Case.ID}}/{{.Product.Name}}">{{.Case.Name}} — {{.Product.Title}}</a> › template</header>
<main><p class="where">{{.Product.Origin}} <span class="muted">(read-only)</span></p>
<pre class="src">{{.Product.Source}}</pre></main>
</body></html>{{end}}
`))

// Source returns the text of the product's template file.
func (p product) Source() string { return p.source }

// render executes one page into a buffer first, so a failure sends no half page.
func render(w http.ResponseWriter, name string, data any) {
	var b bytes.Buffer
	if err := pages.ExecuteTemplate(&b, name, data); err != nil {
		http.Error(w, "page: "+err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", pageCSP)
	w.Write(b.Bytes())
}

// serveDashboard shows every case.
func (s *Server) serveDashboard(w http.ResponseWriter, r *http.Request) {
	cases := s.snapshot()
	gen := 0
	for _, c := range cases {
		gen += c.Gen
	}
	render(w, "dashboard", struct {
		Cases []*caseState
		Gen   int
	}{cases, gen})
}

// serveProduct shows a product's HTML in a frame, with its findings beside it,
// or the build's error in its place.
func (s *Server) serveProduct(w http.ResponseWriter, r *http.Request, c *caseState, p product) {
	var findings any
	if p.Name == "response-chart" || strings.Contains(p.Name, "chart") {
		findings = c.Findings
	}
	render(w, "product", struct {
		Title    string
		Case     *caseState
		Product  product
		Findings any
	}{c.Name + " — " + p.Title, c, p, findings})
}

// serveTemplate shows the product's template file, read-only.
func (s *Server) serveTemplate(w http.ResponseWriter, r *http.Request, c *caseState, p product) {
	render(w, "template", struct {
		Title   string
		Case    *caseState
		Product product
	}{c.Name + " — template", c, p})
}
