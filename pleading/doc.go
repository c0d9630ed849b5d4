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
//     "ANS\VER" (ANSWER);
//   - running page footers that name the pleading and the page with the
//     filer's address block around them ("COMPLAINT - Page 2", as western
//     courts' pleading paper prints them), law firms' document numbers at
//     the foot of a page ("\\NY-090334/010215-947101 v7", "CHI 10635505.2"),
//     and the stray marks OCR reads in a scan's margin ("I", "t", "~", a
//     lone "!" or a mark after a run of spaces); bullets before an item.
//
// A paragraph number alone on its line ("1." with the text on the next
// line, as Texas pleadings set it) is joined to its text. Control
// characters (U+0003) become spaces; compact stamps whose spaces were lost
// ("Case3:06-cv-01905-JSW Document335 Filed09/23/09 Page1 of 5") are stamps.
//
// Each line carries its page: from e-filing stamps, from form feeds (PDF
// pages), or else from the page numbers printed at the foot of the pages
// when they climb at a steady pace (stray numbers and OCR'd "J 11" told
// apart by the chain they form); with none of these the page is 0,
// unknown.
//
// The part before paragraph 1 is the caption: counsel blocks, the court
// ("UNITED STATES DISTRICT COURT / SOUTHERN DISTRICT OF NEW YORK"), the
// parties on either side of "v." / "vs." / "- against -" down to
// "Plaintiff," and "Defendant." (in one column, or in the left column of a
// ")", ":" or "§" rule; intervenors join the plaintiffs), the case number
// ("Case No.", "Index No.", "Civil Action No.", N.D. Ill.'s "No. 02 C 4594",
// a number standing below its label; the first e-filing stamp when the
// caption's is unreadable), and the title (the last line naming a
// COMPLAINT or an ANSWER, in capitals or a short one in title case such as
// "Complaint-in-Intervention", also in the right column: "Plaintiff,
// COMPLAINT"; a title broken over two lines is joined, "SECOND AMENDED" /
// "COMPLAINT" and "ANSWER OF DEFENDANTS ... TO" / "PLAINTIFFS' CLASS ACTION
// COMPLAINT"; a title whose spaces were lost, "ANSWEROFDEFENDANTS,TO", is
// read from its letters). A title naming an answer makes an answer, even
// when it also names the complaint answered; without a title, the text
// decides (responses admit and deny). Paragraphs that mostly respond to
// allegations ("Defendants deny the allegations of paragraph 2") make an
// answer whatever the title says: an answer is never read as a complaint.
//
// Paragraph 1 is the first line "1. Text" that is not a caption list of
// claims ("COMPLAINT FOR: 1. BREACH OF CONTRACT;"). After it:
//
//   - A numbered paragraph starts at a line "N. Text" where N follows the
//     last number (a gap of up to five, or a repeat, is read with a
//     warning); "12.Defendants" with its space lost too. OCR noise where
//     a paragraph starts is read past with a warning: junk before the
//     number ("n* 80."), a bullet for the period ("4 • Text"), no period
//     after a finished sentence ("6 Text"), and a number misread so it
//     breaks the sequence when the next paragraph confirms it. "11-12." and "20.-26." start one paragraph answering a
//     range. A number OCR misread as letters ("I 08." for 108) is read when
//     it is the number expected. A number that does not fit ("2006. ...", a
//     wrapped "8." after "...of Paragraph") is text.
//   - Any other line continues the open paragraph, even when it starts with
//     a capital: blank lines are page breaks as often as paragraph breaks.
//   - Headings close the open paragraph: roman-numbered ("III. GENERAL
//     ALLEGATIONS"), lettered ("B. The Parties' Contracts"), lines in
//     capitals ("JURISDICTION AND VENUE"), and unnumbered sub-headings (a
//     short line, not a sentence, after a finished paragraph and before a
//     numbered one: "24/7 injects spyware into LivePerson's technology",
//     "Parties", "Jurisdiction And Venue", a plaintiff's name "Samuel E.",
//     two stacked).
//   - Counts: "COUNT I", "COUNT ONE:", "FIRST CLAIM FOR RELIEF", "CLAIM FOR
//     RELIEF", "FIRST CAUSE OF ACTION", in title case too ("Cause of Action
//     One: Age Discrimination", "Second Cause of Action"), and after the
//     section's own numeral ("VI. FIRST CAUSE OF ACTION - Equal
//     Protection"). The lines up to the next paragraph
//     give the title and the statute ("Copyright Infringement, 17 U.S.C. §
//     101 et seq."; "(Injunctive Relief under 42 U.S.C. § 7603)"). Every
//     paragraph until the next count or the prayer belongs to the count; the
//     count's first paragraph gives the range it re-alleges ("paragraphs
//     1-55, inclusive", "paragraphs thirteen (13) through twenty-six (26)",
//     "paragraphs one through fifty-four", "all preceding paragraphs"). A
//     complaint that pleads its claims under one heading ("STATEMENT OF
//     CLAIMS", "Violations of Title VII") without counts gets one implied
//     count. A JURY DEMAND heading over a numbered paragraph that continues
//     the sequence is a section of the body, not its end.
//   - The prayer: "PRAYER FOR RELIEF" then "WHEREFORE ...", then items
//     numbered on their own ("1.", "a.", "(b)", "C.") or on from the
//     paragraphs ("201. As to all causes of action, ..."), never mixed with
//     paragraphs; an item may skip one or two labels the scan lost (with a
//     warning). A numbered paragraph that continues the sequence before the
//     WHEREFORE is still a paragraph. A jury demand or the signature ends it.
//   - Answers: "AFFIRMATIVE DEFENSES" opens the defenses, each headed
//     "FIRST AFFIRMATIVE DEFENSE" with a parenthesized title, or "First
//     Affirmative Defense - Title", or "First Affirmative Defense (Title):
//     text" on one line, or numbered under the heading; defenses pleaded
//     before the responses ("FIRST DEFENSE ... SECOND DEFENSE / In response
//     to the numbered paragraphs ...:") are read, the one that only leads
//     into the responses being their heading; the
//     answer's response to the prayer ("ANSWER AS TO PRAYER FOR RELIEF") is
//     kept apart; "COUNTERCLAIMS" (or a first "FIRST COUNTERCLAIM") starts
//     paragraphs numbered on their own, which are also read as a
//     Document of their own (Counterclaim): a complaint with the sides
//     turned. Unnumbered paragraphs under one "AFFIRMATIVE DEFENSE(S)"
//     heading are a defense each; a preamble before ordinal defenses is
//     none.
//   - A count ends at the next count, the prayer, or a heading of its own
//     rank (numbering and case) that names a remedy ("Injunctive Relief",
//     "Attorneys' Fees"), unless another count follows it; "Cause of
//     Action for Trespass" alone is a count, and a count's title may stand
//     on the line below its label ("COUNT I" / "BREACH OF CONTRACT").
//   - The signature ("Dated:", "Respectfully submitted", "/s/", "By:") and
//     the certificate of service end the body.
//
// # Responses
//
// Each numbered paragraph of an answer is a Response. Parse keys it by
// what its opening names ("In answer to Paragraph 3", "Answering
// paragraphs 12 through 15", "PARAGRAPH ONE (1) is", "the allegations of
// paragraphs 1 through 7"), or, in an answer numbered like its complaint,
// by its own number ("12. Admitted.", "10-11. Denied", "127-28." for
// 127–128). An answer that numbers none of its responses keys each by its
// opening ("In answer to Paragraph 1, ...", "RESPONSE TO PARAGRAPH NO.
// 2:"); they are numbered in order. A response that names no paragraph may
// answer a section ("the paragraph entitled 'Nature of the Action'"), the
// prayer, or be the general denial; Target says which.
//
// Key then decides the keying with the complaint in hand (see key.go): it
// reads the answer as parsed, by the paragraphs each response names
// anywhere (`paragraphs "11", "12" and "14"`, "paragraph twenty-two",
// `"1" through "67"`, "39(a-d)"), with responses that name none taking the
// paragraphs left unanswered between their neighbours, and by own numbers,
// and keeps the reading that answers the most complaint paragraphs once.
// What a response's opening says it answers is never overruled. When no
// reading answers nine in ten of the complaint's paragraphs, one warning
// names the lines to check.
//
// Its facets are read from its clauses through a normalized token stream
// (case folded, quotes and dashes unified, OCR slips such as "lmowledge"
// and "adrnits" folded, words that lost their spaces split back:
// "Defendantsdenytheallegations") and a table of phrases (phrases.go), one
// row per phrasing of a facet: Admits (with the admitting clauses quoted in
// Admitted), Denies, LacksKnowledge (FRCP 8(b)(5)), RefersToDocument
// ("respectfully refers the Court to", "speaks for itself"),
// LegalConclusion ("no response is required", "conclusions of law"), and
// Incorporates (with the range). Class summarizes them by
// the conventions of ../shared/pleadings/GOLD.md:
//
//   - lack of knowledge "to admit or deny" admits nothing; New York's "deny
//     knowledge or information sufficient to form a belief" is lack of
//     knowledge; "and therefore denies", in the same sentence or the next
//     ("Accordingly, it is denied."), is part of it, not a denial
//     (no-knowledge);
//   - "to the extent a response is required, denied", in every phrasing
//     ("should the Court require a response"), is a denial (denied);
//     LegalConclusion only where the response also says that no response
//     is required or calls the allegation a legal conclusion (the
//     condition alone does not say so);
//   - "not admitted" (put to proof) and "disputes" deny; "does not dispute
//     that" admits; "can neither admit nor deny" and "for want of
//     knowledge" are lack of knowledge;
//   - an admission beside only "speaks for itself" or "legal conclusion" is
//     admitted; beside a denial or lack of knowledge, partly-admitted;
//   - a response that only says no response is required, or that a
//     document speaks for itself, is no-response-required;
//   - one that re-alleges earlier responses, in any voice ("the responses
//     to all preceding paragraphs are realleged herein", "responses 1-27"),
//     and neither admits nor denies, is incorporated.
//
// # Where each job lives
//
// clean.go and furniture.go turn the source into lines (page furniture
// out); caption.go, title.go, parties.go and signature.go read the part
// before paragraph 1 and the signature; number.go reads paragraph numbers;
// labels.go the labels "3(b)." and "FIRST:"; heading.go the headings,
// counts and defenses (countprayer.go a count's
// own WHEREFORE clause); parse.go walks the body;
// finish.go and kind.go settle what needs the whole document; response.go
// builds an answer's responses, norm.go, phrases.go and facets.go read
// what each does, refs.go and key.go which complaint paragraphs each
// answers; cite.go the references inside a paragraph.
//
// # Errors
//
// An empty or binary file, or one without numbered paragraphs, is an
// *Error naming the file; errors.Is finds ErrEmpty, ErrBinary and
// ErrNoParagraphs. Everything else the parser can read past — skipped or
// repeated numbers, a response that names no paragraph, a count without
// paragraphs — is a Warning with its line.
package pleading
