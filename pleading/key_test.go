package pleading

import (
	"fmt"
	"strings"
	"testing"
)

// complaintOf returns a complaint with paragraphs 1..n.
func complaintOf(t testing.TB, n int) *Document {
	t.Helper()
	var b strings.Builder
	b.WriteString("SUPERIOR COURT OF THE STATE OF WASHINGTON\nRiver Co., Plaintiff,\nv.\nDelta LLC, Defendant.\nCOMPLAINT\n\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d. Delta LLC did thing number %d to River Co.\n\n", i, i)
	}
	d, err := Parse("complaint.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Paragraphs) != n {
		t.Fatalf("complaint has %d paragraphs, want %d", len(d.Paragraphs), n)
	}
	return d
}

func answerOf(t *testing.T, body string) *Document {
	t.Helper()
	d, err := Parse("answer.txt", []byte("SUPERIOR COURT OF THE STATE OF WASHINGTON\nRiver Co., Plaintiff,\nv.\nDelta LLC, Defendant.\nANSWER\n\n"+body))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// keyed writes each response as "answers:class", in order.
func keyed(d *Document) string {
	var parts []string
	for _, r := range d.Responses {
		parts = append(parts, fmt.Sprintf("%v:%s", r.Answers, r.Class))
	}
	return strings.Join(parts, " ")
}

func TestKey(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    int
		body string
		want string
		warn string // a warning Key adds, or ""
	}{
		{
			// Numbered on its own, naming complaint paragraphs in quotes (S.D.N.Y., Sarnicola);
			// a comma lost between two quoted numbers; a response whose reference OCR garbled
			// takes the paragraphs left between its neighbours.
			name: "own numbers, quoted references",
			n:    9,
			body: `1. Deny the allegations contained in paragraphs "1", "2" and "3" of the complaint.

2. Admit the allegations contained in paragraphs "4" "5" of the complaint.

3. Deny knowledge or information sufficient to form a belief as to paragrph *x "6".

4. Deny the allegations of paragraphs "7" through "9", and deny that plaintiff is entitled to any relief.
`,
			want: "[1 2 3]:denied [4 5]:admitted [6]:no-knowledge [7 8 9]:denied",
		},
		{
			// Responses keyed in words (N.D. Ill., Zaborowski spells numbers out).
			name: "numbers in words",
			n:    3,
			body: `1. Answering paragraph two of the Complaint, Delta LLC admits it.

2. Answering paragraph one, Delta LLC denies it.

3. Answering paragraph three (3), Delta LLC denies the allegations.
`,
			want: "[2]:admitted [1]:denied [3]:denied",
		},
		{
			// "1. Admit." one-to-one (N.D. Ala., Chestnut); a response in the
			// sequence that speaks of relief is not the response to the prayer (Chestnut ¶9).
			name: "bare one-to-one",
			n:    5,
			body: "1. Admit.\n\n2. Deny.\n\n3. Admitted in part and denied in part.\n\n4. Admitted that River Co. seeks the relief alleged here; denied that it is entitled to any relief.\n\n5. Deny.\n",
			want: "[1]:admitted [2]:denied [3]:partly-admitted [4]:partly-admitted [5]:denied",
		},
		{
			// A response that points to another response for its reasons
			// answers its own paragraph, not the one it points to.
			name: "reasons given in response to another paragraph",
			n:    6,
			body: "1. Admitted.\n\n2. Denied, for the reasons given in response to paragraph 6.\n\n3. Denied for the reasons set forth in response to Paragraph 5.\n\n4. Denied.\n\n5. Denied.\n\n6. Denied.\n",
			want: "[1]:admitted [2]:denied [3]:denied [4]:denied [5]:denied [6]:denied",
		},
		{
			// A shortened range "4-5." and an incorporation in a count.
			name: "short ranges",
			n:    14,
			body: "1. Admitted.\n\n2-3. Denied.\n\n4. Denied.\n\n5-9. Denied.\n\n10. Admitted.\n\n11. Delta LLC repeats its responses to the preceding paragraphs.\n\n12-14. Denied.\n",
			want: "[1]:admitted [2 3]:denied [4]:denied [5 6 7 8 9]:denied [10]:admitted [11]:incorporated [12 13 14]:denied",
		},
		{
			// What a response says it answers is never overruled, even when
			// its own number would cover more: the chart shows the slip.
			name: "named lead kept",
			n:    3,
			body: "1. Admitted.\n\n2. In answer to Paragraph 1, Delta LLC denies the allegations.\n\n3. Denied.\n",
			want: "[1]:admitted [1]:denied [3]:denied",
		},
		{
			// No reading covers the complaint: one warning naming the lines.
			name: "poor cover warns",
			n:    20,
			body: "1. Admitted.\n\n2. Denied.\n",
			want: "[1]:admitted [2]:denied",
			warn: "the responses answer only 2 of the complaint's 20 paragraphs, however their numbering is read; not answered: 3-20",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := complaintOf(t, tc.n)
			a := answerOf(t, tc.body)
			before := keyed(a)
			k := Key(c, a)
			if got := keyed(k); got != tc.want {
				t.Errorf("keyed\n got %s\nwant %s", got, tc.want)
			}
			if keyed(a) != before {
				t.Errorf("Key modified the answer: %s, was %s", keyed(a), before)
			}
			var warns []string
			for _, w := range k.Warnings[len(a.Warnings):] {
				warns = append(warns, w.Message)
			}
			if got := strings.Join(warns, "\n"); tc.warn == "" && got != "" || !strings.Contains(got, tc.warn) || len(warns) > 1 {
				t.Errorf("warnings added: %q, want %q", got, tc.warn)
			}
		})
	}
}

func TestReadRefs(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{`paragraphs "11", "12" and "14" of the complaint`, "[11 12 14]"},
		{`paragraphs "1" through "5"`, "[1 2 3 4 5]"},
		{"paragraph twenty-two (22)", "[22]"},
		{"Paragraphs 127-28", "[127 128]"},
		{"paragraph 39(a-d) and paragraph 40", "[39] [40]"},
		{"¶¶ 3-5, 7", "[3 4 5 7]"},
		{"paragraph one hundred five", "[105]"},
		{"its responses to paragraphs 1 through 4 are repeated", "x[1 2 3 4]"},
		{"for the reasons set forth in paragraph 8", "x[8]"},
		{"responses 1-27", "x[1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27]"},
		{"Paragraph No. 12", "[12]"},
	} {
		var parts []string
		for _, r := range readRefs(tc.text) {
			s := fmt.Sprint(r.nums)
			if r.cross {
				s = "x" + s
			}
			parts = append(parts, s)
		}
		if got := strings.Join(parts, " "); got != tc.want {
			t.Errorf("readRefs(%q) = %s, want %s", tc.text, got, tc.want)
		}
	}
}

func FuzzKey(f *testing.F) {
	f.Add([]byte("ANSWER\n\n1. Deny the allegations contained in paragraphs \"1\", \"2\" and \"3\".\n\n2. Admit paragraph \"4\" \"5\".\n\n3. Denied.\n"))
	f.Add([]byte("ANSWER\n\n1. Answering paragraph twenty-two (22), admitted.\n\n2-3. Denied.\n\n4. Paragraphs 127-28 and 39(a-d) are denied; responses 1-27 are realleged.\n"))
	c := complaintOf(f, 30)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("fuzz.txt", data)
		if err != nil {
			return
		}
		before := keyed(a)
		k := Key(c, a)
		if keyed(a) != before {
			t.Fatalf("Key modified the answer")
		}
		if len(k.Responses) != len(a.Responses) || len(k.Warnings) > len(a.Warnings)+1 {
			t.Fatalf("Key changed the number of responses (%d, was %d) or added more than one warning", len(k.Responses), len(a.Responses))
		}
	})
}

// syntheticAnswer writes an answer of n responses numbered like the
// complaint, in several styles, with an incorporation every fifty.
func syntheticAnswer(n int) []byte {
	var sb strings.Builder
	sb.WriteString("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nACME, INC., Plaintiff,\n\nv.\n\nBETA LLC, Defendant.\n\nCase No. 1:25-cv-01234\n\nANSWER\n\n")
	for i := 1; i <= n; i++ {
		switch {
		case i%50 == 1 && i > 1:
			fmt.Fprintf(&sb, "%d. Beta repeats and re-alleges its responses to paragraphs 1 through %d as if fully set forth herein.\n\n", i, i-1)
		case i%3 == 0:
			fmt.Fprintf(&sb, "%d. Beta lacks knowledge or information sufficient to form a belief about the truth of the allegations of paragraph %d and therefore denies them.\n\n", i, i)
		case i%3 == 1:
			fmt.Fprintf(&sb, "%d. Admitted that Beta signed the Agreement; the remaining allegations of paragraph %d are denied.\n\n", i, i)
		default:
			fmt.Fprintf(&sb, "%d. Denied.\n\n", i)
		}
	}
	return []byte(sb.String())
}

// BenchmarkAnswerKeyed parses a synthetic answer and keys it to its
// complaint: the time per byte stays flat from 1,000 to 10,000 paragraphs.
func BenchmarkAnswerKeyed(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		complaint, err := Parse("complaint.txt", syntheticComplaint(n))
		if err != nil {
			b.Fatal(err)
		}
		data := syntheticAnswer(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for i := 0; i < b.N; i++ {
				a, err := Parse("answer.txt", data)
				if err != nil {
					b.Fatal(err)
				}
				if k := Key(complaint, a); len(k.Responses) != n || k.Responses[n-1].Answers[0] != n {
					b.Fatalf("%d responses", len(k.Responses))
				}
			}
		})
	}
}
