//go:build assignments

package main

// The proof that the bundled assignments grade as they say they do: each
// graded notebook is graded through the real binary against the
// submissions a course sees - the source itself, the student version as
// released, two correct solutions written differently from the reference,
// and the wrong ones each notebook's text names (a shortcut through
// autodiff, hard-coded visible answers, a correct but slow loop) - and
// each must score what the notebook says. Grading trains on MNIST, so this
// takes minutes: run it with "make test-assignments" (CI does).

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gobackprop/gobackprop/grade"
	"github.com/gobackprop/gobackprop/notebook"
)

// expect is what one submission must score; messages maps a grade_id to
// text its message or output must contain.
type expect struct {
	score    float64
	messages map[string]string
}

var assignments = []struct {
	notebook string
	max      float64
	want     map[string]expect // by submission: "source", "student", or a file in testdata/assignments/NOTEBOOK
}{
	{"01-gradients", 3, map[string]expect{
		"source":  {3, nil},
		"student": {0, map[string]string{"01-gradients-numerical-gradient-check": "not implemented: numericalGradient"}},
		"alt1":    {3, nil},
		"alt2":    {3, nil},
		"hardcoded": {0, map[string]string{
			"01-gradients-numerical-gradient-check": "(hidden test)",
			"01-gradients-analytic-gradient-check":  "(hidden test)",
		}},
		"shortcut": {2, map[string]string{"01-gradients-analytic-gradient-check": "(hidden test)"}},
	}},
	{"02-computational-graphs", 2, map[string]expect{
		"source":    {2, nil},
		"student":   {0, map[string]string{"02-computational-graphs-circuit-check": "not implemented: circuit"}},
		"alt1":      {2, nil},
		"alt2":      {2, nil},
		"hardcoded": {0, map[string]string{"02-computational-graphs-circuit-check": "(hidden test)"}},
		"shortcut":  {0, map[string]string{"02-computational-graphs-circuit-check": "circuit uses autodiff.Var"}},
	}},
	{"03-sigmoid-neuron", 3, map[string]expect{
		"source":  {3, nil},
		"student": {0, map[string]string{"03-sigmoid-neuron-neuron-backward-check": "not implemented: neuronBackward"}},
		"alt1":    {3, nil},
		"alt2":    {3, nil},
		"hardcoded": {0, map[string]string{
			"03-sigmoid-neuron-neuron-backward-check": "(hidden test)",
			"03-sigmoid-neuron-tanh-backward-check":   "(hidden test)",
		}},
		"shortcut": {2, map[string]string{"03-sigmoid-neuron-tanh-backward-check": "tanhBackward uses math.Atanh"}},
	}},
	{"04-backward-patterns", 2, map[string]expect{
		"source":    {2, nil},
		"student":   {0, map[string]string{"04-backward-patterns-staged-check": "not implemented: stagedG"}},
		"alt1":      {2, nil},
		"alt2":      {2, nil},
		"hardcoded": {0, map[string]string{"04-backward-patterns-staged-check": "(hidden test)"}},
		"shortcut":  {0, map[string]string{"04-backward-patterns-staged-check": "stagedG uses autodiff.Var"}},
	}},
	{"05-gates-api", 4, map[string]expect{
		"source":    {4, nil},
		"student":   {0, map[string]string{"05-gates-api-multiply-gate-check": "not implemented: "}},
		"alt1":      {4, nil},
		"alt2":      {4, nil},
		"hardcoded": {2, map[string]string{"05-gates-api-mulconstant-check": "(hidden test)"}},
		"shortcut":  {2, map[string]string{"05-gates-api-multiply-gate-check": "MultiplyGate.Forward uses autodiff.MultiplyGate"}},
	}},
	{"06-vectorized", 3, map[string]expect{
		"source":  {3, nil},
		"student": {0, map[string]string{"06-vectorized-matmul-backward-check": "not implemented: matmulBackward"}},
		"alt1":    {3, nil},
		"alt2":    {3, nil},
		"hardcoded": {0, map[string]string{
			"06-vectorized-matmul-backward-check": "(hidden test)",
			"06-vectorized-relu-backward-check":   "(hidden test)",
		}},
		"shortcut": {0, map[string]string{
			"06-vectorized-matmul-backward-check": "(hidden test)",
			"06-vectorized-relu-backward-check":   "reluBackward uses autodiff.ReLULayer",
		}},
	}},
	{"06b-knn", 8, map[string]expect{
		"source":  {8, nil},
		"student": {0, map[string]string{"06b-no-loops-check": "not implemented: distancesNoLoops"}},
		"alt1":    {8, nil},
		"alt2":    {8, nil},
		"shortcut": {4, map[string]string{
			"06b-one-loop-check": "distancesOneLoop has loops 2 deep",
			"06b-no-loops-check": "distancesNoLoops has loops 2 deep",
		}},
		"hardcoded": {6, map[string]string{"06b-predict-check": "(hidden test)"}},
	}},
	{"07-svm", 11, map[string]expect{
		"source":  {11, nil},
		"student": {0, map[string]string{"07-svm-naive-check": "not implemented: svmLossNaive"}},
		"alt1":    {11, nil},
		"alt2":    {11, nil},
		"shortcut": {3, map[string]string{
			"07-svm-naive-check":           "svmLossNaive has no loop inside a loop",
			"07-svm-naive-gradcheck-check": "svmLossNaive has no loop inside a loop",
			"07-svm-vectorized-check":      "svmLossVectorized uses autodiff.NewTensor",
		}},
		"hardcoded": {6, map[string]string{
			"07-svm-naive-check":           "(hidden test)",
			"07-svm-naive-gradcheck-check": "(hidden test)",
			"07-svm-vectorized-check":      "svmLossNaive disagrees with svmLossVectorized",
		}},
		"slow": {11, map[string]string{"07-svm-naive-gradcheck-check": "svmLossNaive: correct but slow: about"}},
	}},
	{"08-softmax", 8, map[string]expect{
		"source":  {8, nil},
		"student": {0, map[string]string{"08-softmax-vectorized-check": "not implemented: softmaxLossVectorized"}},
		"alt1":    {8, nil},
		"alt2":    {8, nil},
		"shortcut": {0, map[string]string{
			"08-softmax-naive-check":      "softmaxLossNaive has no loop inside a loop",
			"08-softmax-vectorized-check": "softmaxLossVectorized uses softmaxLossNaive",
		}},
		"hardcoded": {3, map[string]string{"08-softmax-naive-check": "softmaxLossNaive"}},
		"slow":      {8, map[string]string{"08-softmax-naive-gradcheck-check": "softmaxLossNaive: correct but slow: about"}},
	}},
	{"09-two-layer-net", 10, map[string]expect{
		"source":    {10, nil},
		"student":   {0, map[string]string{"09-backward-check": "not implemented: twoLayerLoss"}},
		"alt1":      {10, nil},
		"alt2":      {10, nil},
		"shortcut":  {6, map[string]string{"09-backward-check": "twoLayerLoss uses twoLayerGraph"}},
		"hardcoded": {6, map[string]string{"09-backward-check": "twoLayerLoss disagrees with your twoLayerGraph"}},
	}},
}

// answer is what every prepared submission writes in a written answer
// cell that its .cells file leaves alone.
const answer = "The student's own words, graded by hand."

func TestAssignmentsGradeAsStated(t *testing.T) {
	for _, a := range assignments {
		// One notebook at a time, its submissions two at a time: the
		// machine has two cores, and the slow submissions must keep to
		// the time limits a course would set.
		t.Run(a.notebook, func(t *testing.T) {
			sourcePath := filepath.Join("..", "..", "notebooks", a.notebook+".ipynb")
			source, err := notebook.ReadFile(sourcePath)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			var paths []string
			for name := range a.want {
				sub, err := prepare(t, source, name, filepath.Join("testdata", "assignments", a.notebook, name+".cells"))
				if err != nil {
					t.Fatal(err)
				}
				p := filepath.Join(dir, name+".ipynb")
				if err := sub.WriteFile(p); err != nil {
					t.Fatal(err)
				}
				paths = append(paths, p)
			}
			jsonOut, mdOut, fbDir := filepath.Join(dir, "grades.json"), filepath.Join(dir, "summary.md"), filepath.Join(dir, "feedback")
			args := append([]string{"grade", "-q", "-j", "2", "--source", sourcePath, "--json", jsonOut, "--markdown", mdOut, "--feedback", fbDir}, paths...)
			if got, out := gobackprop(t, args...); got != exitOK {
				t.Fatalf("grade exited %d\n%s", got, out)
			}
			var report struct{ Submissions []grade.Result }
			b, err := os.ReadFile(jsonOut)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &report); err != nil {
				t.Fatal(err)
			}
			md, _ := os.ReadFile(mdOut)
			for _, r := range report.Submissions {
				name := strings.TrimSuffix(filepath.Base(r.Submission), ".ipynb")
				want := a.want[name]
				t.Logf("%s: %v / %v", name, r.Score, r.Max)
				if r.State != grade.Graded || r.Score != want.score || r.Max != a.max {
					t.Errorf("%s: got %s %v/%v, want graded %v/%v", name, r.State, r.Score, r.Max, want.score, a.max)
					for _, tt := range r.Tests {
						t.Logf("  %s %s: %s", tt.ID, tt.Status, tt.Message)
					}
				}
				for id, text := range want.messages {
					var found bool
					var got string
					for _, tt := range r.Tests {
						if tt.ID == id {
							got = tt.Message
							found = strings.Contains(tt.Message+tt.Output, text)
						}
					}
					if !found {
						t.Errorf("%s: the result of %s does not say %q; its message is %q", name, id, text, got)
					}
				}
				checkWrittenAnswers(t, name, r, md, feedbackPath(fbDir, r.Submission))
			}
		})
	}
}

// checkWrittenAnswers: every written answer of a prepared submission is in
// the reports, to grade by hand, and in the feedback notebook.
func checkWrittenAnswers(t *testing.T, name string, r grade.Result, md []byte, feedback string) {
	t.Helper()
	nb, err := notebook.ReadFile(feedback)
	if err != nil {
		t.Errorf("%s: no feedback notebook: %v", name, err)
		return
	}
	var fb strings.Builder
	for _, c := range nb.Cells {
		fb.WriteString(c.Source + "\n")
	}
	for _, tt := range r.Tests {
		if tt.Status != grade.Manual {
			continue
		}
		if name == "student" {
			if tt.Answer != "" || !strings.Contains(tt.Message, "no answer written") {
				t.Errorf("%s: %s: got answer %q, message %q, want none", name, tt.ID, tt.Answer, tt.Message)
			}
			continue
		}
		first, _, _ := strings.Cut(tt.Answer, "\n")
		if first == "" || !strings.Contains(string(md), "> "+first) || !strings.Contains(fb.String(), first) {
			t.Errorf("%s: the answer to %s (%q) is not in the Markdown report and the feedback notebook", name, tt.ID, first)
		}
	}
	if !strings.Contains(fb.String(), "**Score: ") {
		t.Errorf("%s: the feedback notebook has no score", name)
	}
}

// prepare builds one submission from the source: "source" is the source
// itself, "student" the student version as released; any other name is
// the student version with the reference solutions in every solution cell,
// answer in every written answer, and then the cells of the named .cells
// file (sections "//// cell ID", the whole cell's new text) in their place.
func prepare(t *testing.T, source *notebook.Notebook, name, cellsFile string) (*notebook.Notebook, error) {
	if name == "source" {
		return source, nil
	}
	sub, err := grade.Assign(source)
	if err != nil || name == "student" {
		return sub, err
	}
	for i, c := range sub.Cells {
		if m, _ := grade.MetaOf(c); m.Solution {
			c.Source = source.Cells[i].Source
			if c.Type == notebook.MarkdownCell {
				c.Source = answer
			}
		}
	}
	b, err := os.ReadFile(cellsFile)
	if err != nil {
		return nil, err
	}
	cells := map[string]*notebook.Cell{}
	for _, c := range sub.Cells {
		cells[c.ID] = c
	}
	sections := strings.Split(string(b), "//// cell ")
	for _, s := range sections[1:] { // sections[0] says what the submission is
		id, text, _ := strings.Cut(s, "\n")
		c := cells[strings.TrimSpace(id)]
		if c == nil {
			t.Fatalf("%s: no cell %q in the notebook", cellsFile, id)
		}
		c.Source = strings.TrimRight(text, "\n")
	}
	return sub, nil
}
