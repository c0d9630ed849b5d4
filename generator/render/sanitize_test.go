package render

import (
	"bytes"
	"strings"
	"testing"
)

// Defect 4 of #18: HTML is safe whatever the template or the pleading holds.
func TestSanitize(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<script>alert(1)</script>`, `&lt;script&gt;alert(1)&lt;/script&gt;`},
		{`<SCRIPT src="x.js"></SCRIPT>`, `&lt;SCRIPT src=&#34;x.js&#34;&gt;&lt;/SCRIPT&gt;`},
		{`<a id="p12"></a>`, `<a id="p12"></a>`},
		{`<a href="javascript:alert(1)">x</a>`, `<a>x</a>`},
		{`<a href="JaVa&#x09;ScRiPt:alert(1)">x</a>`, `<a>x</a>`},
		{`<a href="java&#115;cript&colon;alert(1)">x</a>`, `<a>x</a>`},
		{`<a href=" data:text/html,<b>x</b>">x</a>`, `<a>x</a>`},
		{`<a href='vbscript:msgbox'>x</a>`, `<a>x</a>`},
		{`<a href="file:///etc/passwd">x</a>`, `<a>x</a>`},
		{`<a href="https://example.com/?a=1&amp;b=2" onclick="steal()">x</a>`, `<a href="https://example.com/?a=1&amp;b=2">x</a>`},
		{`<a href="mailto:clerk@example.com">m</a> <a href="#p3">3</a> <a href="chart.html">c</a>`, `<a href="mailto:clerk@example.com">m</a> <a href="#p3">3</a> <a href="chart.html">c</a>`},
		{`<img src="data:image/svg+xml,x" onerror="alert(1)" alt="a">`, `<img alt="a">`},
		{`<iframe src="https://evil.example"></iframe>`, `&lt;iframe src=&#34;https://evil.example&#34;&gt;&lt;/iframe&gt;`},
		{`<div style="background:url(https://evil.example)">x</div>`, `<div>x</div>`},
		{`<td style="text-align:right">1</td>`, `<td style="text-align:right">1</td>`},
		{`<input type="text" value="x"><input checked="" disabled="" type="checkbox">`, `&lt;input type=&#34;text&#34; value=&#34;x&#34;&gt;<input checked="" disabled="" type="checkbox">`},
		{`a <!-- hidden --> b <br/> c < d`, `a  b <br /> c &lt; d`},
		{`<a href="x"onclick="y">`, `&lt;a href="x"onclick="y">`},
		{`<svg><script>alert(1)</script></svg>`, `&lt;svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/svg&gt;`},
		{`<a id="p12"></a>x<a id="p12"></a><a id="p12-2"></a><h2 id="p12">`, `<a id="p12"></a>x<a id="p12-2"></a><a id="p12-2-2"></a><h2 id="p12-3">`},
		{`<meta http-equiv="refresh" content="0;url=https://evil">`, `&lt;meta http-equiv=&#34;refresh&#34; content=&#34;0;url=https://evil&#34;&gt;`},
	}
	for _, tt := range tests {
		if got := Sanitize(tt.in); got != tt.want {
			t.Errorf("Sanitize(%s)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func TestSafeURL(t *testing.T) {
	for u, want := range map[string]bool{
		"https://x.example": true, "HTTP://x": true, "mailto:a@b": true, "#p1": true, "out/chart.html": true, "//x.example/a": true,
		"javascript:alert(1)": false, " javascript:x": false, "java\nscript:x": false, "data:text/html,x": false,
		"vbscript:x": false, "file:///etc/passwd": false, "ftp://x": false, "tel:123": false,
	} {
		if got := SafeURL(u); got != want {
			t.Errorf("SafeURL(%q) = %v, want %v", u, got, want)
		}
	}
}

// A page made from hostile Markdown (raw HTML, dangerous links, bare URLs
// in text) runs no script, links nowhere dangerous and carries the CSP.
func TestHTMLHostileMarkdown(t *testing.T) {
	md := "# Chart\n\n" +
		"<script>alert('raw block')</script>\n\n" +
		"| ¶ | Allegation |\n|---|---|\n| 1 | Visit https://phish.example/login or write to evil@phish.example <img src=x onerror=alert(1)> |\n\n" +
		"[click](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=) and ![i](vbscript:x) and <javascript:alert(1)>\n\n" +
		"<a href=\"jav&#x61;script:alert(1)\">entity</a> [ok](https://example.com) [anchor](#p1)\n"
	var b bytes.Buffer
	if err := HTML(&b, []byte(md), "Chart"); err != nil {
		t.Fatal(err)
	}
	out := strings.ToLower(b.String())
	for _, bad := range []string{"<script", "onerror", `href="javascript`, `href="jav`, `src="vbscript`, `href="data:`, `href="https://phish`, `href="mailto:evil`} {
		if strings.Contains(out, bad) {
			t.Errorf("page contains %q:\n%s", bad, b.String())
		}
	}
	for _, good := range []string{`<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'none'`, `<a href="https://example.com">ok</a>`, `<a href="#p1">anchor</a>`, "https://phish.example/login"} {
		if !strings.Contains(out, strings.ToLower(good)) {
			t.Errorf("page lacks %q", good)
		}
	}
}

// Bare URLs and e-mail addresses in pleading text are not made links in the PDF either.
func TestPDFNoAutolink(t *testing.T) {
	var b bytes.Buffer
	md := "Visit https://phish.example/login or evil@phish.example, or [ours](https://example.com).\n"
	if err := New().PDF(&b, []byte(md)); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b.Bytes(), []byte("phish.example")) && bytes.Contains(b.Bytes(), []byte("/URI (https://phish")) {
		t.Error("the PDF links the bare URL")
	}
	if !bytes.Contains(b.Bytes(), []byte("/URI (https://example.com)")) {
		t.Error("the PDF lost the template's own link (or the test no longer sees link annotations)")
	}
}

func TestParseSourceDateEpoch(t *testing.T) {
	for v, ok := range map[string]bool{"0": true, "1700000000": true, "253402300799": true, "-1": false, "253402300800": false, "1.5": false, "soon": false} {
		if _, err := ParseSourceDateEpoch(v); (err == nil) != ok {
			t.Errorf("ParseSourceDateEpoch(%q): err = %v", v, err)
		}
	}
}

// Defect 14 of #18: the characters the fonts cannot print are reported.
func TestUnprintable(t *testing.T) {
	got := Unprintable("Plaintiff § “quoted” — café Ω 😀 مرحبا 😀 \u200b\ufe0f", 0)
	want := []rune{'😀', 'م', 'ر', 'ح', 'ب', 'ا'}
	if string(got) != string(want) {
		t.Errorf("Unprintable = %q, want %q", string(got), string(want))
	}
	if d := DescribeRunes(got[:1]); d != "😀 (U+1F600)" {
		t.Errorf("DescribeRunes = %q", d)
	}
}
