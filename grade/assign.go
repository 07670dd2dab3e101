package grade

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/gobackprop/gobackprop/notebook"
)

// ErrSource is returned, wrapped with the reason, for a source notebook
// that cannot be released or graded: cells without ids, graded cells
// without a unique grade_id, unbalanced markers.
var ErrSource = errors.New("unusable source notebook")

// Assign returns the student version of an instructor's source notebook:
// every solution region replaced by a stub that compiles, every hidden-test
// region removed, outputs and execution counts cleared. Cell ids, cell
// metadata (nbgrader's included) and notebook metadata are kept, because
// grading matches a submission's cells to the source's by id and
// grade_id. The source is not changed. Assign returns an error wrapping
// ErrSource if the source is not fit to release.
func Assign(source *notebook.Notebook) (*notebook.Notebook, error) {
	if err := validate(source); err != nil {
		return nil, err
	}
	nb, err := clone(source)
	if err != nil {
		return nil, err
	}
	for i, c := range nb.Cells {
		if err := studentCell(c); err != nil {
			return nil, fmt.Errorf("%w: cell %d (%s): %v", ErrSource, i+1, c.ID, err)
		}
	}
	nb.ClearOutputs()
	return nb, nil
}

// studentCell turns one source cell into what students get.
func studentCell(c *notebook.Cell) error {
	m, _ := MetaOf(c)
	switch c.Type {
	case notebook.CodeCell:
		src, err := removeHidden(c.Source)
		if err != nil {
			return err
		}
		if src, err = clearSolutions(src, m.Solution); err != nil {
			return err
		}
		c.Source = src
	case notebook.MarkdownCell:
		// A written answer (nbgrader's "manually graded answer").
		if m.Solution && c.Source != "" {
			c.Source = TextStub
		}
	}
	return nil
}

// validate checks what assigning and grading rely on: every cell has an
// id, every nbgrader cell that is graded or a solution has a grade_id no
// other cell has, and markers are balanced.
func validate(nb *notebook.Notebook) error {
	ids := map[string]int{}
	gradeIDs := map[string]int{}
	for i, c := range nb.Cells {
		n := i + 1
		if c.ID == "" {
			return fmt.Errorf("%w: cell %d has no id (nbformat %d.%d): save the notebook with nbformat 4.5 (Jupyter does; so does gobackprop run)",
				ErrSource, n, nb.Nbformat, nb.NbformatMinor)
		}
		if prev, dup := ids[c.ID]; dup {
			return fmt.Errorf("%w: cells %d and %d share the id %q", ErrSource, prev, n, c.ID)
		}
		ids[c.ID] = n
		m, ok := MetaOf(c)
		if ok && (m.Grade || m.Solution) {
			if m.GradeID == "" {
				return fmt.Errorf("%w: cell %d (%s) is graded or a solution but has no nbgrader grade_id", ErrSource, n, c.ID)
			}
			if prev, dup := gradeIDs[m.GradeID]; dup {
				return fmt.Errorf("%w: cells %d and %d share the grade_id %q", ErrSource, prev, n, m.GradeID)
			}
			gradeIDs[m.GradeID] = n
			if m.Points < 0 {
				return fmt.Errorf("%w: cell %d (%s) has negative points", ErrSource, n, m.GradeID)
			}
		}
		if c.Type == notebook.CodeCell {
			lines := strings.Split(c.Source, "\n")
			if _, err := regions(lines, BeginSolution, EndSolution); err != nil {
				return fmt.Errorf("%w: cell %d (%s): %v", ErrSource, n, c.ID, err)
			}
			if _, err := regions(lines, BeginHidden, EndHidden); err != nil {
				return fmt.Errorf("%w: cell %d (%s): %v", ErrSource, n, c.ID, err)
			}
			if _, err := rulesOf(c.Source); err != nil {
				return fmt.Errorf("%w: cell %d (%s): %v", ErrSource, n, c.ID, err)
			}
		}
	}
	return nil
}

// clone copies a notebook through its file form, which keeps every field
// (known or not) and cannot share a map with the original.
func clone(nb *notebook.Notebook) (*notebook.Notebook, error) {
	var buf bytes.Buffer
	if err := nb.Write(&buf); err != nil {
		return nil, err
	}
	return notebook.Read(&buf)
}
