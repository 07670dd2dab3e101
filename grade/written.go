package grade

import (
	"fmt"
	"strings"

	"github.com/gobackprop/gobackprop/notebook"
)

// Written answers are Markdown cells that nbgrader calls "manually graded
// answers": solution cells with points. The source holds the reference
// answer, which Assign replaces by TextStub; the grader cannot judge prose,
// so it reports the student's text as a test with status Manual, worth
// nothing until a person grades it (Result.ManualMax says how much is
// pending).

// written reports whether c is a written answer: a graded Markdown
// solution cell.
func (m Meta) written(c *notebook.Cell) bool {
	return m.Grade && m.Solution && c.Type == notebook.MarkdownCell
}

// answer puts the student's text of written answer c into the merged
// notebook, so that reports and feedback carry it.
func (p *merged) answer(c *notebook.Cell, m Meta, u *notebook.Cell) {
	if u == nil || u.Type != notebook.MarkdownCell {
		p.add(Deleted, c, m, fmt.Sprintf("answer cell %s is missing from the submission", m.GradeID))
		c.Source = ""
		return
	}
	c.Source = u.Source
}

// writtenTest is the test of a written answer: always Manual, with the
// student's text.
func writtenTest(m Meta, c *notebook.Cell) Test {
	t := Test{ID: m.GradeID, Cell: c.ID, Max: m.Points, Status: Manual, Message: "to grade by hand"}
	text := strings.TrimSpace(c.Source)
	if text == "" || text == TextStub {
		t.Message += ": no answer written"
		return t
	}
	t.Answer = text
	return t
}
