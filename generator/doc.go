// Package generator assembles the data templates run on and renders it.
//
// [Analyze] joins a complaint and its answer ([joined.Join]), builds the
// response chart's findings, summary and deposition lists from the joined
// case ([chart.Build]) and copies each finding onto its row: the [Case]
// every template runs on. The other products are built from it when a
// template asks for them: {{ .Matrix }} ([matrix.Build]) and
// {{ .Checklist }} ([checklist.Build]), over the libraries the case folder
// uses ([CaseLibraries]). Views that combine two products are put
// together here, never inside a product package.
//
// # Output
//
// [Render] runs a template on a case and renders its Markdown to PDF and
// HTML; [WriteOutputs] writes the files atomically.
//
// # Where things live
//
//	generator/joined     the joined case: rows, responses, classes, admitted clauses, parties, pages
//	generator/chart      findings, summary, deposition lists
//	generator/matrix     the claim-element matrix
//	generator/checklist  the defense checklist
//	generator/library    element and defense libraries (TOML)
//	generator/tmpl       template store and functions
//	generator/render     Markdown to PDF and HTML
//	generator/build      case folders, batch, manifests
//	pleading/prose       text helpers shared with the parser: words, sentences, clauses, negation
//
// A new product is a package beside chart, matrix and checklist that
// imports joined (and library) but no other product, with one Build entry;
// this package calls it and exposes its result to templates.
package generator
