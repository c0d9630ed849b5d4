package pleading

import (
	"reflect"
	"strings"
	"testing"
)

// captionDoc builds a complaint whose caption holds the given lines.
func captionDoc(caption ...string) string {
	return "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ILLINOIS\n\n" +
		strings.Join(caption, "\n") +
		"\n\nCOMPLAINT\n\n1. Plaintiff Jane Roe lives in Chicago.\n\n2. Defendant Acme Corp. is a Delaware corporation.\n"
}

func TestCaptionJudges(t *testing.T) {
	tests := []struct {
		name    string
		caption []string
		want    []Judge
	}{
		{"parenthesized", []string{
			"JANE ROE,          )",
			"  Plaintiff,       )  No. 08 CV 6946",
			"v.                 )",
			"ACME CORP.,        )  (Judge St. Eve)",
			"  Defendant.       )",
		}, []Judge{{Name: "St. Eve", Title: "Judge"}}},
		{"name on the next line", []string{
			"JANE ROE,          )",
			"  Plaintiff,       )  08 C 6946",
			"  vs.              )  Honorable Judge",
			"                   )  Amy St. Eve",
			"ACME CORP.,        )",
			"  Defendant.       )",
		}, []Judge{{Name: "Amy St. Eve", Title: "Judge"}}},
		{"judge and magistrate in capitals", []string{
			"JANE ROE,          )  CIVIL ACTION NO. 2:23-cv-735",
			"  Plaintiff,       )",
			"v.                 )  JUDGE CARL J. BARBIER",
			"ACME CORP.,        )  MAG. JUDGE MICHAEL NORTH",
			"  Defendant.       )",
		}, []Judge{{Name: "Carl J. Barbier", Title: "Judge"}, {Name: "Michael North", Title: "Magistrate Judge"}}},
		{"judge label", []string{
			"JANE ROE,          )  Case No. 1:20-cv-01234",
			"  Plaintiff,       )  Judge: Hon. Jane Q. Doe",
			"v.                 )  Dept: 5",
			"ACME CORP.,        )",
			"  Defendant.       )",
		}, []Judge{{Name: "Jane Q. Doe", Title: "Judge"}}},
		{"magistrate judge with no name (a blank to fill)", []string{
			"JANE ROE,          )  Case No. 4:09-cv-00033",
			"  Plaintiff,       )  This case assigned to",
			"v.                 )  and to Magistrate Judge  :",
			"ACME CORP.,        )",
			"  Defendant.       )",
		}, nil},
		{"an honorable party is no judge", []string{
			"JANE ROE,                     )  Case No. 4:09-cv-00033",
			"  Plaintiff,                  )",
			"v.                            )",
			"THE HONORABLE MIKE BEEBE,     )",
			"Governor of the State,        )",
			"  Defendant.                  )",
		}, nil},
		{"initials of the district and magistrate judges", []string{
			"JANE ROE,          )  Civil Action No. 3:13-cv-00547-HTW-LRA",
			"  Plaintiff,       )",
			"v.                 )",
			"ACME CORP.,        )",
			"  Defendant.       )",
		}, []Judge{{Initials: "HTW", Title: "Judge"}, {Initials: "LRA", Title: "Magistrate Judge"}}},
		{"a named judge wins over initials", []string{
			"JANE ROE,          )  Civil Action No. 2:18-cv-00907-KOB",
			"  Plaintiff,       )  Hon. Karon O. Bowdre",
			"v.                 )",
			"ACME CORP.,        )",
			"  Defendant.       )",
		}, []Judge{{Name: "Karon O. Bowdre", Title: "Judge"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("c.txt", []byte(captionDoc(tt.caption...)))
			if err != nil {
				t.Fatal(err)
			}
			got := d.Caption.Judges
			for i := range got {
				got[i].Line = 0
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("judges = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestCaseJudgeInitials(t *testing.T) {
	tests := []struct {
		cn   string
		want []string
	}{
		{"2:18-cv-00907-KOB", []string{"KOB"}},
		{"3:13-cv-00547-HTW-LRA", []string{"HTW", "LRA"}},
		{"4:09CV00033 WRW", []string{"WRW"}},
		{"14-CV-01559-RWS", []string{"RWS"}},
		{"CV06-1675-PCT-EHC", []string{"EHC"}},
		{"1:08-cv-06946", nil},
		{"08 CV 6946", nil},
		{"12-12345 CACE", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := caseJudgeInitials(tt.cn); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("caseJudgeInitials(%q) = %q, want %q", tt.cn, got, tt.want)
		}
	}
}

func TestJudgeName(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"Amy St. Eve", "Amy St. Eve", true},
		{"St. Eve)", "St. Eve", true},
		{"KIMBERLY J. MUELLER", "Kimberly J. Mueller", true},
		{"Jane Doe Courtroom 1241", "Jane Doe", true},
		{"Jane Doe, presiding", "Jane Doe", true},
		{"  :", "", false},
		{"J. K.", "", false},
		{"the court", "", false},
		{"_________", "", false},
	}
	for _, tt := range tests {
		got, ok := judgeName(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("judgeName(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestUnglueInitials(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/s/ StephenG.Dietrick", "/s/ Stephen G. Dietrick"},
		{"J.Smith", "J. Smith"},
		{"Stephen G. Dietrick", "Stephen G. Dietrick"},
		{"Sean McDonald", "Sean McDonald"},
		{"U.S. Attorney", "U.S. Attorney"},
	}
	for _, tt := range tests {
		if got := unglueInitials(tt.in); got != tt.want {
			t.Errorf("unglueInitials(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCounselStopsAtAttachedPaper: the signature block ends at a
// certificate of service run together by extraction, and the caption of an
// affidavit filed with the answer is not read as more counsel, nor a date
// in that affidavit as the answer's date.
func TestCounselStopsAtAttachedPaper(t *testing.T) {
	src := captionDoc("JANE ROE,  )", "  Plaintiff, )  No. 1:20-cv-01234", "v.  )", "ACME CORP., )", "  Defendant. )") +
		"\nRespectfully submitted,\n/s/ StephenG.Dietrick\nStephenG.Dietrick\nDeputy General Counsel\n70 Franklin Street\nsdietrick@example.gov\n\n" +
		"CERTIFICATE OFSERVICE\nI, Stephen G. Dietrick, certify service on all counsel.\n/s/ Stephen G.Dietrick\n\n" +
		"COMMONWEALTH OF MASSACHUSETTS\nSUPREME JUDICIAL COURT\nSTEPHEN FOSTER, et al.,   )\n  Plaintiffs,    )\nv.   )\nCAROL MICI,  )\n  Defendants.  )\n" +
		"AFFIDAVIT OF CAROL MICI\nInfection Control\nPatient Housing\nHand Hygiene\nJOHN A. O’MALLEY\nKARYN E. POLITO\nLegal Division\njohn@example.gov\n" +
		"MEMORANDUM\nDATE:    March 27, 2020\n"
	d, err := Parse("c.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range d.Counsel {
		names = append(names, c.Names...)
	}
	if want := []string{"Stephen G. Dietrick"}; !reflect.DeepEqual(names, want) {
		t.Errorf("counsel names = %q, want %q", names, want)
	}
	if d.Date != "" {
		t.Errorf("date = %q (%q), read from the attached paper; want none", d.Date, d.DateText)
	}
}

// TestCaptionStateCourt: a state's highest court under the state's name,
// with the county line of a New England caption ("SUFFOLK, ss.") that is
// no party.
func TestCaptionStateCourt(t *testing.T) {
	src := "COMMONWEALTH OF MASSACHUSETTS\nSUPREME JUDICIAL COURT\n\nSuffolk, ss.              No. SJ 2020-______\n\n" +
		"STEPHEN FOSTER and MICHAEL GOMES,\nPlaintiffs,\n\nv.\n\nCAROL MICI, Commissioner of Correction,\nDefendant.\n\n" +
		"CLASS ACTION COMPLAINT\n\n1. Plaintiffs are held at MCI-Norfolk.\n\n2. Defendant runs the Department.\n"
	d, err := Parse("c.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Commonwealth of Massachusetts Supreme Judicial Court"; d.Caption.Court != want {
		t.Errorf("court = %q, want %q", d.Caption.Court, want)
	}
	for _, p := range d.Caption.Plaintiffs {
		if strings.Contains(strings.ToLower(p.Name), "suffolk") || strings.Contains(p.Name, "COURT") {
			t.Errorf("plaintiff %q is the caption's court or county line", p.Name)
		}
	}
	if len(d.Caption.Plaintiffs) == 0 {
		t.Error("no plaintiff read")
	}
}
