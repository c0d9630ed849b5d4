// Package checklist builds the defense checklist: [Build] matches each
// affirmative defense of the answer of a [*joined.Case] to the defense
// catalogue, resolves it to the counts it answers (target.go), finds the
// facts it pleads (facts.go), flags what a lawyer would raise, and lists the
// FRCP 8(c)(1) defenses not pleaded and the fate of the FRCP 12(b)(2)–(5)
// defenses (rule12.go). It imports no other product.
package checklist
