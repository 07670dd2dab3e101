package grade

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestStraysDieWithTheWorker grades, through the real binary with the
// namespaces switched off, submissions that leave a process behind which
// left the worker's process group (setsid) and holds the grader's pipe:
// one whose worker then ends on its own, one whose worker the grader
// stops at the total time limit. Without a PID namespace only the
// supervisor (supervise_linux.go) can find such a process. A cell cannot
// start one (no os/exec, no StartProcess, seccomp, Landlock), so the
// binary is built with the gradehole tag, which runs a cell's
// "//gradehole: COMMAND" first line in a shell, and Landlock and seccomp
// are switched off too: the test stands for a hole not yet known. The
// grader must finish, report both submissions graded in the layers left,
// and leave no process behind.
func TestStraysDieWithTheWorker(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gobackprop")
	}
	for _, tool := range []string{"setsid", "sleep", "/bin/sh"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed: %v", tool, err)
		}
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "gobackprop")
	if out, err := exec.Command("go", "build", "-tags", "gradehole", "-o", bin, "../cmd/gobackprop").CombinedOutput(); err != nil {
		t.Fatalf("building gobackprop: %v\n%s", err, out)
	}
	source := filepath.Join(dir, "source.ipynb")
	if err := fixtureSource().WriteFile(source); err != nil {
		t.Fatal(err)
	}
	subs := filepath.Join(dir, "submissions")
	os.MkdirAll(subs, 0o755)
	cases := []struct {
		name  string
		after string // a cell after the one that leaves the process
	}{
		{"the worker ends", ""},
		{"the worker is stopped at the total limit", "import \"time\"\n\ntime.Sleep(time.Hour)"},
	}
	pidFiles := map[string]string{}
	for _, c := range cases {
		name := strings.ReplaceAll(c.name, " ", "-")
		pidFiles[name] = filepath.Join(dir, name+".pid")
		// withAdded puts a cell right after svm: the later one first.
		nb := withAdded(withAdded(submission(t, nil), c.after), "//gradehole: setsid sleep 1000 & echo $! > "+pidFiles[name])
		if err := nb.WriteFile(filepath.Join(subs, name+".ipynb")); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		for _, f := range pidFiles {
			if pid := readPid(f); pid > 1 {
				syscall.Kill(pid, syscall.SIGKILL)
			}
		}
	})
	// A bound far above the limits, far below the strays' 1000 s: the
	// test proves the grader is not held, not how fast it is.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	report := filepath.Join(dir, "grades.json")
	cmd := exec.CommandContext(ctx, bin, "grade", "-q", "-j", "2", "--source", source, "--json", report,
		"--timeout-cell", "60s", "--timeout-total", "4s", subs)
	cmd.Env = append(os.Environ(), IsolationEnv+"=namespaces,landlock,seccomp", "GOBACKPROP_REQUIRE_ISOLATION=0")
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("the grader is still waiting after %v\n%s", 2*time.Minute, out)
	}
	if err != nil {
		t.Fatalf("grade: %v\n%s", err, out)
	}
	results := readReport(t, report)
	if len(results) != len(cases) {
		t.Fatalf("got %d results, want %d", len(results), len(cases))
	}
	for _, r := range results {
		if r.State != Graded || !slices.Equal(r.Isolation, []string{LayerRlimits}) {
			t.Errorf("%s: got %s in %v, want graded in [rlimits]", r.Submission, r.State, r.Isolation)
		}
	}
	for name, file := range pidFiles {
		pid := readPid(file)
		if pid <= 1 {
			t.Errorf("%s: no process was left (%s): the test proves nothing", name, file)
			continue
		}
		if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
			b, _ := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
			t.Errorf("%s: the process it left, %d, is still there: %s", name, pid, b)
		}
	}
}

// readPid reads a process id written to file, or returns 0.
func readPid(file string) int {
	b, _ := os.ReadFile(file)
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	return pid
}
