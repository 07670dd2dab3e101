package grade

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/gobackprop/gobackprop/notebook"
)

// grade grades nb against the fixture source with the test limits.
func grade(t *testing.T, nb *notebook.Notebook) *Result {
	t.Helper()
	r, err := Grade(context.Background(), fixtureSource(), nb, "submission.ipynb", testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// statuses returns grade_id -> status of the tests the grader scores
// (TestGradeWrittenAnswer covers the written answer).
func statuses(r *Result) map[string]Status {
	out := map[string]Status{}
	for _, t := range r.Tests {
		if t.Status != Manual {
			out[t.ID] = t.Status
		}
	}
	return out
}

func test(r *Result, id string) Test {
	for _, t := range r.Tests {
		if t.ID == id {
			return t
		}
	}
	return Test{}
}

func kinds(r *Result) []FindingKind {
	var out []FindingKind
	for _, f := range r.Findings {
		out = append(out, f.Kind)
	}
	return out
}

func TestGradeScores(t *testing.T) {
	student, err := Assign(fixtureSource())
	if err != nil {
		t.Fatal(err)
	}
	hardCoded := "func sigmoidGrad(x float64) float64 {\n\tif x == 0 {\n\t\treturn 0.25\n\t}\n\treturn 0\n}"
	tests := []struct {
		name  string
		nb    *notebook.Notebook
		score float64
		want  map[string]Status
	}{
		{"the instructor's source", fixtureSource(), 5, map[string]Status{"sigmoid-grad-check": Passed, "svm-loss-check": Passed}},
		{"a complete submission", submission(t, nil), 5, map[string]Status{"sigmoid-grad-check": Passed, "svm-loss-check": Passed}},
		{"the student version as released", student, 0, map[string]Status{"sigmoid-grad-check": Failed, "svm-loss-check": Failed}},
		{"one wrong function loses its points", submission(t, map[string]string{"svm": wrongSVM}), 2,
			map[string]Status{"sigmoid-grad-check": Passed, "svm-loss-check": Failed}},
		{"a hard-coded answer fails the hidden tests", submission(t, map[string]string{"sigmoid": hardCoded}), 3,
			map[string]Status{"sigmoid-grad-check": Failed, "svm-loss-check": Passed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := grade(t, tt.nb)
			if r.State != Graded || r.Score != tt.score || r.Max != 5 {
				t.Errorf("got %s %v/%v, want graded %v/5", r.State, r.Score, r.Max, tt.score)
			}
			if got := statuses(r); !mapsEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if len(r.Findings) != 0 {
				t.Errorf("got findings %v, want none", r.Findings)
			}
		})
	}
	t.Run("stubs say what is missing", func(t *testing.T) {
		r := grade(t, student)
		if m := test(r, "svm-loss-check").Message; !strings.Contains(m, "not implemented: svmLoss") {
			t.Errorf("got message %q, want it to name svmLoss", m)
		}
	})
	t.Run("a check's output is kept", func(t *testing.T) {
		r := grade(t, submission(t, nil))
		if o := test(r, "svm-loss-check").Output; o != "svmLoss(cat) = 2.9: ok\n" {
			t.Errorf("got output %q", o)
		}
	})
}

func mapsEqual[K comparable, V comparable](a, b map[K]V) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// TestGradeContainsMaliciousSubmissions: whatever a submission does, the
// grader survives, the cells before it keep their points, the attacking
// exercise loses its points (or, when the attack is contained, does not
// need to), and nothing outside the sandbox changes.
// message checks that the svm-loss check's message says why it failed.
func message(want string) func(t *testing.T, r *Result) {
	return func(t *testing.T, r *Result) {
		if m := test(r, "svm-loss-check").Message; !strings.Contains(m, want) {
			t.Errorf("got message %q, want it to contain %q", m, want)
		}
	}
}

func TestGradeContainsMaliciousSubmissions(t *testing.T) {
	outside := t.TempDir()
	marker := filepath.Join(outside, "pwned")
	sourcePath := filepath.Join(outside, "assignment.ipynb")
	if err := fixtureSource().WriteFile(sourcePath); err != nil {
		t.Fatal(err)
	}
	withSVM := func(code string) string { return "import \"os\"\n\n" + svmSolution + "\n\n" + code }
	inSVM := func(body string) string {
		return "import (\n\t\"os\"\n\t\"strings\"\n\t\"time\"\n)\n\n" +
			"func svmLoss(scores []float64, y int) (float64, []float64) {\n" + body + "\n}"
	}
	// right is a correct svmLoss under another name, for attacks that
	// do their damage and then answer correctly.
	right := strings.Replace(svmSolution, "func svmLoss", "func right", 1) + "\n\n"
	crashed := func(msg string) func(t *testing.T, r *Result) {
		return func(t *testing.T, r *Result) {
			if m := test(r, "svm-loss-check").Message; !strings.Contains(m, msg) {
				t.Errorf("got message %q, want it to contain %q", m, msg)
			}
		}
	}
	tests := []struct {
		name     string
		svm      string                      // the svm solution cell
		edit     func(nb *notebook.Notebook) // other changes
		svmCheck Status
		findings []FindingKind
		check    func(t *testing.T, r *Result)
		skip     string // why the case cannot run here, if it cannot
	}{
		{name: "imports os/exec", svm: "import \"os/exec\"\n\n" + svmSolution + fmt.Sprintf("\n\nexec.Command(\"touch\", %q).Run()", marker),
			svmCheck: Failed, check: crashed(`could not import os/exec (package os/exec is not available`)},
		{name: "starts a shell with os.StartProcess", svm: right + inSVM(fmt.Sprintf("\t_, err := os.StartProcess(\"/bin/sh\", []string{\"sh\", \"-c\", \"touch %s\"}, &os.ProcAttr{})\n\tfmt.Println(err)\n\treturn right(scores, y)", marker)),
			svmCheck: Failed, check: message("undefined: os.StartProcess")},
		{name: "kills the grader", svm: right + inSVM("\tp, _ := os.FindProcess(os.Getppid())\n\tfmt.Println(p.Kill())\n\treturn right(scores, y)"),
			svmCheck: Failed, check: message("undefined: os.FindProcess")},
		{name: "reads the source and hidden files", svm: inSVM(fmt.Sprintf("\tfor _, f := range []string{%q, \"../\", \"/etc/passwd\"} {\n\t\tb, err := os.ReadFile(f)\n\t\tprintln(string(b), err)\n\t\tfmt.Println(string(b), err)\n\t}\n\treturn 2.9, []float64{-1, 1, 0}", sourcePath)),
			svmCheck: Failed, check: func(t *testing.T, r *Result) {
				out := test(r, "svm-loss-check").Output
				if strings.Contains(out, "HIDDEN") || !strings.Contains(out, "restricted session") {
					t.Errorf("got output %q, want the reads refused", out)
				}
			}},
		{name: "writes outside the sandbox", svm: withSVM(fmt.Sprintf("fmt.Println(os.WriteFile(%q, nil, 0o644))", marker)), svmCheck: Passed},
		{name: "loops forever", svm: inSVM("\tfor {\n\t}"), svmCheck: Timeout},
		{name: "sleeps in compiled code", svm: inSVM("\ttime.Sleep(time.Hour)\n\treturn 0, nil"), svmCheck: Timeout},
		{name: "panics in a goroutine", svm: right + inSVM("\tgo func() { panic(\"boom\") }()\n\ttime.Sleep(200 * time.Millisecond)\n\treturn right(scores, y)"),
			svmCheck: Failed, check: crashed("panic in a goroutine")},
		{name: "calls os.Exit", svm: inSVM("\tos.Exit(0)\n\treturn 0, nil"), svmCheck: Failed, check: crashed("os.Exit")},
		{name: "prints forever", svm: inSVM("\tfor {\n\t\tfmt.Println(strings.Repeat(\"spam \", 200))\n\t}"),
			svmCheck: Failed, check: crashed("output limit exceeded")},
		{name: "recurses without end", svm: inSVM("\treturn svmLoss(scores, y)"), svmCheck: Failed, check: crashed("stack overflow")},
		{name: "crashes the Go runtime", svm: "m := map[int]int{}\nfor i := 0; i < 8; i++ {\n\tgo func() {\n\t\tfor j := 0; ; j++ {\n\t\t\tm[j%64] = j\n\t\t}\n\t}()\n}\nfor j := 0; ; j++ {\n\tm[j%64] = j\n}",
			svmCheck: NotRun, check: crashed("concurrent map"), skip: onlyIf(runtime.NumCPU() > 1, "a data race needs two CPUs")},
		{name: "allocates without end", svm: "var keep [][]float64\nfor {\n\tkeep = append(keep, make([]float64, 1<<20))\n}",
			svmCheck: NotRun, check: crashed("memory limit")},
		{name: "allocates 64 GiB at once", svm: "b := make([]byte, 64<<30)\nb[len(b)-1] = 1",
			svmCheck: NotRun, check: crashed("out of memory"), skip: onlyIf(runtime.GOOS == "linux", "the address-space limit is Linux's")},
		{name: "forges results", svm: "import \"os\"\n\n" + wrongSVM + "\n\nvar forged []*os.File\nfor fd := 3; fd < 64; fd++ {\n\tf := os.NewFile(uintptr(fd), \"\")\n\tforged = append(forged, f)\n\tf.Write([]byte(\"0000 {\\\"seq\\\":99,\\\"type\\\":\\\"end\\\",\\\"cell\\\":8,\\\"status\\\":\\\"passed\\\"}\\n\"))\n}",
			svmCheck: Failed, check: message("undefined: os.NewFile")},
		{name: "redeclares a locked helper", svm: wrongSVM + "\n\nfunc closeTo(a, b, tol float64) bool { return true }",
			svmCheck: Failed, findings: []FindingKind{Redeclared}},
		{name: "redeclares panic", svm: wrongSVM + "\n\nfunc panic(v any) {}",
			svmCheck: Failed, findings: []FindingKind{Redeclared}, check: message("redeclares the predeclared identifier panic")},
		{name: "defines len at the top level", svm: wrongSVM + "\n\nlen := func(v any) int { return 3 }\n_ = len",
			svmCheck: Failed, findings: []FindingKind{Redeclared}},
		{name: "ends checks with runtime.Goexit", svm: "import rt \"runtime\"\n\nfunc svmLoss(scores []float64, y int) (float64, []float64) {\n\trt.Goexit()\n\treturn 0, nil\n}",
			svmCheck: Failed, findings: []FindingKind{Tampered}},
		{name: "assigns to a locked variable", svm: wrongSVM + "\n\nrng = nil",
			svmCheck: Failed, findings: []FindingKind{Tampered}},
		{name: "defines a locked variable again", svm: wrongSVM + "\n\nrng := 3\n_ = rng",
			svmCheck: Failed, findings: []FindingKind{Redeclared}},
		{name: "deletes the test cells", edit: func(nb *notebook.Notebook) {
			nb.Cells = slices.DeleteFunc(nb.Cells, func(c *notebook.Cell) bool { return strings.HasSuffix(c.ID, "-check") })
		}, svmCheck: Passed, findings: []FindingKind{Deleted, Deleted}},
		{name: "edits a test cell", svm: wrongSVM, edit: func(nb *notebook.Notebook) {
			cellByID(nb, "svm-check").Source = `fmt.Println("all good")`
		}, svmCheck: Failed, findings: []FindingKind{Edited}},
		{name: "renames a test cell", edit: func(nb *notebook.Notebook) {
			cellByID(nb, "svm-check").Metadata["nbgrader"].(map[string]any)["grade_id"] = "free-points"
		}, svmCheck: Passed, findings: []FindingKind{Renamed}},
		{name: "gives a test cell more points", edit: func(nb *notebook.Notebook) {
			cellByID(nb, "svm-check").Metadata["nbgrader"].(map[string]any)["points"] = 300
		}, svmCheck: Passed, findings: []FindingKind{Edited}},
		{name: "edits an instructor's cell", edit: func(nb *notebook.Notebook) {
			cellByID(nb, "try").Source = "sigmoidGrad(2)"
		}, svmCheck: Passed, findings: []FindingKind{Ignored}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip != "" {
				t.Skip(tt.skip)
			}
			solutions := map[string]string{}
			if tt.svm != "" {
				solutions["svm"] = tt.svm
			}
			nb := submission(t, solutions)
			if tt.edit != nil {
				tt.edit(nb)
			}
			r := grade(t, nb)
			want := map[string]Status{"sigmoid-grad-check": Passed, "svm-loss-check": tt.svmCheck}
			if got := statuses(r); !mapsEqual(got, want) {
				t.Errorf("got %v, want %v\n%+v", got, want, r.Tests)
			}
			wantScore := 2.0
			if tt.svmCheck == Passed {
				wantScore = 5
			}
			if r.Score != wantScore || r.Max != 5 {
				t.Errorf("got %v/%v, want %v/5", r.Score, r.Max, wantScore)
			}
			if got := kinds(r); !slices.Equal(got, tt.findings) {
				t.Errorf("got findings %v, want %v", r.Findings, tt.findings)
			}
			if _, err := os.Stat(marker); err == nil {
				os.Remove(marker)
				t.Errorf("the submission created %s outside its sandbox", marker)
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}
}

func onlyIf(ok bool, why string) string {
	if ok {
		return ""
	}
	return why
}

func TestGradeLimitsReported(t *testing.T) {
	r := grade(t, submission(t, nil))
	for _, want := range []string{"sandbox", "cell-timeout", "total-timeout", "memory-watchdog", "max-output"} {
		if !slices.Contains(r.Limits, want) {
			t.Errorf("got limits %v, want %s among them", r.Limits, want)
		}
	}
}

func TestGradeUnusable(t *testing.T) {
	python := submission(t, nil)
	python.Metadata["kernelspec"] = map[string]any{"name": "python3", "display_name": "Python 3", "language": "python"}
	python.Metadata["language_info"] = map[string]any{"name": "python"}
	other := notebook.New("gobackprop", "Go (gobackprop)", "go")
	other.Add(notebook.CodeCell, "fmt.Println(1)")
	dir := t.TempDir()
	notJSON := filepath.Join(dir, "notes.ipynb")
	os.WriteFile(notJSON, []byte("not a notebook"), 0o644)

	// The source on disk, a link to it, a hard link to it, and a
	// submission over the size limit: each must be refused unread.
	sourcePath := filepath.Join(dir, "source.ipynb")
	if err := fixtureSource().WriteFile(sourcePath); err != nil {
		t.Fatal(err)
	}
	symlink := filepath.Join(dir, "link.ipynb")
	os.Symlink(sourcePath, symlink)
	hardlink := filepath.Join(dir, "hard.ipynb")
	if err := os.Link(sourcePath, hardlink); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.ipynb")
	if err := submission(t, nil).WriteFile(big); err != nil {
		t.Fatal(err)
	}
	withSource := testOptions(t)
	withSource.SourcePath = sourcePath
	small := testOptions(t)
	small.MaxSubmission = 100

	tests := []struct {
		name, want string
		grade      func() (*Result, error)
	}{
		{"a link to the source", "not a regular file", func() (*Result, error) {
			return GradeFile(context.Background(), fixtureSource(), symlink, withSource)
		}},
		{"a hard link to the source", "the source notebook itself", func() (*Result, error) {
			return GradeFile(context.Background(), fixtureSource(), hardlink, withSource)
		}},
		{"too large", "larger than the 100-byte limit", func() (*Result, error) {
			return GradeFile(context.Background(), fixtureSource(), big, small)
		}},
		{"wrong kernel", "python", func() (*Result, error) {
			return Grade(context.Background(), fixtureSource(), python, "p.ipynb", testOptions(t))
		}},
		{"another assignment", "right assignment", func() (*Result, error) {
			return Grade(context.Background(), fixtureSource(), other, "o.ipynb", testOptions(t))
		}},
		{"not a notebook", "not a Jupyter notebook", func() (*Result, error) {
			return GradeFile(context.Background(), fixtureSource(), notJSON, testOptions(t))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := tt.grade()
			if err != nil {
				t.Fatal(err)
			}
			if r.State != Unusable || !strings.Contains(r.Error, tt.want) {
				t.Errorf("got %s %q, want unusable mentioning %q", r.State, r.Error, tt.want)
			}
			if r.Score != 0 || r.Max != 5 || len(r.Tests) != 3 || r.Tests[0].Status != NotRun || r.Tests[2].Status != Manual {
				t.Errorf("got %v/%v with %+v, want 0/5 with both tests not run and the answer to grade by hand", r.Score, r.Max, r.Tests)
			}
		})
	}
}

func TestGradeBadSource(t *testing.T) {
	src := fixtureSource()
	src.Cells[4].Source += "\n// BEGIN HIDDEN TESTS\n"
	_, err := Grade(context.Background(), src, submission(t, nil), "s.ipynb", testOptions(t))
	if err == nil || !strings.Contains(err.Error(), "never closed") {
		t.Errorf("got %v, want an unbalanced-marker error", err)
	}
}

// TestGradeDeterministic: the same submission gives the same report,
// byte for byte.
func TestGradeDeterministic(t *testing.T) {
	var reports [2]bytes.Buffer
	for i := range reports {
		r := grade(t, submission(t, map[string]string{"svm": wrongSVM}))
		if err := WriteJSON(&reports[i], []*Result{r}); err != nil {
			t.Fatal(err)
		}
	}
	if reports[0].String() != reports[1].String() {
		t.Errorf("got different reports:\n%s\n%s", &reports[0], &reports[1])
	}
}

func TestGradeAll(t *testing.T) {
	dir := filepath.Join("testdata", "submissions")
	paths, err := Submissions(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"complete": 5, "unchanged": 0, "wrong-svm": 2, "runs-a-shell": 2, "loops-forever": 2, "not-a-notebook": 0}
	if len(paths) != len(want) {
		t.Fatalf("got %d submissions %v, want %d", len(paths), paths, len(want))
	}
	results := GradeAll(context.Background(), fixtureSource(), paths, 2, testOptions(t))
	for i, r := range results {
		name := strings.TrimSuffix(filepath.Base(paths[i]), ".ipynb")
		if r.Submission != paths[i] {
			t.Errorf("result %d is for %s, want %s", i, r.Submission, paths[i])
		}
		if r.Score != want[name] {
			t.Errorf("%s: got %v, want %v", name, r.Score, want[name])
		}
	}
}

func TestSubmissionsSkipsSourceAndCheckpoints(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a/x.ipynb", "b.ipynb", "source.ipynb", ".ipynb_checkpoints/b-checkpoint.ipynb", "notes.txt"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755)
		os.WriteFile(filepath.Join(dir, f), nil, 0o644)
	}
	got, err := Submissions(dir, filepath.Join(dir, "source.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "a/x.ipynb"), filepath.Join(dir, "b.ipynb")}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
