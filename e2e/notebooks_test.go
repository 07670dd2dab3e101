//go:build linux

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The bundled notebooks the browser opens, copied from ../notebooks.
const (
	graphsNotebook = "02-computational-graphs.ipynb"
	svmNotebook    = "07-svm.ipynb"
)

// liveCell is the text of 07-svm's training cell, which draws a live loss
// curve and a progress bar; liveDone is what its finished bar says.
const (
	liveCell = "plotting.NewLiveLoss"
	liveDone = "done: 1500 iterations"
	// history is set by the training cell: an expression over it shows
	// whether variables survive an interrupt.
	liveVariable = "len(history)"
	liveValue    = "1500"
)

// svmRewrites make the copy of 07-svm small enough for a test that a
// student's page must pass in seconds, not minutes: fewer images, a shorter
// grid search. The training loop keeps its 1,500 iterations, so the live
// loss curve and the progress bar do as much as they do for a student. The
// checks of the notebook still hold on the subset (test accuracy stays
// above 0.90). Each old text must occur in the notebook: if the notebook
// changes, update this table rather than let the test run the full size.
var svmRewrites = []struct{ old, new string }{
	{"datasets.Split(raw, 59000, 1000, 10000, 500, 231)", "datasets.Split(raw, 10000, 1000, 1000, 500, 231)"},
	{"svmLossVectorized, lr, reg, 1000, 200, 5, nil)", "svmLossVectorized, lr, reg, 300, 200, 5, nil)"},
}

// writeNotebooks copies 02-computational-graphs.ipynb and a reduced
// 07-svm.ipynb into dir, the server's notebook directory.
func writeNotebooks(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join("..", "notebooks", graphsNotebook))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, graphsNotebook), src)

	src, err = os.ReadFile(filepath.Join("..", "notebooks", svmNotebook))
	if err != nil {
		t.Fatal(err)
	}
	src, err = rewriteCells(src, svmRewrites)
	if err != nil {
		t.Fatalf("%s: %v", svmNotebook, err)
	}
	writeFile(t, filepath.Join(dir, svmNotebook), src)
}

// rewriteCells replaces text in the sources of a notebook's cells, leaving
// the rest of the notebook as it is. Every old text must be found.
func rewriteCells(src []byte, rewrites []struct{ old, new string }) ([]byte, error) {
	var nb map[string]any
	if err := json.Unmarshal(src, &nb); err != nil {
		return nil, err
	}
	cells, _ := nb["cells"].([]any)
	found := make([]bool, len(rewrites))
	for _, c := range cells {
		cell, _ := c.(map[string]any)
		text := sourceText(cell["source"])
		for i, r := range rewrites {
			if strings.Contains(text, r.old) {
				text, found[i] = strings.ReplaceAll(text, r.old, r.new), true
			}
		}
		cell["source"] = text
	}
	for i, r := range rewrites {
		if !found[i] {
			return nil, fmt.Errorf("no cell contains %q; update svmRewrites in e2e/notebooks_test.go to keep the copy small", r.old)
		}
	}
	return json.MarshalIndent(nb, "", " ")
}

// sourceText joins a cell source, which nbformat allows as a string or a
// list of lines.
func sourceText(v any) string {
	switch s := v.(type) {
	case string:
		return s
	case []any:
		var b strings.Builder
		for _, line := range s {
			str, _ := line.(string)
			b.WriteString(str)
		}
		return b.String()
	}
	return ""
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
