// Package joined holds the joined case: a complaint and its answer, one
// [Row] per numbered paragraph of the complaint with the answer's responses
// that cover it (a response lists in Answers the complaint paragraphs it
// answers; several may touch one paragraph), the class that results, the
// admitted statements, the source lines and pages of both pleadings, and
// who the parties are. A paragraph no response covers is not answered:
// deemed admitted under FRCP 8(b)(6), unless the answer pleads a general
// denial, which then covers it.
//
// [Join] builds it. Every product (the chart's findings and deposition
// lists, the claim-element matrix, the defense checklist) is built from a
// [*Case] and does not change it; package generator, which assembles the
// products, copies the chart's findings onto the rows (Row.Findings). The
// package imports no product.
package joined
