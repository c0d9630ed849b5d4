// Package prose holds the text helpers that the parser and the products
// share for reading the prose of pleadings: words, sentences (the project's
// one sentence splitter: byte spans of the text, abbreviations and citations
// kept together, sentences run together by lost spaces told apart), white
// space normalized, word overlap, Markdown marks stripped, admission and
// denial words, lack-of-knowledge clauses and the sentences they cover, and
// regexps guarded by a cheap substring test.
package prose
