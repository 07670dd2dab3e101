package notebooks_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gobackprop/gobackprop/grade"
	"github.com/gobackprop/gobackprop/interp"
	"github.com/gobackprop/gobackprop/notebook"
	"github.com/gobackprop/gobackprop/runner"
)

// TestStudentVersionsCompile runs the student version of every bundled
// assignment, as gobackprop assign releases it, and requires every
// solution cell to compile: a stub that leaves a variable unused ("declared
// and not used") would greet students with a compile error instead of the
// exercise. Each check after a stub must fail with the stub's "not
// implemented", which is what a student sees first. The cells that train
// fail at once (they call the stubs), so this takes seconds; grading the
// assignments in full is make test-assignments.
func TestStudentVersionsCompile(t *testing.T) {
	files, _ := filepath.Glob("*.ipynb")
	for _, file := range files {
		src, err := notebook.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		student, err := grade.Assign(src)
		if err != nil {
			t.Fatal(err)
		}
		solutions := 0
		for _, c := range student.Cells {
			if m, _ := grade.MetaOf(c); m.Solution && c.Type == notebook.CodeCell {
				solutions++
			}
		}
		if solutions == 0 {
			continue
		}
		t.Run(strings.TrimSuffix(file, ".ipynb"), func(t *testing.T) {
			s, err := interp.New(interp.Options{})
			if err != nil {
				t.Fatal(err)
			}
			runner.Run(context.Background(), student, file, s, runner.Options{Timeout: time.Minute, AllowErrors: true})
			for _, c := range student.Cells {
				m, _ := grade.MetaOf(c)
				for _, o := range c.Outputs {
					switch {
					case o.Type != notebook.ErrorOutput:
					case m.Solution:
						t.Errorf("solution cell %s fails in the student version: %s: %s", m.GradeID, o.Ename, o.Evalue)
					case m.Grade && !strings.Contains(o.Evalue, "not implemented"):
						t.Errorf("check %s fails for another reason than a stub: %s: %s", m.GradeID, o.Ename, o.Evalue)
					}
				}
			}
		})
	}
}
