package grade

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gobackprop/gobackprop/notebook"
)

func TestGradeWrittenAnswer(t *testing.T) {
	student, err := Assign(fixtureSource())
	if err != nil {
		t.Fatal(err)
	}
	if c := cellByID(student, "kink-answer"); c.Source != TextStub {
		t.Fatalf("the student version's answer cell is %q, want %q: the reference answer must stay in the source", c.Source, TextStub)
	}
	tests := []struct {
		name    string
		nb      *notebook.Notebook
		answer  string
		message string
	}{
		{"answered", submission(t, nil), studentAnswer, "to grade by hand"},
		{"left as released", student, "", "to grade by hand: no answer written"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := grade(t, tt.nb)
			got := test(r, "kink-answer")
			if got.Status != Manual || got.Answer != tt.answer || got.Message != tt.message || got.Points != 0 || got.Max != 1 {
				t.Errorf("got %+v, want manual, 0/1, answer %q, message %q", got, tt.answer, tt.message)
			}
			if r.ManualMax != 1 || r.Max != 5 {
				t.Errorf("got max %v and %v to grade by hand, want 5 and 1", r.Max, r.ManualMax)
			}
		})
	}
}

func TestReportsCarryWrittenAnswers(t *testing.T) {
	r := grade(t, submission(t, map[string]string{"svm": wrongSVM}))
	var js, md bytes.Buffer
	if err := WriteJSON(&js, []*Result{r}); err != nil {
		t.Fatal(err)
	}
	if err := WriteMarkdown(&md, "fixture", []*Result{r}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"status": "manual"`, `"answer": "At margin 0 the max has a corner,\nso the numerical gradient is off there."`, `"manual_max": 1`} {
		if !strings.Contains(js.String(), want) {
			t.Errorf("JSON lacks %s:\n%s", want, js.String())
		}
	}
	for _, want := range []string{"2 / 5 (40%), 1 more to grade by hand", "To grade by hand:", "- `kink-answer` (1 points):", "  > At margin 0 the max has a corner,\n  > so the numerical gradient is off there."} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md.String())
		}
	}

	sub := submission(t, map[string]string{"svm": wrongSVM})
	fb, err := Feedback(sub, r)
	if err != nil {
		t.Fatal(err)
	}
	if len(fb.Cells) != len(sub.Cells)+4 { // the summary, and one under each of the three graded cells
		t.Fatalf("got %d cells, want %d", len(fb.Cells), len(sub.Cells)+4)
	}
	after := func(id string) string {
		for i, c := range fb.Cells {
			if c.ID == id && i+1 < len(fb.Cells) && fb.Cells[i+1].Metadata[FeedbackKey] == true {
				return fb.Cells[i+1].Source
			}
		}
		return ""
	}
	for id, want := range map[string]string{
		"sigmoid-check": "✅ `sigmoid-grad-check`: 2 / 2 points",
		"svm-check":     "want 2.9\n```",
		"kink-answer":   "graded by hand, 1 points",
	} {
		if got := after(id); !strings.Contains(got, want) {
			t.Errorf("feedback under %s is %q, want it to contain %q", id, got, want)
		}
	}
	if s := fb.Cells[0].Source; !strings.Contains(s, "**Score: 2 / 5 (40%), 1 more to grade by hand**") {
		t.Errorf("the summary cell is %q", s)
	}
	if c := cellByID(fb, "kink-answer"); c.Source != studentAnswer {
		t.Errorf("the feedback notebook's answer is %q, want the student's", c.Source)
	}
}
