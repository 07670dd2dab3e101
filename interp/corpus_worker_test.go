package interp

import (
	"context"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/gobackprop/gobackprop/capture"
	"github.com/gobackprop/gobackprop/display"
	"github.com/gobackprop/gobackprop/interp/mirror"
)

// TestCorpusWorker is the child process of TestGoCorpus: it runs the
// programs named in GOBACKPROP_CORPUS_CASES through sessions, with file
// descriptors 1 and 2 captured as in the kernel, and appends one JSON line
// per run to the file GOBACKPROP_CORPUS_WORKER names.
func TestCorpusWorker(t *testing.T) {
	out := os.Getenv("GOBACKPROP_CORPUS_WORKER")
	if out == "" {
		t.Skip("run by TestGoCorpus")
	}
	results, err := os.OpenFile(out, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	// A runaway recursion through compiled code (a String method that
	// formats its own receiver) is fatal in Go; with a small stack it ends
	// this process quickly, and the parent goes on after that case.
	debug.SetMaxStack(256 << 20)
	capt, err := capture.Start(func(name, text string) { display.Current().Stream(name, text) })
	if err != nil {
		t.Fatal(err)
	}
	write := func(c corpusCase) {
		b, _ := json.Marshal(c)
		if _, err := results.Write(append(b, '\n')); err != nil {
			t.Fatal(err)
		}
	}
	// Each run starts with this process's environment, as each go run
	// does: a cell sets the process's own (gbe_x10a_env).
	environ := os.Environ()
	for _, name := range strings.Split(os.Getenv("GOBACKPROP_CORPUS_CASES"), ",") {
		src, err := os.ReadFile(filepath.Join(corpusDir, name))
		if err != nil {
			t.Fatal(err)
		}
		decls, body, err := notebookStyle(string(src))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		// An interrupted cell may leave goroutines running that would
		// print into the next program's output: after such a program the
		// worker exits and the parent starts a fresh one.
		interrupted := false
		for _, style := range []string{"program", "notebook"} {
			mirror.ForgetLocalTypes()
			cells := []string{string(src)}
			if style == "notebook" {
				cells = []string{decls, body}
			}
			c := corpusCase{Name: name, Style: style}
			restoreEnv(environ)
			s, err := New(Options{Stdout: capt.Writer("stdout"), Stderr: capt.Writer("stderr"), Sync: capt.Sync})
			if err != nil {
				t.Fatal(err)
			}
			var stdout strings.Builder
			began := time.Now()
			for _, cell := range cells {
				rec := &streamRecorder{}
				errText, finished := executeWithin(s, cell, rec, 10*time.Second)
				stdout.WriteString(rec.stdout.String())
				c.Millis = time.Since(began).Milliseconds()
				if !finished {
					c.Hang = true
					c.Stdout = stdout.String()
					write(c)
					os.Exit(3) // the cell's goroutine cannot be stopped: start afresh
				}
				if errText != "" {
					c.Err = errText
					interrupted = interrupted || strings.HasPrefix(errText, "Interrupted")
					break
				}
			}
			c.Stdout = stdout.String()
			write(c)
		}
		if interrupted {
			os.Exit(3)
		}
	}
}

// executeWithin runs one cell and reports its error as "ename: evalue",
// or finished false if it did not end in time.
func executeWithin(s *Session, cell string, f display.Frontend, limit time.Duration) (errText string, finished bool) {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	done := make(chan string, 1)
	go func() {
		_, err := s.Execute(ctx, cell, f)
		if err == nil {
			done <- ""
			return
		}
		ename, evalue, _ := display.DescribeError(err)
		done <- ename + ": " + evalue
	}()
	select {
	case e := <-done:
		return e, true
	case <-time.After(limit + 5*time.Second):
		return "", false
	}
}

// streamRecorder keeps a cell's stdout; a result shown as the cell's value
// is not output and is left out of the comparison.
type streamRecorder struct {
	recorder
	stdout strings.Builder
}

func (r *streamRecorder) Stream(name, text string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	// A runaway loop that prints is cut off: its first 64 KiB show the
	// difference.
	if name == "stdout" && r.stdout.Len() < 64<<10 {
		r.stdout.WriteString(text)
	}
}

// notebookStyle splits a program the way a notebook user writes it:
// imports and declarations in one cell, main's body as top-level
// statements in the next.
func notebookStyle(src string) (decls, body string, err error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.ParseComments)
	if err != nil {
		return "", "", err
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset }
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Name.Name != "main" || fd.Recv != nil {
			continue
		}
		start := off(fd.Pos())
		if fd.Doc != nil {
			start = off(fd.Doc.Pos())
		}
		body = src[off(fd.Body.Lbrace)+1 : off(fd.Body.Rbrace)]
		decls = src[off(f.Name.End()):start] + src[off(fd.End()):]
		return decls, body, nil
	}
	return "", "", os.ErrNotExist
}

// restoreEnv makes the process's environment environ again.
func restoreEnv(environ []string) {
	os.Clearenv()
	for _, kv := range environ {
		if k, v, ok := strings.Cut(kv, "="); ok {
			os.Setenv(k, v)
		}
	}
}
