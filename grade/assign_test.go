package grade

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/gobackprop/gobackprop/display"
	"github.com/gobackprop/gobackprop/interp"
	"github.com/gobackprop/gobackprop/notebook"
)

// roundTrip writes and reads nb, as a file on disk would see it.
func roundTrip(t *testing.T, nb *notebook.Notebook) *notebook.Notebook {
	t.Helper()
	var buf bytes.Buffer
	if err := nb.Write(&buf); err != nil {
		t.Fatal(err)
	}
	out, err := notebook.Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestAssignKeepsCellsAndMetadata(t *testing.T) {
	src := roundTrip(t, fixtureSource())
	n := 7
	src.Cells[4].Outputs = []notebook.Output{{Type: notebook.StreamOutput, Name: "stdout", Text: "ok\n"}}
	src.Cells[4].ExecutionCount = &n
	before := roundTrip(t, src)

	student, err := Assign(src)
	if err != nil {
		t.Fatal(err)
	}
	student = roundTrip(t, student)
	if !reflect.DeepEqual(roundTrip(t, src), before) {
		t.Error("Assign changed its source")
	}
	if len(student.Cells) != len(src.Cells) {
		t.Fatalf("got %d cells, want %d", len(student.Cells), len(src.Cells))
	}
	if !reflect.DeepEqual(student.Metadata, src.Metadata) {
		t.Errorf("got notebook metadata %v, want %v", student.Metadata, src.Metadata)
	}
	for i, c := range student.Cells {
		s := src.Cells[i]
		if c.ID != s.ID || c.Type != s.Type {
			t.Errorf("cell %d: got %s %s, want %s %s", i, c.ID, c.Type, s.ID, s.Type)
		}
		if !reflect.DeepEqual(c.Metadata, s.Metadata) {
			t.Errorf("cell %s: got metadata %v, want %v", c.ID, c.Metadata, s.Metadata)
		}
		if len(c.Outputs) > 0 || c.ExecutionCount != nil {
			t.Errorf("cell %s: outputs not cleared", c.ID)
		}
		for _, secret := range []string{"BEGIN", "END SOLUTION", "HIDDEN", "(1 - s) * s", "grad[y]--", "12.9"} {
			if strings.Contains(c.Source, secret) {
				t.Errorf("cell %s: the student version contains %q:\n%s", c.ID, secret, c.Source)
			}
		}
	}
	if got := cellByID(student, "svm-check").Source; !strings.Contains(got, "svmLoss(cat) = 2.9: ok") {
		t.Errorf("the visible check is gone:\n%s", got)
	}
}

// TestStudentVersionCompiles runs the student version cell by cell, as a
// student would: every cell but the checks runs without error, and the
// checks fail with the stubs' "not implemented".
func TestStudentVersionCompiles(t *testing.T) {
	student, err := Assign(fixtureSource())
	if err != nil {
		t.Fatal(err)
	}
	s, err := interp.New(interp.Options{Restricted: true, Sandbox: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range student.Cells {
		if c.Type != notebook.CodeCell {
			continue
		}
		_, err := s.Execute(context.Background(), c.Source, &capped{keep: 1 << 10})
		m, _ := MetaOf(c)
		switch {
		case m.Grade || c.ID == "try":
			if _, evalue, _ := display.DescribeError(err); err == nil || !strings.Contains(evalue, "not implemented") {
				t.Errorf("cell %s: got %v, want a not-implemented panic", c.ID, err)
			}
		case err != nil:
			ename, evalue, _ := display.DescribeError(err)
			t.Errorf("cell %s does not run: %s: %s\n%s", c.ID, ename, evalue, c.Source)
		}
	}
}

// TestNbgraderMetadataRoundTrip: the cell metadata nbgrader's own tools
// write (schema 3, with the checksum and cell_type that nbgrader
// generate_assignment adds) goes through assign untouched, and grade reads
// grade_id and points from it.
func TestNbgraderMetadataRoundTrip(t *testing.T) {
	const cellMeta = `{"nbgrader": {"cell_type": "code", "checksum": "0a1b2c3d", "grade": true, "grade_id": "svm-loss-check", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}, "tags": ["graded"]}`
	src := fixtureSource()
	var meta map[string]any
	dec := json.NewDecoder(strings.NewReader(cellMeta))
	dec.UseNumber()
	if err := dec.Decode(&meta); err != nil {
		t.Fatal(err)
	}
	cellByID(src, "svm-check").Metadata = meta
	src = roundTrip(t, src)

	student, err := Assign(src)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := roundTrip(t, student).Write(&buf); err != nil {
		t.Fatal(err)
	}
	var file struct {
		Cells []struct {
			ID       string          `json:"id"`
			Metadata json.RawMessage `json:"metadata"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(buf.Bytes(), &file); err != nil {
		t.Fatal(err)
	}
	for _, c := range file.Cells {
		if c.ID != "svm-check" {
			continue
		}
		var got, want any
		json.Unmarshal(c.Metadata, &got)
		json.Unmarshal([]byte(cellMeta), &want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got metadata %s, want %s", c.Metadata, cellMeta)
		}
	}

	m, ok := MetaOf(cellByID(student, "svm-check"))
	if want := (Meta{GradeID: "svm-loss-check", Grade: true, Locked: true, Points: 3, SchemaVersion: 3}); !ok || m != want {
		t.Errorf("got %+v, want %+v", m, want)
	}
	sub := roundTrip(t, student)
	for i, c := range sub.Cells {
		if mm, _ := MetaOf(c); mm.Solution {
			c.Source = src.Cells[i].Source
		}
	}
	r, err := Grade(context.Background(), src, sub, "s.ipynb", testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []Test{{ID: "sigmoid-grad-check", Max: 2, Points: 2}, {ID: "svm-loss-check", Max: 3, Points: 3}}
	for i, w := range want {
		if g := r.Tests[i]; g.ID != w.ID || g.Max != w.Max || g.Points != w.Points {
			t.Errorf("test %d: got %s %v/%v, want %s %v/%v", i, g.ID, g.Points, g.Max, w.ID, w.Points, w.Max)
		}
	}
	if len(r.Findings) != 0 {
		t.Errorf("got findings %v, want none", r.Findings)
	}
}

func TestAssignRejectsBadSources(t *testing.T) {
	tests := []struct {
		name string
		edit func(nb *notebook.Notebook)
		want string
	}{
		{"cell without id", func(nb *notebook.Notebook) { nb.Cells[1].ID = "" }, "no id"},
		{"duplicate grade_id", func(nb *notebook.Notebook) {
			nb.Cells[8].Metadata = nbgrader("sigmoid-grad-check", true, false, true, 1)
		}, "share the grade_id"},
		{"graded without grade_id", func(nb *notebook.Notebook) {
			nb.Cells[8].Metadata = nbgrader("", true, false, true, 1)
		}, "no nbgrader grade_id"},
		{"unbalanced markers", func(nb *notebook.Notebook) { nb.Cells[3].Source += "\n// END SOLUTION" }, "without"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := fixtureSource()
			tt.edit(src)
			_, err := Assign(src)
			if !errors.Is(err, ErrSource) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want ErrSource mentioning %q", err, tt.want)
			}
		})
	}
}

func ExampleAssign() {
	nb := notebook.New("gobackprop", "Go (gobackprop)", "go")
	nb.Add(notebook.CodeCell, `func relu(x float64) float64 {
	// BEGIN SOLUTION
	return max(0, x)
	// END SOLUTION
}`)
	student, err := Assign(nb)
	if err != nil {
		panic(err)
	}
	fmt.Println(student.Cells[0].Source)
	// Output:
	// func relu(x float64) float64 {
	// 	// YOUR CODE HERE
	// 	panic("not implemented: relu")
	// }
}
