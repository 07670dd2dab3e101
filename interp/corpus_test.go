package interp

// The differential test: every program of testdata/gocorpus is built and
// run by the real Go toolchain (the oracle) and run by a Session in two
// styles - the whole program pasted into one cell, and notebook style
// (declarations in one cell, main's body as top-level statements in the
// next). Their standard output and their panics must agree. A program the
// session cannot run the way Go does must fail with an error, never print
// something else: a silent wrong answer fails the test even when the
// program is listed in testdata/gocorpus/KNOWN, the file of differences
// still open, each with its reason.

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// corpusCase is one program and how one style of running it ended.
type corpusCase struct {
	Name   string `json:"name"`
	Style  string `json:"style"` // "program" or "notebook"
	Stdout string `json:"stdout"`
	Err    string `json:"err"` // "ename: evalue" of the cell's error, "" if none
	Hang   bool   `json:"hang"`
	Millis int64  `json:"ms"` // how long the session took, for the slowest-cases log
}

// oracleRun is what the compiled program did.
type oracleRun struct {
	stdout string
	panic  string // first line of a panic or fatal error, without "panic: "
	failed bool   // exit status not 0
	killed bool   // cut off at the time limit: not kept in the cache
}

const corpusDir = "testdata/gocorpus"

func TestGoCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("the differential corpus builds every program with the Go toolchain")
	}
	goTool := requireGo(t)
	// CORPUS=glob narrows the run while working on one area; CORPUS_DIFF=1
	// logs every difference, listed or not.
	pattern := "*.go"
	if g := os.Getenv("CORPUS"); g != "" {
		pattern = g
	}
	files, err := filepath.Glob(filepath.Join(corpusDir, pattern))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus programs in %s: %v", corpusDir, err)
	}
	whole := pattern != "*.go" || os.Getenv("GOBACKPROP_CORPUS") == "all"
	if !whole {
		files = quickCorpus(files)
	}
	began := time.Now()
	oracle := buildOracle(t, goTool, files)
	built := time.Since(began)
	got := runCorpusShards(t, files, 2)
	t.Logf("the oracle took %v (build and run), the sessions %v", built.Round(time.Second), (time.Since(began) - built).Round(time.Second))
	logSlowest(t, got, 15)
	known := readKnown(t, filepath.Join(corpusDir, "KNOWN"))

	total, same, silentKnown := 0, 0, 0
	stillKnown := map[string]bool{}
	var newKnown []string
	for _, f := range files {
		name := filepath.Base(f)
		want, built := oracle[name]
		if !built {
			continue
		}
		for _, style := range []string{"program", "notebook"} {
			total++
			c, ok := got[name+" "+style]
			key := name + " " + style
			if !ok {
				// A crash is loud, not a wrong answer: it may be listed.
				if _, listed := known[key]; listed {
					stillKnown[key] = true
				} else if !*writeKnown {
					t.Errorf("%s (%s): the worker process died on it", name, style)
				}
				if *writeKnown {
					newKnown = append(newKnown, key+" the process died (a fatal error of Go's runtime, such as a stack overflow through compiled code)")
				}
				continue
			}
			diff := compareRun(want, c)
			if diff == "" {
				same++
				if _, listed := known[key]; listed && !*writeKnown {
					// Not an error: a few cases depend on goroutine timing
					// in the session and are listed for the runs they fail.
					t.Logf("%s (%s) behaved like Go in this run: if it always does, remove it from KNOWN", name, style)
				}
				continue
			}
			if os.Getenv("CORPUS_DIFF") != "" {
				t.Logf("%s (%s): %s", name, style, diff)
			}
			reason, listed := known[key]
			if listed {
				stillKnown[key] = true
			}
			switch silent := silentlyWrong(want, c); {
			case silent && listed && strings.HasPrefix(reason, "SILENT"):
				silentKnown++
			case *writeKnown:
			case silent:
				t.Errorf("%s (%s): SILENT WRONG ANSWER: %s", name, style, diff)
			case !listed:
				t.Errorf("%s (%s): %s", name, style, diff)
			}
			if *writeKnown {
				newKnown = append(newKnown, knownLine(key, silentlyWrong(want, c), c, reason))
			}
		}
	}
	if *writeKnown {
		// Programs this run left out keep their entries.
		ran := map[string]bool{}
		for _, f := range files {
			ran[filepath.Base(f)] = true
		}
		for key, reason := range known {
			if !ran[strings.Fields(key)[0]] {
				newKnown = append(newKnown, key+" "+reason)
			}
		}
		writeKnownFile(t, newKnown)
	}
	for key := range known {
		if pattern != "*.go" || !whole {
			break
		}
		if !fileExists(filepath.Join(corpusDir, strings.Fields(key)[0])) {
			t.Errorf("KNOWN lists %s, which is not in the corpus", key)
		}
	}
	if !whole {
		t.Logf("the quick corpus: %d programs; GOBACKPROP_CORPUS=all (make test-slow) runs all of them", len(files))
	}
	t.Logf("%d of %d runs (%d programs, two styles) behave exactly as compiled Go (%.1f%%); of the %d known differences, %d end in a clear error and %d are silent wrong answers still open",
		same, total, len(files), 100*float64(same)/float64(total), len(stillKnown), len(stillKnown)-silentKnown, silentKnown)
}

var writeKnown = flag.Bool("write-known", false, "rewrite testdata/gocorpus/KNOWN with the differences of this run")

// compareRun describes how the session's run differs from Go's, or
// returns "" when it does not.
func compareRun(want oracleRun, got corpusCase) string {
	switch {
	case got.Hang:
		return "the cell never finished"
	case got.Stdout != want.stdout:
		return fmt.Sprintf("got output\n%s\nwant\n%s\n(error: %q)", got.Stdout, want.stdout, got.Err)
	case want.failed && got.Err == "":
		return fmt.Sprintf("got no error, want Go's %q", want.panic)
	case want.failed && !strings.Contains(got.Err, want.panic):
		return fmt.Sprintf("got error %q, want it to contain Go's %q", got.Err, want.panic)
	case !want.failed && got.Err != "":
		return fmt.Sprintf("got error %q, want none", got.Err)
	}
	return ""
}

// silentlyWrong reports a run that ended as if all was well but did not
// do what Go does: the one kind of difference nothing excuses.
func silentlyWrong(want oracleRun, got corpusCase) bool {
	if got.Hang || got.Err != "" {
		return false
	}
	return want.failed || got.Stdout != want.stdout
}

// overJSON is text as it arrives through JSON, the way a session's output
// reaches every client (Jupyter's messages, this test's worker): bytes
// that are not UTF-8 ("naïve"[:3]) become U+FFFD.
func overJSON(s string) string {
	b, _ := json.Marshal(s)
	var out string
	json.Unmarshal(b, &out)
	return out
}

// requireGo finds the Go toolchain, the oracle. Under CI it must exist.
func requireGo(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("go")
	if err != nil {
		if p = filepath.Join(os.Getenv("GOROOT"), "bin", "go"); os.Getenv("GOROOT") == "" || !fileExists(p) {
			if os.Getenv("CI") == "true" {
				t.Fatalf("the Go toolchain is the oracle of this test and is missing: %v", err)
			}
			t.Skipf("no Go toolchain: %v", err)
		}
	}
	return p
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// programModule writes each program as package p/NAME of a module in a
// temporary directory, which one go build compiles in parallel.
func programModule(t *testing.T, files []string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module corpus\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pkg := filepath.Join(dir, "p", strings.TrimSuffix(filepath.Base(f), ".go"))
		if err := os.MkdirAll(pkg, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(pkg, "main.go"), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// buildOracle builds every program with one go build (the toolchain links
// them in parallel) and runs each binary. Linking is most of the time of
// this test; without the symbol table and DWARF (-s -w), which no program
// reads, it takes half as long. Stack traces and panics are unchanged.
func buildOracle(t *testing.T, goTool string, files []string) map[string]oracleRun {
	t.Helper()
	cache := newOracleCache(t, goTool)
	runs := make(map[string]oracleRun, len(files))
	var missing []string
	for _, f := range files {
		if r, ok := cache.load(f); ok {
			runs[filepath.Base(f)] = r
		} else {
			missing = append(missing, f)
		}
	}
	if len(missing) == 0 {
		return runs
	}
	for name, r := range buildAndRun(t, goTool, missing) {
		runs[name] = r
		if !r.killed {
			cache.store(filepath.Join(corpusDir, name), r)
		}
	}
	return runs
}

func buildAndRun(t *testing.T, goTool string, files []string) map[string]oracleRun {
	t.Helper()
	dir := programModule(t, files)
	bin := filepath.Join(dir, "bin")
	cmd := exec.Command(goTool, "build", "-ldflags=-s -w", "-o", bin+"/", "./p/...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		// The other programs are built all the same.
		t.Errorf("go build of the corpus: %v\n%s", err, out)
	}
	runs := make(map[string]oracleRun, len(files))
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for _, f := range files {
		name := filepath.Base(f)
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			exe := filepath.Join(bin, strings.TrimSuffix(name, ".go"))
			if !fileExists(exe) {
				return
			}
			r := runOracle(t, exe)
			mu.Lock()
			runs[name] = r
			mu.Unlock()
		}()
	}
	wg.Wait()
	return runs
}

func runOracle(t *testing.T, exe string) oracleRun {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := oracleRun{stdout: overJSON(stdout.String()), failed: err != nil, killed: ctx.Err() != nil}
	if err != nil {
		r.panic = lastPanic(stderr.String())
	}
	return r
}

// lastPanic returns the panic that ended a program: the last "panic: "
// line of a chain (a panic raised while another unwinds), or the fatal
// error, without its prefix and "[recovered]" marks.
func lastPanic(stderr string) string {
	last := ""
	for _, l := range strings.Split(stderr, "\n") {
		l = strings.TrimPrefix(l, "\t")
		for _, prefix := range []string{"panic: ", "fatal error: "} {
			if rest, ok := strings.CutPrefix(l, prefix); ok {
				last = rest
			}
		}
	}
	if i := strings.Index(last, " [recovered"); i >= 0 {
		last = last[:i]
	}
	return last
}

// runCorpusShards runs the corpus in n worker processes at once: a case
// mostly waits on one core, and some wait for their time limit.
func runCorpusShards(t *testing.T, files []string, n int) map[string]corpusCase {
	t.Helper()
	shards := make([][]string, n)
	for i, f := range files {
		shards[i%n] = append(shards[i%n], f)
	}
	results := map[string]corpusCase{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, shard := range shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := runCorpusWorker(t, shard)
			mu.Lock()
			defer mu.Unlock()
			for k, v := range got {
				results[k] = v
			}
		}()
	}
	wg.Wait()
	return results
}

// runCorpusWorker runs the corpus through sessions in a child process (the
// test binary again), which captures file descriptors 1 and 2 as the
// kernel does. A case that kills the child is reported missing and the
// child is started again after it.
func runCorpusWorker(t *testing.T, files []string) map[string]corpusCase {
	t.Helper()
	results := map[string]corpusCase{}
	out := filepath.Join(t.TempDir(), "results.jsonl")
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	sort.Strings(names)
	for start := 0; start < len(names); {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCorpusWorker$", "-test.timeout=30m")
		cmd.Env = append(os.Environ(), "GOBACKPROP_CORPUS_WORKER="+out, "GOBACKPROP_CORPUS_CASES="+strings.Join(names[start:], ","))
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := runWatched(cmd, out, 60*time.Second)
		before := len(results)
		b, _ := os.ReadFile(out)
		for _, line := range bytes.Split(b, []byte("\n")) {
			if len(line) == 0 {
				continue
			}
			var c corpusCase
			if err := json.Unmarshal(line, &c); err != nil {
				t.Errorf("worker result %.200q: %v", line, err) // a line cut by a crash
				continue
			}
			results[c.Name+" "+c.Style] = c
		}
		done := map[string]bool{}
		for k := range results {
			done[strings.Fields(k)[0]] = true
		}
		next := start
		for next < len(names) && done[names[next]] {
			next++
		}
		if next == len(names) {
			break
		}
		if len(results) == before {
			t.Logf("the worker stopped at %s: %v\n%s", names[next], err, lastLines(stderr.String(), 20))
			next++ // that case is reported missing
		}
		start = next
	}
	return results
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// runWatched runs the worker and kills it when its results file has not
// grown for quiet: a cell stuck where no timeout reaches it.
func runWatched(cmd *exec.Cmd, results string, quiet time.Duration) error {
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	size, last := int64(-1), time.Now()
	for {
		select {
		case err := <-done:
			return err
		case <-time.After(time.Second):
			if fi, err := os.Stat(results); err == nil && fi.Size() != size {
				size, last = fi.Size(), time.Now()
			}
			if time.Since(last) > quiet {
				cmd.Process.Kill()
				<-done
				return fmt.Errorf("no result for %v: killed", quiet)
			}
		}
	}
}
