package grade

import (
	"bytes"
	"strings"
	"testing"
)

func TestWriteCSV(t *testing.T) {
	results := sampleResults()
	results[0].Tests = append(results[0].Tests, Test{ID: "kink-answer", Max: 1, Status: Manual, Answer: "at the kink"})
	results[0].total()
	results = append(results, &Result{Submission: "carol/07-svm.ipynb", State: Aborted, Error: "grader: out of disk"})
	var b bytes.Buffer
	if err := WriteCSV(&b, results); err != nil {
		t.Fatal(err)
	}
	want := `student,submission,state,sigmoid-grad-check,svm-loss-check,kink-answer,total,max
alice,alice/07-svm.ipynb,graded,2,0,,2,5
bob,bob/07-svm.ipynb,unusable,0,0,,0,5
carol,carol/07-svm.ipynb,aborted,,,,,
`
	if got := b.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestWriteCSVQuotes checks that a name with a comma or a quote stays
// one field.
func TestWriteCSVQuotes(t *testing.T) {
	var b bytes.Buffer
	WriteCSV(&b, []*Result{{Submission: `subs/o"brien, pat.ipynb`, State: Unusable}, {Submission: "subs/x.ipynb", State: Unusable}})
	if !strings.Contains(b.String(), `"o""brien, pat","subs/o""brien, pat.ipynb",unusable,0,0`) {
		t.Errorf("got\n%s", b.String())
	}
}

func TestStudents(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paths []string
		want  string
	}{
		{"one folder", []string{"submissions/07-svm/alice.ipynb", "submissions/07-svm/bob.ipynb"}, "alice bob"},
		{"a folder each", []string{"subs/alice/07-svm.ipynb", "subs/bob/07-svm.ipynb"}, "alice bob"},
		{"a folder each, names differ", []string{"subs/alice/a.ipynb", "subs/bob/b.ipynb"}, "alice/a bob/b"},
		{"mixed depth", []string{"subs/alice.ipynb", "subs/x/bob.ipynb"}, "alice x/bob"},
		{"shared prefix of names", []string{"subs/ab/x.ipynb", "subs/abc.ipynb"}, "ab/x abc"},
		{"here", []string{"alice.ipynb", "bob.ipynb"}, "alice bob"},
		{"one", []string{"/tmp/subs/alice.ipynb"}, "alice"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var rs []*Result
			for _, p := range tc.paths {
				rs = append(rs, &Result{Submission: p})
			}
			if got := strings.Join(Students(rs), " "); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
