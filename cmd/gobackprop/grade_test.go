package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The fixture assignment of package grade: two exercises, 2 + 3 points.
var (
	fixtureSource = filepath.Join("..", "..", "grade", "testdata", "assignment.ipynb")
	fixtureSubs   = filepath.Join("..", "..", "grade", "testdata", "submissions")
)

// gobackprop runs the built binary and returns its exit status and output.
func gobackprop(t *testing.T, args ...string) (int, string) {
	t.Helper()
	out, err := exec.Command(binary, args...).CombinedOutput()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0, string(out)
	case errors.As(err, &exit):
		return exit.ExitCode(), string(out)
	}
	t.Fatal(err)
	return 0, ""
}

func TestAssignCommand(t *testing.T) {
	dir := t.TempDir()
	student := filepath.Join(dir, "student.ipynb")
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"writes the student version", []string{"assign", fixtureSource, "-o", student}, exitOK},
		{"without -o", []string{"assign", fixtureSource}, exitUsage},
		{"over its own source", []string{"assign", fixtureSource, "-o", fixtureSource}, exitUsage},
		{"not a notebook", []string{"assign", filepath.Join(fixtureSubs, "not-a-notebook.ipynb"), "-o", filepath.Join(dir, "x.ipynb")}, exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, out := gobackprop(t, tt.args...); got != tt.want {
				t.Errorf("got exit %d, want %d\n%s", got, tt.want, out)
			}
		})
	}
	b, err := os.ReadFile(student)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(filepath.Join("..", "..", "grade", "testdata", "assignment.student.ipynb"))
	if string(b) != string(want) {
		t.Error("assign wrote something other than grade.Assign's student version")
	}
}

func TestGradeCommand(t *testing.T) {
	dir := t.TempDir()
	sub := func(name string) string { return filepath.Join(fixtureSubs, name+".ipynb") }
	tests := []struct {
		name string
		args []string
		want int
		out  string
	}{
		{"complete", []string{sub("complete"), "--source", fixtureSource}, exitOK, "5 / 5 (100%)"},
		{"lost points are still graded", []string{"--source", fixtureSource, sub("wrong-svm")}, exitOK, "2 / 5 (40%)"},
		{"under --fail-under percent", []string{"--source", fixtureSource, "--fail-under", "80%", sub("wrong-svm")}, exitFail, "2 / 5"},
		{"over --fail-under points", []string{"--source", fixtureSource, "--fail-under", "2", sub("wrong-svm")}, exitOK, "2 / 5"},
		{"not a notebook", []string{"--source", fixtureSource, sub("not-a-notebook")}, exitUnusable, "unusable"},
		{"a missing submission", []string{"--source", fixtureSource, filepath.Join(dir, "nobody.ipynb")}, exitUnusable, "unusable"},
		{"no --source", []string{sub("complete")}, exitUsage, "Usage"},
		{"a source that is not one", []string{"--source", sub("not-a-notebook"), sub("complete")}, exitUsage, "--source"},
		{"bad --memory", []string{"--source", fixtureSource, "--memory", "lots", sub("complete")}, exitUsage, "--memory"},
		{"bad --fail-under", []string{"--source", fixtureSource, "--fail-under", "most", sub("complete")}, exitUsage, "--fail-under"},
		{"unknown flag", []string{"--source", fixtureSource, "--frobnicate", sub("complete")}, exitUsage, "frobnicate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, out := gobackprop(t, append([]string{"grade"}, tt.args...)...)
			if got != tt.want || !strings.Contains(out, tt.out) {
				t.Errorf("got exit %d, want %d with %q in\n%s", got, tt.want, tt.out, out)
			}
		})
	}
}

func TestGradeCommandDirectory(t *testing.T) {
	dir := t.TempDir()
	jsonOut, junitOut, mdOut := filepath.Join(dir, "grades.json"), filepath.Join(dir, "out", "junit.xml"), filepath.Join(dir, "summary.md")
	got, out := gobackprop(t, "grade", "-j", "2", "--source", fixtureSource, "--timeout-cell", "2s",
		"--json", jsonOut, "--junit", junitOut, "--markdown", mdOut, fixtureSubs)
	if got != exitUnusable { // not-a-notebook.ipynb is among the submissions
		t.Errorf("got exit %d, want %d\n%s", got, exitUnusable, out)
	}
	var report struct {
		Submissions []struct {
			Submission string
			Score      float64
			State      string
		}
	}
	b, err := os.ReadFile(jsonOut)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &report); err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"complete": 5, "unchanged": 0, "wrong-svm": 2, "runs-a-shell": 2, "loops-forever": 2, "not-a-notebook": 0}
	if len(report.Submissions) != len(want) {
		t.Fatalf("got %d submissions, want %d", len(report.Submissions), len(want))
	}
	for _, s := range report.Submissions {
		name := strings.TrimSuffix(filepath.Base(s.Submission), ".ipynb")
		if s.Score != want[name] {
			t.Errorf("%s: got %v, want %v", name, s.Score, want[name])
		}
	}
	for _, f := range []string{junitOut, mdOut} {
		if info, err := os.Stat(f); err != nil || info.Size() == 0 {
			t.Errorf("%s not written: %v", f, err)
		}
	}
}

// TestGradeFeedback grades through the binary with every report and
// --feedback: the written answer reaches the JSON and Markdown reports and
// the student's feedback notebook, next to the automatic scores.
func TestGradeFeedback(t *testing.T) {
	dir := t.TempDir()
	jsonOut, mdOut, fbDir := filepath.Join(dir, "grades.json"), filepath.Join(dir, "summary.md"), filepath.Join(dir, "feedback")
	sub := filepath.Join(fixtureSubs, "wrong-svm.ipynb")
	if got, out := gobackprop(t, "grade", "--source", fixtureSource, "--json", jsonOut, "--markdown", mdOut, "--feedback", fbDir, sub); got != exitOK {
		t.Fatalf("got exit %d\n%s", got, out)
	}
	const answer = "At margin 0 the max has a corner,"
	js, _ := os.ReadFile(jsonOut)
	md, _ := os.ReadFile(mdOut)
	fb, err := os.ReadFile(feedbackPath(fbDir, sub))
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string][]string{
		"JSON":     {`"answer": "` + answer, `"status": "manual"`, `"score": 2`},
		"Markdown": {"> " + answer, "1 more to grade by hand"},
		"feedback": {answer, "graded by hand, 1 points", "0 / 3 points (failed)", "2 / 2 points"},
	} {
		text := map[string][]byte{"JSON": js, "Markdown": md, "feedback": fb}[name]
		for _, w := range want {
			if !strings.Contains(string(text), w) {
				t.Errorf("%s lacks %q:\n%s", name, w, text)
			}
		}
	}
}

func TestFeedbackPath(t *testing.T) {
	for _, tt := range []struct{ sub, want string }{
		{"subs/alice/07-svm.ipynb", "fb/subs/alice/07-svm.ipynb"},
		{"/abs/bob/07-svm.ipynb", "fb/07-svm.ipynb"},
		{"../up.ipynb", "fb/up.ipynb"},
	} {
		if got := feedbackPath("fb", tt.sub); got != filepath.FromSlash(tt.want) {
			t.Errorf("feedbackPath(fb, %s) = %s, want %s", tt.sub, got, tt.want)
		}
	}
}

// TestGradeResume: --resume keeps what the JSON report already has
// graded (a marker score shows it was not graded again) and grades the
// rest; the report holds both.
func TestGradeResume(t *testing.T) {
	report := filepath.Join(t.TempDir(), "grades.json")
	complete, wrong := filepath.Join(fixtureSubs, "complete.ipynb"), filepath.Join(fixtureSubs, "wrong-svm.ipynb")
	if got, out := gobackprop(t, "grade", "-q", "--source", fixtureSource, "--json", report, complete); got != exitOK {
		t.Fatalf("got exit %d\n%s", got, out)
	}
	b, _ := os.ReadFile(report)
	os.WriteFile(report, []byte(strings.Replace(string(b), `"score": 5`, `"score": 4.5`, 1)), 0o644)
	if got, out := gobackprop(t, "grade", "-q", "--resume", "--source", fixtureSource, "--json", report, complete, wrong); got != exitOK {
		t.Fatalf("got exit %d\n%s", got, out)
	}
	var r struct {
		Submissions []struct {
			Submission string  `json:"submission"`
			Score      float64 `json:"score"`
		} `json:"submissions"`
	}
	b, _ = os.ReadFile(report)
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, s := range r.Submissions {
		got[filepath.Base(s.Submission)] = s.Score
	}
	if got["complete.ipynb"] != 4.5 || got["wrong-svm.ipynb"] != 2 || len(got) != 2 {
		t.Errorf("got scores %v, want complete kept at 4.5 and wrong-svm graded 2", got)
	}
}
