package grade

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/gobackprop/gobackprop/notebook"
)

// benchGrade grades n copies of an SVM submission (one exercise wrong), jobs
// at a time, end to end: reading the files, merging, one worker process
// each, scoring.
func benchGrade(b *testing.B, n, jobs int) {
	dir := b.TempDir()
	var paths []string
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("student%02d.ipynb", i))
		if err := submission(b, map[string]string{"svm": wrongSVM}).WriteFile(p); err != nil {
			b.Fatal(err)
		}
		paths = append(paths, p)
	}
	src, opts := fixtureSource(), testOptions(b)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, r := range GradeAll(context.Background(), src, paths, jobs, opts) {
			if r.Score != 2 {
				b.Fatalf("%s: got %v, want 2", r.Submission, r.Score)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*n), "ms/submission")
}

func BenchmarkGrade(b *testing.B)           { benchGrade(b, 1, 1) }
func BenchmarkGradeAll20Jobs2(b *testing.B) { benchGrade(b, 20, 2) }

// BenchmarkGradeBundledSVM grades the bundled SVM assignment
// (notebooks/07-svm.ipynb: MNIST, training included) with its reference
// solutions, as a complete submission.
func BenchmarkGradeBundledSVM(b *testing.B) {
	src, err := notebook.ReadFile("../notebooks/07-svm.ipynb")
	if err != nil {
		b.Skip(err)
	}
	sub := referenceSolved(b, src)
	opts := testOptions(b)
	opts.CellTimeout, opts.TotalTimeout, opts.Memory = DefaultCellTimeout, DefaultTotalTimeout, DefaultMemory
	b.ResetTimer()
	for range b.N {
		r, err := Grade(context.Background(), src, sub, "07-svm.ipynb", opts)
		if err != nil {
			b.Fatal(err)
		}
		if r.Score != r.Max {
			WriteTable(os.Stderr, []*Result{r})
			b.Fatalf("got %v/%v, want full marks", r.Score, r.Max)
		}
	}
}

func BenchmarkGradeAll20Jobs1(b *testing.B) { benchGrade(b, 20, 1) }

// BenchmarkGradeBare is BenchmarkGrade with no layer of isolation
// ($GOBACKPROP_ISOLATION=off): the difference is what the layers cost.
func BenchmarkGradeBare(b *testing.B) {
	b.Setenv(IsolationEnv, "off")
	benchGrade(b, 1, 1)
}

// BenchmarkGradeNoNamespaces is BenchmarkGrade on a machine without
// namespaces ($GOBACKPROP_ISOLATION=namespaces): Landlock, seccomp and
// rlimits, and the worker started under its supervisor
// (supervise_linux.go), one process more.
func BenchmarkGradeNoNamespaces(b *testing.B) {
	b.Setenv(IsolationEnv, "namespaces")
	benchGrade(b, 1, 1)
}
