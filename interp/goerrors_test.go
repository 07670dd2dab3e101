package interp

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestGoErrors runs each program of testdata/goerrors, which the Go
// compiler rejects, through a session: pasted whole into a cell it must be
// rejected with the compiler's first message at the same line and column,
// before anything runs; in notebook style, with the same message.
func TestGoErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every program with the Go toolchain")
	}
	goTool := requireGo(t)
	files, err := filepath.Glob("testdata/goerrors/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs in testdata/goerrors: %v", err)
	}
	want := compilerErrors(t, goTool, files)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		t.Run(name, func(t *testing.T) {
			w, ok := want[name]
			if !ok {
				t.Fatalf("the Go compiler accepts %s", f)
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := firstCompileError(t, string(src))
			if got == nil {
				t.Fatalf("got no compile error, want %d:%d: %s", w.Line, w.Col, w.msg)
			}
			if firstLine(got.msg) != w.msg || got.Line != w.Line || got.Col != w.Col {
				t.Errorf("program style: got %d:%d: %s, want %d:%d: %s", got.Line, got.Col, got.msg, w.Line, w.Col, w.msg)
			}
			decls, body, err := notebookStyle(string(src))
			if err != nil {
				return // a syntax error: the program style covered it
			}
			if lenientInNotebook(w.msg) {
				return
			}
			s, err := New(Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, cell := range []string{decls, body} {
				got = compileErrorOf(t, s, cell)
				if got != nil {
					break
				}
			}
			if got == nil || declaredAtRE.ReplaceAllString(firstLine(got.msg), "") != declaredAtRE.ReplaceAllString(w.msg, "") {
				t.Errorf("notebook style: got %v, want %s", got, w.msg)
			}
		})
	}
}

// lenientInNotebook reports the errors a notebook's top level does not
// make (see typecheck's leniency.go).
func lenientInNotebook(msg string) bool {
	return strings.HasSuffix(msg, "imported and not used") || strings.HasPrefix(msg, "declared and not used")
}

// firstLine drops the have/want lines under a message and the file
// names in "(declared at FILE:line:col)", which differ in the compiler's
// file layout.
func firstLine(msg string) string {
	msg, _, _ = strings.Cut(msg, "\n")
	return declaredAtRE.ReplaceAllString(msg, "(declared at $1)")
}

var declaredAtRE = regexp.MustCompile(`\(declared at [^)]*?(\d+:\d+)\)`)

type compilerError struct {
	Line, Col int
	msg       string
}

var compilerLineRE = regexp.MustCompile(`^p/([^/]+)/main\.go:(\d+):(\d+): (.*)$`)

// compilerErrors builds every program in one go build and keeps each
// one's first error.
func compilerErrors(t *testing.T, goTool string, files []string) map[string]compilerError {
	dir := programModule(t, files)
	cmd := exec.Command(goTool, "build", "-o", os.DevNull, "./p/...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	out, _ := cmd.CombinedOutput()
	errs := map[string]compilerError{}
	for _, l := range strings.Split(string(out), "\n") {
		m := compilerLineRE.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		if _, seen := errs[m[1]]; !seen {
			errs[m[1]] = compilerError{Line: atoi(m[2]), Col: atoi(m[3]), msg: firstLine(m[4])}
		}
	}
	return errs
}

func firstCompileError(t *testing.T, cell string) *compilerError {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return compileErrorOf(t, s, cell)
}

func compileErrorOf(t *testing.T, s *Session, cell string) *compilerError {
	rec := &streamRecorder{}
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		_, err = s.Execute(t.Context(), cell, rec)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatalf("the cell did not finish")
	}
	var ce *Error
	if errors.As(err, &ce) && ce.compile {
		return &compilerError{Line: ce.Line, Col: ce.Col, msg: ce.msg}
	}
	var se *SyntaxError
	if errors.As(err, &se) {
		return &compilerError{Line: se.Line, Col: se.Col, msg: se.Msg}
	}
	if rec.stdout.Len() > 0 || err != nil {
		t.Logf("ran (output %q), error %v", rec.stdout.String(), err)
	}
	return nil
}
