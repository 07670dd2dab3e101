package ci_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/gobackprop/gobackprop/grade"
)

// Students and runners of TestWorkflowShards.
const (
	classSize = 200
	shards    = 4
)

// TestWorkflowShards runs grade.yml's steps on this machine as the job
// matrix would on four runners and a fifth for the merge: the same run
// lines, each in a checkout of its own (a course folder with
// .gobackprop beside it), the artifacts carried from the shard jobs to the
// merge job as upload-artifact and download-artifact lay them out. The
// merged reports must be those of one run over all 200 submissions, byte
// for byte: JSON (sorted by submission), CSV, Markdown and JUnit (times
// aside: the shards' JSON reports do not keep them). Go's build step is
// replaced by one binary for all jobs.
func TestWorkflowShards(t *testing.T) {
	if testing.Short() {
		t.Skip("grades 400 submissions")
	}
	yml, err := os.ReadFile("grade.yml")
	if err != nil {
		t.Fatal(err)
	}
	runs := runSteps(string(yml))
	if len(runs) != 2 {
		t.Fatalf("got %d run steps, want 2 (grade, merge)", len(runs))
	}
	gradeStep, mergeStep := runs[0], runs[1]
	bin := filepath.Join(t.TempDir(), "gobackprop")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/gobackprop").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()

	// The single run, and the shards at the same time, as the matrix runs them.
	var wg sync.WaitGroup
	exits := make([]int, shards+1)
	logs := make([]string, shards+1)
	for i := 0; i <= shards; i++ {
		dir := checkout(t, filepath.Join(tmp, fmt.Sprintf("runner%d", i)), root)
		env := []string{"GOBACKPROP=" + bin, "JOBS=1", "TIMEOUT_CELL=10s"}
		if i > 0 {
			env = append(env, fmt.Sprintf("SHARD=%d/%d", i, shards))
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			exits[i], logs[i] = step(t, dir, gradeStep, env)
		}()
	}
	wg.Wait()
	if exits[0] != 3 { // two of the submissions are not notebooks
		t.Fatalf("single run: got exit status %d, want 3\n%s", exits[0], logs[0])
	}
	merger := checkout(t, filepath.Join(tmp, "merge"), root)
	graded := 0
	for i := 1; i <= shards; i++ {
		if exits[i] != 0 && exits[i] != 3 {
			t.Fatalf("shard %d: got exit status %d, want 0 or 3\n%s", i, exits[i], logs[i])
		}
		b, err := os.ReadFile(filepath.Join(tmp, fmt.Sprintf("runner%d", i), "grading", "grades.json"))
		if err != nil {
			t.Fatal(err)
		}
		rs, err := grade.ReadJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) == 0 {
			t.Errorf("shard %d/%d graded nothing", i, shards)
		}
		graded += len(rs)
		artifact := filepath.Join(merger, "shards", fmt.Sprintf("shard-x-%d", i))
		os.MkdirAll(artifact, 0o755)
		os.WriteFile(filepath.Join(artifact, "grades.json"), b, 0o644)
	}
	if graded != classSize {
		t.Errorf("the shards graded %d submissions in all, want %d", graded, classSize)
	}
	if st, log := step(t, merger, mergeStep, []string{"GOBACKPROP=" + bin}); st != 3 {
		t.Fatalf("merge: got exit status %d, want 3\n%s", st, log)
	}

	single := filepath.Join(tmp, "runner0", "grading")
	merged := filepath.Join(merger, "grading")
	want := sortedJSON(t, filepath.Join(single, "grades.json"))
	if got := read(t, filepath.Join(merged, "grades.json")); !bytes.Equal(got, want) {
		t.Errorf("merged grades.json differs from the single run's (%d bytes, want %d)", len(got), len(want))
	}
	times := regexp.MustCompile(` time="[0-9.]+"`)
	for _, name := range []string{"grades.csv", "summary.md", "junit.xml"} {
		got := times.ReplaceAll(read(t, filepath.Join(merged, name)), nil)
		want := times.ReplaceAll(read(t, filepath.Join(single, name)), nil)
		if !bytes.Equal(got, want) {
			t.Errorf("merged %s differs from the single run's:\n%s", name, firstDiff(got, want))
		}
	}
	if n := bytes.Count(read(t, filepath.Join(merged, "grades.csv")), []byte("\n")); n != classSize+1 {
		t.Errorf("grades.csv has %d lines, want a header and %d students", n, classSize)
	}
}

// checkout lays out a course's grading repository in dir as a runner
// sees it after the workflow's checkouts: the assignment's source, the
// class's submissions, gobackprop in .gobackprop.
func checkout(t *testing.T, dir, gobackprop string) string {
	t.Helper()
	subs := filepath.Join(dir, "submissions", "x")
	if err := os.MkdirAll(subs, 0o755); err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "assignments", "x"), 0o755)
	copyFile(t, source, filepath.Join(dir, "assignments", "x", "source.ipynb"))
	// Most of a class hands in working code, some a wrong loss, some the
	// released notebook untouched; two hand in something else.
	kinds := []string{"complete", "complete", "complete", "wrong-svm", "complete", "unchanged", "runs-a-shell"}
	for i := range classSize {
		kind := kinds[i%len(kinds)]
		if i == 17 || i == 133 {
			kind = "not-a-notebook"
		}
		copyFile(t, filepath.Join(submissions, kind+".ipynb"), filepath.Join(subs, fmt.Sprintf("student%03d.ipynb", i)))
	}
	if err := os.Symlink(gobackprop, filepath.Join(dir, ".gobackprop")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// step runs a workflow's run line with sh in dir, as the runner does,
// with env added to the job's: ASSIGNMENT and no step summary.
func step(t *testing.T, dir, run string, env []string) (int, string) {
	cmd := exec.Command("sh", "-c", run)
	cmd.Dir = dir
	// The isolation the machine allows is grade/attack_run_test.go's to check.
	cmd.Env = append(append(os.Environ(), "ASSIGNMENT=x", "GITHUB_STEP_SUMMARY=", "GOBACKPROP_REQUIRE_ISOLATION=0"), env...)
	return status(t, cmd)
}

// sortedJSON returns the JSON report at path with its submissions
// sorted, as grade merge writes it.
func sortedJSON(t *testing.T, path string) []byte {
	t.Helper()
	rs, err := grade.ReadJSON(bytes.NewReader(read(t, path)))
	if err != nil {
		t.Fatal(err)
	}
	grade.SortResults(rs)
	var b bytes.Buffer
	grade.WriteJSON(&b, rs)
	return b.Bytes()
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got %s\nwant %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("got %d lines, want %d", len(g), len(w))
}
