// Package tmpl reads pleadkit's templates, finds the one a case uses, and
// runs it to Markdown.
//
// # The file
//
// A template is one TOML file:
//
//	name = "response-chart"          # default: the file's stem
//	title = "Response Chart"
//	description = "Each allegation beside its response."
//	output = "response-chart"        # output file stem; default: name
//	formats = ["md", "pdf", "html"]  # default: these three; also "docx", "xlsx", "csv"
//	body = '''
//	| ¶ | Allegation |
//	|---:|---|
//	{{- range .Rows }}
//	| {{ .Number }} | {{ truncate (option "allegation_words") .Allegation | cell }} |
//	{{- end }}
//	'''
//
//	[page]
//	size = "letter"                  # letter (default), a4, legal
//	orientation = "landscape"        # portrait (default), landscape
//	font_size = 10                   # points, 6 to 24; default 11
//	margins = 1.0                    # inches: a number, or {top, right, bottom, left}; default 1
//	column_widths = [8, 92]          # relative, for tables with exactly that many columns
//
//	[page.tables.chart]              # one table: under the heading with id "chart", or [page.tables.2]
//	column_widths = [4, 42, 16, 26, 12]  # must match its columns (else an error at this line)
//
//	[options]
//	allegation_words = 0             # the template's own settings, read with {{ option "name" }}
//
// body is a text/template (missingkey=error) writing GitHub-flavored
// Markdown; it must come before the first [table] header. An unknown key,
// a value out of range, and a TOML, template parse or execution error are
// each an *Error at the file's line and column (inside body, the line of
// the file), saying what to fix. Parse collects every problem of a file in
// an ErrorList.
//
// # The store
//
// Load reads a case folder's templates/*.toml, then the built-ins (package
// github.com/pleadkit/pleadkit/templates) for every name the case does not
// take; each Template records its Origin ("builtin:NAME.toml" or a path)
// and, when it overrides a built-in, Shadows. A TOML file that sets none
// of the template keys at its top level is a library (elements.toml,
// defenses.toml: their data sits under [[claim]], [[defense]]) and is
// skipped. Init copies the built-ins into a folder.
//
// # Functions
//
// Funcs is the registry of the functions a body may call, each with its
// documentation and examples; FUNCS.md and the README's table are
// generated from it. None reads files, the network, the clock or the
// environment. Cell and Inline are the escapers behind cell and md.
package tmpl
