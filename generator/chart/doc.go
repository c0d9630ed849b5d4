// Package chart builds what the response chart adds to the joined case:
// the findings, the summary and the deposition lists. [Build] takes a
// [*joined.Case] and returns a [Chart]; it imports no other product.
//
// # Findings
//
// Each finding names the complaint paragraph, the answer paragraph and
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
// # Summary and deposition lists
//
// The [Summary] counts the rows by class (the counts add up to the number of
// paragraphs), by section and by count. The deposition lists are the
// admissions to lock in, the denials to probe (with the discovery that would
// prove each allegation) and the lack-of-knowledge responses to test (with
// why the answering party should know).
package chart
