package ci_test

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The fixture assignment and submissions of package grade.
var (
	source      = filepath.Join("..", "..", "grade", "testdata", "assignment.ipynb")
	submissions = filepath.Join("..", "..", "grade", "testdata", "submissions")
)

// script runs grade.sh as a CI job would and returns its exit status.
func script(t *testing.T, env []string, args ...string) (int, string) {
	t.Helper()
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh:", err)
	}
	cmd := exec.Command(sh, append([]string{"grade.sh"}, args...)...)
	// The isolation the machine allows is grade/attack_run_test.go's to check.
	cmd.Env = append(append(os.Environ(), "GOBACKPROP_REQUIRE_ISOLATION=0"), env...)
	return status(t, cmd)
}

// status runs cmd and returns its exit status and output, -1 if it
// could not start. It may run in a goroutine of the test.
func status(t *testing.T, cmd *exec.Cmd) (int, string) {
	t.Helper()
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0, string(out)
	case errors.As(err, &exit):
		return exit.ExitCode(), string(out)
	}
	t.Error(err)
	return -1, string(out)
}

// TestGradeScript runs the workflow's command locally: it builds
// gobackprop from this checkout, grades the fixture submissions and leaves
// the three reports, with the summary appended to $GITHUB_STEP_SUMMARY.
func TestGradeScript(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gobackprop")
	}
	out := t.TempDir()
	summary := filepath.Join(t.TempDir(), "step-summary.md")
	os.WriteFile(summary, []byte("# An earlier step\n\n"), 0o644)
	status, log := script(t, []string{"GOBACKPROP=", "GOBACKPROP_SRC=../..", "GITHUB_STEP_SUMMARY=" + summary, "TIMEOUT_CELL=2s", "JOBS=2"},
		source, submissions, out)
	// not-a-notebook.ipynb is among the fixtures: exit 3, reports written.
	if status != 3 {
		t.Fatalf("got exit status %d, want 3\n%s", status, log)
	}

	var grades struct {
		Submissions []struct {
			Submission string  `json:"submission"`
			Score      float64 `json:"score"`
			State      string  `json:"state"`
		} `json:"submissions"`
	}
	b, err := os.ReadFile(filepath.Join(out, "grades.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &grades); err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"complete": 5, "unchanged": 0, "wrong-svm": 2, "runs-a-shell": 2, "loops-forever": 2, "not-a-notebook": 0}
	if len(grades.Submissions) != len(want) {
		t.Fatalf("got %d submissions, want %d", len(grades.Submissions), len(want))
	}
	for _, s := range grades.Submissions {
		if name := strings.TrimSuffix(filepath.Base(s.Submission), ".ipynb"); s.Score != want[name] {
			t.Errorf("%s: got %v, want %v", name, s.Score, want[name])
		}
	}

	var junit struct {
		XMLName xml.Name `xml:"testsuites"`
		Tests   int      `xml:"tests,attr"`
		Suites  []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name string `xml:"name,attr"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	b, err = os.ReadFile(filepath.Join(out, "junit.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(b, &junit); err != nil {
		t.Fatal(err)
	}
	// Three testcases a submission: two checks and the written answer (skipped: graded by hand).
	if len(junit.Suites) != 6 || junit.Tests != 18 {
		t.Errorf("got %d testsuites, %d tests; want 6, 18", len(junit.Suites), junit.Tests)
	}

	md, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"# An earlier step", "## Grades: assignment", "| Submission | Score |"} {
		if !strings.Contains(string(md), w) {
			t.Errorf("the step summary lacks %q:\n%s", w, md)
		}
	}

	t.Run("fail under", func(t *testing.T) {
		dir := t.TempDir()
		for _, name := range []string{"complete.ipynb", "wrong-svm.ipynb"} {
			b, _ := os.ReadFile(filepath.Join(submissions, name))
			os.WriteFile(filepath.Join(dir, name), b, 0o644)
		}
		bin := filepath.Join(out, "bin", "gobackprop")
		if status, log := script(t, []string{"GOBACKPROP=" + bin, "FAIL_UNDER=50%", "GITHUB_STEP_SUMMARY="}, source, dir, t.TempDir()); status != 1 {
			t.Errorf("got exit status %d, want 1 (wrong-svm scores 40%%)\n%s", status, log)
		}
	})
}

func TestGradeScriptUsage(t *testing.T) {
	if status, log := script(t, nil, source); status != 2 || !strings.Contains(log, "Usage: sh grade.sh") {
		t.Errorf("got exit status %d, want 2 with the usage\n%s", status, log)
	}
	if status, log := step(t, ".", "sh merge.sh source.ipynb out", nil); status != 2 || !strings.Contains(log, "Usage: sh merge.sh") {
		t.Errorf("merge.sh: got exit status %d, want 2 with the usage\n%s", status, log)
	}
}

// TestWorkflow checks that the workflow runs the script the tests run,
// with what the script needs, and publishes what it writes.
func TestWorkflow(t *testing.T) {
	b, err := os.ReadFile("grade.yml")
	if err != nil {
		t.Fatal(err)
	}
	yml := string(b)
	if strings.Contains(yml, "\t") {
		t.Error("grade.yml contains a tab, which YAML does not allow for indentation")
	}
	if !strings.Contains(yml, "run: sudo apt-get update -q && sudo apt-get install -y -q --no-install-recommends gcc libopenblas-dev") ||
		strings.Index(yml, "libopenblas-dev") > strings.Index(yml, "run: sh .gobackprop/install/ci/grade.sh") {
		t.Error("grade.yml does not install OpenBLAS before grading (the build links it when installed)")
	}
	runs := runSteps(yml)
	if len(runs) != 2 || !strings.HasPrefix(runs[0], "sh .gobackprop/install/ci/grade.sh ") || len(strings.Fields(runs[0])) != 5 ||
		!strings.HasPrefix(runs[1], "sh .gobackprop/install/ci/merge.sh ") || len(strings.Fields(runs[1])) != 5 {
		t.Errorf("got run steps %q, want two: sh .gobackprop/install/ci/grade.sh SOURCE SUBMISSIONS OUT and sh .gobackprop/install/ci/merge.sh SOURCE OUT REPORTS", runs)
	}
	for _, want := range []string{
		"uses: actions/setup-go@", "go-version-file: .gobackprop/go.mod",
		"repository: gobackprop/gobackprop", "path: .gobackprop", "GOBACKPROP_SRC: .gobackprop",
		"uses: actions/upload-artifact@", "grading/junit.xml", "grading/grades.json", "grading/summary.md", "grading/grades.csv",
		"report_paths: grading/junit.xml",
		"shard: [1, 2, 3, 4]", "SHARD: ${{ matrix.shard }}/${{ strategy.job-total }}", "fail-fast: false",
		"needs: grade", "uses: actions/download-artifact@", "pattern: shard-${{ env.ASSIGNMENT }}-*", "path: shards",
	} {
		if !strings.Contains(yml, want) {
			t.Errorf("grade.yml lacks %q", want)
		}
	}
}

// runSteps returns the commands of the workflow's run steps that run
// gobackprop's scripts, in order: not the runner's set-up (apt-get).
func runSteps(yml string) []string {
	var runs []string
	for _, line := range strings.Split(yml, "\n") {
		if s, ok := strings.CutPrefix(strings.TrimSpace(line), "run: "); ok && strings.HasPrefix(s, "sh .gobackprop/") {
			runs = append(runs, s)
		}
	}
	return runs
}
