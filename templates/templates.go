// Package templates holds pleadkit's built-in templates and libraries as
// embedded data: every *.toml file in this directory, and the shared
// partials in partials/*.md.tmpl.
//
// A file with a top-level body is a template (see package
// github.com/pleadkit/pleadkit/generator/tmpl for the format); any other
// file is a library (the claim-element library, the defense catalogue) read
// by the package that needs it. A case folder's own templates/ directory
// overrides these by name; `pleadkit templates init DIR` copies them there.
package templates

import "embed"

// FS is the built-in templates and libraries, one *.toml file each.
//
//go:embed *.toml partials
var FS embed.FS
