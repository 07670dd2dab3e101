package grade

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gobackprop/gobackprop/notebook"
)

// TestAttacks grades the attack suite (attacks_test.go) and two honest
// submissions (one whose locals are named like the notebook's globals,
// with a cell of its own that uses them) in one run of the real gobackprop
// binary, two at a time, with short limits, a planted CI token in its
// environment, and checks the JSON report: every attack is blocked (its
// exercise earns nothing, nothing it read from the grader's files is in
// its report, nothing outside its sandbox changed), the honest submissions
// keep their full score with no finding, the grader finishes, and each
// submission ran in the layers of isolation this machine allows, found
// here independently of the grader, less those $GOBACKPROP_ISOLATION
// switches off.
func TestAttacks(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the layers of isolation are Linux's")
	}
	if testing.Short() {
		t.Skip("builds gobackprop and grades 50 submissions")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin", "gobackprop")
	// The default build, OpenBLAS where the machine has it: its library
	// and threads must live with the sandbox too.
	if out, err := exec.Command("make", "-C", "..", "build", "BIN="+bin).CombinedOutput(); err != nil {
		t.Fatalf("building gobackprop: %v\n%s", err, out)
	}
	subs, outside := filepath.Join(dir, "submissions"), filepath.Join(dir, "outside")
	os.MkdirAll(subs, 0o755)
	os.MkdirAll(outside, 0o755)
	p := paths{source: filepath.Join(dir, "source.ipynb"), honest: filepath.Join(subs, "honest.ipynb"), honestLocals: filepath.Join(subs, "honest-locals.ipynb"),
		binary: bin, outside: outside, report: filepath.Join(dir, "grades.json")}
	// Secrets: in the source's text, in a file name next to it, in the
	// grader's command line and environment (below), in the honest
	// submission's text.
	src := fixtureSource()
	src.Add(notebook.MarkdownCell, "Instructor's note: SOURCE-CONTENT-4417")
	if err := src.WriteFile(p.source); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "dirlisting-3319"), nil, 0o644)
	honest := submission(t, nil)
	cellByID(honest, "svm").Source += "\n// HONEST-CONTENT-5521: my own work"
	if err := honest.WriteFile(p.honest); err != nil {
		t.Fatal(err)
	}
	if err := withAdded(submission(t, map[string]string{"svm": honestLocals}), honestAdded).WriteFile(p.honestLocals); err != nil {
		t.Fatal(err)
	}
	// The layers the grader is to use: what this machine allows, less
	// what $GOBACKPROP_ISOLATION switches off (to run the suite, say,
	// without namespaces: GOBACKPROP_ISOLATION=namespaces).
	off, err := switchedOff()
	if err != nil {
		t.Fatal(err)
	}
	layers := slices.DeleteFunc(machineLayers(), func(l string) bool { return slices.Contains(off, l) })
	byFile := map[string]attack{}
	for i, a := range attacks(p) {
		if a.needs != "" && !slices.Contains(layers, a.needs) {
			t.Logf("not run without %s: %s", a.needs, a.name)
			continue
		}
		file := filepath.Join(subs, "attack"+string(rune('a'+i/26))+string(rune('a'+i%26))+".ipynb")
		b := a.raw
		if b == nil {
			var buf bytes.Buffer
			if err := withAdded(submission(t, map[string]string{"svm": a.code}), a.added).Write(&buf); err != nil {
				t.Fatal(err)
			}
			b = buf.Bytes()
		}
		if err := os.WriteFile(file, b, 0o644); err != nil {
			t.Fatal(err)
		}
		byFile[file] = a
	}
	// Submissions that are the source itself.
	os.Symlink(p.source, filepath.Join(subs, "link-to-source.ipynb"))
	os.Link(p.source, filepath.Join(subs, "hardlink-to-source.ipynb"))
	before := fingerprint(t, p.source, p.honest, p.binary)

	cmd := exec.Command(bin, "grade", "-q", "-j", "2", "--source", p.source, "--json", p.report,
		"--timeout-cell", "3s", "--timeout-total", "20s", "--memory", "512MiB", "--max-output", "64KiB",
		"--max-submission", "2MiB", "--max-disk", "64MiB", "--junit", filepath.Join(dir, "junit-CMDLINE-7781.xml"), subs)
	cmd.Env = append(os.Environ(), "CI_TOKEN=TOKEN-9034", "GOBACKPROP_REQUIRE_ISOLATION=0")
	start := time.Now()
	out, err := cmd.CombinedOutput()
	elapsed := time.Since(start)
	if code := cmd.ProcessState.ExitCode(); code != 3 { // 3: unusable submissions among them
		t.Fatalf("got exit %d (%v), want 3\n%s", code, err, out)
	}
	t.Logf("graded %d submissions in %v", len(byFile)+4, elapsed.Round(time.Millisecond))
	results := readReport(t, p.report)

	for _, r := range results {
		if r.State == Graded && !slices.Equal(r.Isolation, layers) {
			t.Errorf("%s: got isolation %v, want what this machine allows: %v", r.Submission, r.Isolation, layers)
		}
		if r.Submission == p.honest || r.Submission == p.honestLocals {
			if r.Score != 5 || r.State != Graded || len(r.Findings) > 0 {
				t.Errorf("%s: got %v/%v (%s), findings %v, want 5/5 and none", r.Submission, r.Score, r.Max, r.State, r.Findings)
			}
			continue
		}
		a, ok := byFile[r.Submission]
		if !ok { // the links to the source
			if r.State != Unusable {
				t.Errorf("%s: got state %s, want unusable", r.Submission, r.State)
			}
			continue
		}
		t.Run(a.name, func(t *testing.T) { checkBlocked(t, a, r) })
	}
	if got, want := len(results), len(byFile)+4; got != want {
		t.Errorf("got %d results, want %d", got, want)
	}
	if after := fingerprint(t, p.source, p.honest, p.binary); !slices.Equal(before, after) {
		t.Error("a grader's file changed during grading")
	}
	if es, _ := os.ReadDir(outside); len(es) > 0 {
		t.Errorf("files appeared outside the sandboxes: %v", es)
	}
}

// checkBlocked checks one attack's result.
func checkBlocked(t *testing.T, a attack, r *Result) {
	if a.raw != nil {
		if r.State != Unusable || r.Score != 0 {
			t.Errorf("got %s %v/%v, want unusable", r.State, r.Score, r.Max)
		}
		return
	}
	if r.State != Graded {
		t.Fatalf("got state %s (%s), want graded", r.State, r.Error)
	}
	svm := test(r, "svm-loss-check")
	if svm.Status == Passed || r.Score > 2 {
		t.Errorf("got %v/%v, svm check %s: the attack earned points", r.Score, r.Max, svm.Status)
	}
	if sig := test(r, "sigmoid-grad-check"); sig.Status != Passed && svm.Status != Timeout && svm.Status != Crashed && svm.Status != NotRun {
		t.Errorf("the exercise before the attack lost its points: %s %s", sig.Status, sig.Message)
	}
	report, _ := json.Marshal(r)
	for _, s := range a.notIn {
		if bytes.Contains(report, []byte(s)) {
			t.Errorf("the report holds %q, which only a read of the grader's files gives:\n%s", s, svm.Message)
		}
	}
	if a.want != "" && !slices.ContainsFunc(strings.Split(a.want, "|"), func(w string) bool { return strings.Contains(svm.Message, w) }) {
		t.Errorf("got message %q, want it to contain %q", svm.Message, a.want)
	}
	if a.finding != "" && !slices.Contains(kinds(r), a.finding) {
		t.Errorf("got findings %v, want one of kind %s", r.Findings, a.finding)
	}
	if strings.Contains(a.code, "panic(info)") && a.want == "" && !strings.Contains(svm.Message, "panic:") {
		t.Errorf("the attack did not run to its end (so it proves nothing): %s", svm.Message)
	}
}

// readReport reads the JSON report a grading run wrote.
func readReport(t *testing.T, file string) []*Result {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	results, err := ReadJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	return results
}

// withAdded adds a code cell with src after nb's svm cell, as a student
// adds one; an empty src adds nothing.
func withAdded(nb *notebook.Notebook, src string) *notebook.Notebook {
	if src == "" {
		return nb
	}
	for i, c := range nb.Cells {
		if c.ID == "svm" {
			mine := &notebook.Cell{ID: fmt.Sprintf("mine%d", len(nb.Cells)), Type: notebook.CodeCell, Source: src, Metadata: map[string]any{}}
			nb.Cells = slices.Insert(nb.Cells, i+1, mine)
			break
		}
	}
	return nb
}

// fingerprint hashes files.
func fingerprint(t *testing.T, files ...string) []string {
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		out = append(out, string(sum[:]))
	}
	return out
}

// sortedKeys returns m's keys in order.
func sortedKeys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
