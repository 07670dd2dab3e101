package grade

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strconv"
	"strings"
	"testing"
	"time"
)

// sampleResults are a graded submission with a failure and a finding,
// and an unusable one; outputs hold what XML 1.0 cannot (NUL, ANSI escapes).
func sampleResults() []*Result {
	graded := &Result{
		Submission: "alice/07-svm.ipynb", State: Graded, Time: 1500 * time.Millisecond,
		Tests: []Test{
			{ID: "sigmoid-grad-check", Cell: "c1", Max: 2, Points: 2, Status: Passed, Output: "ok\x00\x1b[31m <&>\n", Time: 20 * time.Millisecond},
			{ID: "svm-loss-check", Cell: "c2", Max: 3, Status: Failed, Message: "panic: svmLoss(cat) = 1.9, want 2.9 | <b>\nsecond line"},
		},
		Findings: []Finding{{Kind: Edited, Cell: "c2", GradeID: "svm-loss-check", Message: "locked cell svm-loss-check was edited; the source's version ran"}},
		Limits:   []string{"sandbox"},
	}
	graded.total()
	bad := &Result{Submission: "bob/07-svm.ipynb", State: Unusable, Error: "unusable submission: not a Jupyter notebook",
		Tests:    []Test{{ID: "sigmoid-grad-check", Max: 2, Status: NotRun, Message: "not run"}, {ID: "svm-loss-check", Max: 3, Status: NotRun, Message: "not run"}},
		Findings: []Finding{}, Limits: []string{}}
	bad.total()
	return []*Result{graded, bad}
}

// The JUnit shape CI reporters accept, read back with encoding/xml.
type xSuites struct {
	XMLName  xml.Name `xml:"testsuites"`
	Name     string   `xml:"name,attr"`
	Tests    *int     `xml:"tests,attr"`
	Failures *int     `xml:"failures,attr"`
	Errors   *int     `xml:"errors,attr"`
	Time     string   `xml:"time,attr"`
	Suites   []struct {
		Name     string  `xml:"name,attr"`
		Tests    int     `xml:"tests,attr"`
		Failures int     `xml:"failures,attr"`
		Errors   int     `xml:"errors,attr"`
		Skipped  *int    `xml:"skipped,attr"`
		Time     string  `xml:"time,attr"`
		Props    []xProp `xml:"properties>property"`
		Cases    []struct {
			Name      string    `xml:"name,attr"`
			Classname string    `xml:"classname,attr"`
			Time      string    `xml:"time,attr"`
			Failure   *xProblem `xml:"failure"`
			Error     *xProblem `xml:"error"`
			SystemOut string    `xml:"system-out"`
		} `xml:"testcase"`
		SystemErr string `xml:"system-err"`
	} `xml:"testsuite"`
}

type xProp struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type xProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

func TestWriteJUnitShape(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJUnit(&buf, "07-svm", sampleResults()); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), `<?xml version="1.0" encoding="UTF-8"?>`) {
		t.Errorf("got no XML declaration:\n%s", buf.String())
	}
	var doc xSuites
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("invalid XML: %v\n%s", err, buf.String())
	}
	if doc.Tests == nil || doc.Failures == nil || doc.Errors == nil || doc.Time == "" {
		t.Fatalf("testsuites lacks tests/failures/errors/time: %+v", doc)
	}
	if *doc.Tests != 4 || *doc.Failures != 1 || *doc.Errors != 2 {
		t.Errorf("got tests=%d failures=%d errors=%d, want 4 1 2", *doc.Tests, *doc.Failures, *doc.Errors)
	}
	if len(doc.Suites) != 2 {
		t.Fatalf("got %d testsuites, want 2", len(doc.Suites))
	}
	sum := 0
	for _, s := range doc.Suites {
		if s.Name == "" || s.Skipped == nil || len(s.Cases) != s.Tests {
			t.Errorf("suite %q: name, skipped or tests=%d (with %d testcases) wrong", s.Name, s.Tests, len(s.Cases))
		}
		if _, err := strconv.ParseFloat(s.Time, 64); err != nil {
			t.Errorf("suite %q: time %q: %v", s.Name, s.Time, err)
		}
		failures, errs := 0, 0
		for _, c := range s.Cases {
			if c.Name == "" || c.Classname == "" {
				t.Errorf("suite %q: testcase without name or classname: %+v", s.Name, c)
			}
			if _, err := strconv.ParseFloat(c.Time, 64); err != nil {
				t.Errorf("testcase %q: time %q: %v", c.Name, c.Time, err)
			}
			if c.Failure != nil {
				failures++
				if c.Failure.Message == "" || c.Failure.Type == "" {
					t.Errorf("testcase %q: failure without message or type", c.Name)
				}
			}
			if c.Error != nil {
				errs++
			}
		}
		if failures != s.Failures || errs != s.Errors {
			t.Errorf("suite %q: counts failures=%d errors=%d, testcases have %d %d", s.Name, s.Failures, s.Errors, failures, errs)
		}
		sum += s.Tests
	}
	if sum != *doc.Tests {
		t.Errorf("testsuites tests=%d, suites add up to %d", *doc.Tests, sum)
	}
	alice := doc.Suites[0]
	if f := alice.Cases[1].Failure; f == nil || f.Message != "0/3 points: panic: svmLoss(cat) = 1.9, want 2.9 | <b>" {
		t.Errorf("got failure %+v", f)
	}
	if !strings.Contains(alice.Cases[0].SystemOut, "ok") || !strings.Contains(alice.SystemErr, "edited") {
		t.Errorf("got system-out %q, system-err %q", alice.Cases[0].SystemOut, alice.SystemErr)
	}
	if alice.Props[0] != (xProp{"score", "2"}) || alice.Props[1] != (xProp{"max", "5"}) {
		t.Errorf("got properties %v", alice.Props)
	}
}

func TestWriteJSON(t *testing.T) {
	results := sampleResults()
	t.Run("one submission is the result itself", func(t *testing.T) {
		var buf bytes.Buffer
		if err := WriteJSON(&buf, results[:1]); err != nil {
			t.Fatal(err)
		}
		var got struct {
			Submission string  `json:"submission"`
			Score      float64 `json:"score"`
			Max        float64 `json:"max"`
			Tests      []map[string]any
			Findings   []map[string]any
		}
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if got.Submission != "alice/07-svm.ipynb" || got.Score != 2 || got.Max != 5 || len(got.Tests) != 2 || len(got.Findings) != 1 {
			t.Errorf("got %+v", got)
		}
		for _, key := range []string{"id", "points", "max", "status", "message"} {
			if _, ok := got.Tests[1][key]; !ok {
				t.Errorf("test lacks %q: %v", key, got.Tests[1])
			}
		}
		if strings.Contains(buf.String(), "time") {
			t.Errorf("times in the JSON report make it differ between runs:\n%s", buf.String())
		}
	})
	t.Run("several submissions are a list", func(t *testing.T) {
		var buf bytes.Buffer
		if err := WriteJSON(&buf, results); err != nil {
			t.Fatal(err)
		}
		var got struct{ Submissions []Result }
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if len(got.Submissions) != 2 || got.Submissions[1].State != Unusable {
			t.Errorf("got %+v", got)
		}
	})
}

func TestWriteMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, "07-svm", sampleResults()); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{
		"## Grades: 07-svm",
		"| alice/07-svm.ipynb | 2 / 5 (40%) | 1 / 2 | 1 finding(s) |",
		"| bob/07-svm.ipynb | 0 / 5 (0%) | 0 / 2 | unusable |",
		"<details><summary>alice/07-svm.ipynb: 2 / 5 (40%)</summary>",
		"| `svm-loss-check` | 0 / 3 | ❌ failed | panic: svmLoss(cat) = 1.9, want 2.9 \\| &lt;b&gt;<br>second line |", // whole, not cut
		"- ⚠️ **edited**: locked cell svm-loss-check was edited",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestWriteTable(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTable(&buf, sampleResults()[:1]); err != nil {
		t.Fatal(err)
	}
	want := `alice/07-svm.ipynb    2 / 5 (40%)  graded
  sigmoid-grad-check  2/2          passed  
  svm-loss-check      0/3          failed  panic: svmLoss(cat) = 1.9, want 2.9 | <b>
  ! edited                                 locked cell svm-loss-check was edited; the source's version ran
`
	if got := buf.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		err  bool
	}{
		{"512MiB", 512 << 20, false}, {"2GiB", 2 << 30, false}, {"2G", 2 << 30, false}, {"1.5 GiB", 3 << 29, false},
		{"1000", 1000, false}, {"64k", 64 << 10, false}, {"lots", 0, true}, {"-1", 0, true}, {"3 parsecs", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseSize(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseSize(%q): got %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestMarkdownCellKeepsTheTable(t *testing.T) {
	for in, want := range map[string]string{
		"a\rb":                  "a b",
		"a\r\nb":                "a  b",
		"x | y":                 `x \| y`,
		"\x1b[31mred\x1b[0m ok": "red ok",
		"tab\there\x00":         "tab here ",
		"<script>":              "&lt;script&gt;",
	} {
		if got := mdCell(in); got != want {
			t.Errorf("mdCell(%q) = %q, want %q", in, got, want)
		}
	}
}
