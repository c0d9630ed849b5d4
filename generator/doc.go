// Package generator joins a complaint and its answer into an analyzed case —
// the data every template runs on — and renders templates to files.
//
// # Analysis
//
// [Analyze] makes one [Row] per numbered paragraph of the complaint: the
// answer's responses that cover it (a response lists in Answers the complaint
// paragraphs it answers; several may touch one paragraph), the class that
// results, the admitted statements, and the source lines of both pleadings.
// A paragraph no response covers is not answered: deemed admitted under
// FRCP 8(b)(6), unless the answer pleads a general denial, which then covers it.
//
// The [Summary] counts the rows by class (the counts add up to the number of
// paragraphs), by section and by count. The deposition lists are the
// admissions to lock in, the denials to probe (with the discovery that would
// prove each allegation) and the lack-of-knowledge responses to test (with why
// the answering party should know).
//
// # Findings
//
// Each [Finding] names the complaint paragraph, the answer paragraph and
// their lines, a severity and a stable code:
//
//	not-answered          error    no response and no general denial: deemed admitted
//	general-denial-only   warning  only the general denial covers the paragraph
//	incorporation-range   warning  the response incorporates another range than the complaint re-alleges
//	self-knowledge        warning  lack of knowledge of facts about the answering party itself
//	copied-response       warning  a substantive response repeated for a different allegation
//	refers-to-document    info     "the document speaks for itself" (warning with no denial beside it)
//	legal-conclusion-only info     "no response is required" without a denial
//	unknown-paragraph     warning  a response to a paragraph the complaint does not have
//	answered-twice        warning  two responses of their own to one paragraph (a numbering slip?)
//	caption-mismatch      warning  case numbers or parties differ between the captions
//
// # Output
//
// [Render] runs a template on a case and renders its Markdown to PDF and
// HTML; [WriteOutputs] writes the files atomically.
package generator
