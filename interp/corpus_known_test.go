package interp

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The corpus test's bookkeeping: which programs make test runs, the file
// of open differences (testdata/gocorpus/KNOWN), and where the time goes.

// logSlowest names the runs the sessions spent most time on: where the
// test's time goes.
func logSlowest(t *testing.T, got map[string]corpusCase, n int) {
	cases := make([]corpusCase, 0, len(got))
	for _, c := range got {
		cases = append(cases, c)
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].Millis > cases[j].Millis })
	var b strings.Builder
	for i := 0; i < n && i < len(cases); i++ {
		fmt.Fprintf(&b, "\n  %6d ms  %s (%s)", cases[i].Millis, cases[i].Name, cases[i].Style)
	}
	t.Logf("the slowest runs:%s", b.String())
}

// quickCorpus is the part of the corpus make test runs: every program a
// session wrote for its fixes (_sNN_), one in two of those the first
// sessions wrote for the areas of the language, and one in forty-eight of
// those written blind, chosen by a hash of the name so that the choice is
// the same on every machine (392 programs at stop 26). Linking a binary for each program is most of the
// whole corpus's time (five minutes on two cores); make test-slow, which
// CI runs after make test, runs them all.
func quickCorpus(files []string) []string {
	var quick []string
	for _, f := range files {
		name := filepath.Base(f)
		h := fnv.New32a()
		h.Write([]byte(name))
		switch {
		case sessionProgram.MatchString(name): // each session's fixes, all
		case blindProgram.MatchString(name) && h.Sum32()%48 != 0:
			continue
		case !blindProgram.MatchString(name) && h.Sum32()%2 != 0:
			continue // the first sessions' programs, half of them
		}
		quick = append(quick, f)
	}
	return quick
}

// sessionProgram matches the names of the programs a session wrote for
// the fixes it made (s19, s25...).
var sessionProgram = regexp.MustCompile(`_s[0-9]+_`)

// blindProgram matches the names of the programs written blind: their
// round (x2, x19a...) is part of the name.
var blindProgram = regexp.MustCompile(`_x[0-9]+[a-z]?_`)

// knownLine is a KNOWN entry for a difference: silent wrong answers are
// marked SILENT, the others carry the error the session gave.
func knownLine(key string, silent bool, c corpusCase, old string) string {
	reason := c.Err
	switch {
	case silent:
		reason = "SILENT wrong output"
	case c.Hang:
		reason = "hangs"
	case reason == "":
		reason = "output differs before the error"
	}
	if old != "" && strings.HasPrefix(old, "SILENT") == silent {
		reason = old // keep a reason written by hand
	}
	reason = strings.Join(strings.Fields(reason), " ")
	if len(reason) > 160 {
		reason = reason[:160] + "..."
	}
	return key + " " + reason
}

func writeKnownFile(t *testing.T, lines []string) {
	sort.Strings(lines)
	head := "# Differences from compiled Go that are still open: NAME.go STYLE reason.\n" +
		"# SILENT marks a wrong answer with no error (the worst kind; TestGoCorpus fails on\n" +
		"# any that is not listed). go test ./interp -run TestGoCorpus -write-known rewrites it.\n"
	if err := os.WriteFile(filepath.Join(corpusDir, "KNOWN"), []byte(head+strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// readKnown reads the open differences: lines "NAME.go STYLE reason".
func readKnown(t *testing.T, path string) map[string]string {
	t.Helper()
	known := map[string]string{}
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return known
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 3 {
			t.Fatalf("KNOWN: %q: want NAME.go STYLE reason", line)
		}
		known[fields[0]+" "+fields[1]] = strings.Join(fields[2:], " ")
	}
	return known
}
