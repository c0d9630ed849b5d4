// Package pleading holds the model of a civil pleading (a complaint or an
// answer) and the parser that reads one from text.
//
// # What the parser reads
//
// Parse reads plain text or Markdown: the text of a filed PDF as a court's
// e-filing system or a text extractor gives it, or a pleading typed in
// Markdown. ParseFile also reads .pdf and .docx files, through package
// extract. The parser works line by line with a small set of recognizers,
// in the manner of golang.org/x/tools/present: each line is page furniture,
// a heading, the start of a numbered paragraph, or text that continues
// whatever is open.
//
// Page furniture is removed first, keeping every line's source number:
//
//   - e-filing stamps ("Case 1:14-cv-01559-RWS Document 43 Filed 02/18/15
//     Page 3 of 27", "Case: 2:18-cv-00907 Doc #: 12 ... PageID #: 123", and
//     their OCR slips), which also give the page number of what follows;
//   - lines that are only a page number ("2", "- 2 -", "Page 4 of 10");
//   - pleading-paper line numbers 1–28 at the start of lines, when most
//     lines carry them in climbing order;
//   - Markdown and HTML emphasis (**bold**, *italic*, <i>..</i>) and
//     Markdown escapes (\$), and OCR slips such as "DE~'Y" (DENY) and
//     "ANS\VER" (ANSWER).
//
// The part before paragraph 1 is the caption: counsel blocks, the court
// ("UNITED STATES DISTRICT COURT / SOUTHERN DISTRICT OF NEW YORK"), the
// parties on either side of "v." / "vs." / "- against -" down to
// "Plaintiff," and "Defendant." (in one column, or in the left column of a
// ")" or ":" rule), the case number ("Case No.", "Index No.", "Civil Action
// No."; the first e-filing stamp when the caption's is unreadable), and the
// title (the last line naming a COMPLAINT or an ANSWER). The title decides
// the kind; without one, the text does (responses admit and deny).
//
// Paragraph 1 is the first line "1. Text" that is not a caption list of
// claims ("COMPLAINT FOR: 1. BREACH OF CONTRACT;"). After it:
//
//   - A numbered paragraph starts at a line "N. Text" where N follows the
//     last number (a gap of up to five, or a repeat, is read with a
//     warning). "11-12." and "20.-26." start one paragraph answering a
//     range. A number that does not fit ("2006. ...", a wrapped "8." after
//     "...of Paragraph") is text.
//   - Any other line continues the open paragraph, even when it starts with
//     a capital: blank lines are page breaks as often as paragraph breaks.
//   - Headings close the open paragraph: roman-numbered ("III. GENERAL
//     ALLEGATIONS"), lettered ("B. The Parties' Contracts"), lines in
//     capitals ("JURISDICTION AND VENUE"), and unnumbered sub-headings (a
//     short line, not a sentence, after a finished paragraph and before a
//     numbered one: "24/7 injects spyware into LivePerson's technology").
//   - Counts: "COUNT I", "COUNT ONE:", "FIRST CLAIM FOR RELIEF", "CLAIM FOR
//     RELIEF", "FIRST CAUSE OF ACTION". The lines up to the next paragraph
//     give the title and the statute ("Copyright Infringement, 17 U.S.C. §
//     101 et seq."; "(Injunctive Relief under 42 U.S.C. § 7603)"). Every
//     paragraph until the next count or the prayer belongs to the count; the
//     count's first paragraph gives the range it re-alleges ("paragraphs
//     1-55, inclusive", "paragraphs thirteen (13) through twenty-six (26)",
//     "all preceding paragraphs"). A complaint that pleads its claims under
//     one heading ("STATEMENT OF CLAIMS") without counts gets one implied count.
//   - The prayer: "PRAYER FOR RELIEF" then "WHEREFORE ...", then items
//     numbered on their own ("1.", "a.", "(b)", "C."), never mixed with
//     paragraphs. A numbered paragraph that continues the sequence before the
//     WHEREFORE is still a paragraph. A jury demand or the signature ends it.
//   - Answers: "AFFIRMATIVE DEFENSES" opens the defenses, each headed
//     "FIRST AFFIRMATIVE DEFENSE" with a parenthesized title, or "First
//     Affirmative Defense - Title", or numbered under the heading; the
//     answer's response to the prayer ("ANSWER AS TO PRAYER FOR RELIEF") is
//     kept apart; "COUNTERCLAIMS" starts paragraphs numbered on their own.
//   - The signature ("Dated:", "Respectfully submitted", "/s/", "By:") and
//     the certificate of service end the body.
//
// # Responses
//
// Each numbered paragraph of an answer is a Response. It answers the
// paragraphs its opening names ("In answer to Paragraph 3", "Answering
// paragraphs 12 through 15", "PARAGRAPH ONE (1) is", "the allegations of
// paragraphs 1 through 7"), or, in an answer numbered like its complaint,
// the paragraph of its own number ("12. Admitted."). A response that names
// no paragraph may answer a section ("the paragraph entitled 'Nature of the
// Action'"), the prayer, or be the general denial; Target says which.
//
// Its facets are read from its sentences, not guessed from its position:
// Admits (with the admitting sentences quoted in Admitted), Denies (not
// counting a denial for lack of knowledge, nor one made only "to the extent
// a response is required"), LacksKnowledge (FRCP 8(b)(5)),
// RefersToDocument ("respectfully refers the Court to", "speaks for
// itself"), LegalConclusion ("no response is required"), and Incorporates
// (with the range). Class summarizes them.
//
// # Errors
//
// An empty or binary file, or one without numbered paragraphs, is an
// *Error naming the file; errors.Is finds ErrEmpty, ErrBinary and
// ErrNoParagraphs. Everything else the parser can read past — skipped or
// repeated numbers, a response that names no paragraph, a count without
// paragraphs — is a Warning with its line.
package pleading
