package grade

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gobackprop/gobackprop/notebook"
)

// ErrUnusable is returned, wrapped with the reason, for a submission that
// cannot be graded at all: not a notebook, a notebook for another kernel,
// or one that shares no cell with the source (another assignment).
var ErrUnusable = errors.New("unusable submission")

// Merge builds the notebook that is graded: the source's cells in the
// source's order, where the code of each solution cell comes from the
// submission and everything else - check cells, hidden tests, setup,
// points - from the source. Code cells the student added run after the
// cell they followed in the submission. Submission cells are matched to
// source cells by cell id, then by nbgrader grade_id (some tools give
// copied cells fresh ids). What the student changed that is not theirs to
// change is undone and returned as findings. Merge returns an error
// wrapping ErrSource for a source it cannot grade with, and one wrapping
// ErrUnusable for a submission that matches no source cell.
func Merge(source, submission *notebook.Notebook) (*notebook.Notebook, []Finding, error) {
	p, err := plan(source, submission)
	if err != nil {
		return nil, nil, err
	}
	return p.nb, p.findings, nil
}

// addedKey marks, in the merged notebook, a cell the student added.
const addedKey = "gobackprop_added"

// merged is a graded notebook and what the grader needs to score it.
type merged struct {
	nb       *notebook.Notebook
	findings []Finding
	// tampered is the index in nb of the first student cell that changes
	// what the checks rely on (a predeclared identifier redeclared,
	// runtime.Goexit), or -1; no check after it counts (tamper.go).
	tampered  int
	tamperWhy string
	// touches are the student cells that redeclare or assign the
	// notebook's own names; the checks after each that depend on them
	// do not count (owned.go).
	touches []*touch
	// graded maps the index of each graded cell in nb (code checks and
	// written answers) to its metadata.
	graded map[int]Meta
	order  []int // indexes of graded cells, in notebook order
}

func plan(source, submission *notebook.Notebook) (*merged, error) {
	student, err := Assign(source) // validates the source
	if err != nil {
		return nil, err
	}
	if err := usable(submission); err != nil {
		return nil, err
	}
	srcIndex := map[string]int{}
	for i, c := range source.Cells {
		srcIndex[c.ID] = i
	}
	byID := map[string]*notebook.Cell{}
	byGradeID := map[string]*notebook.Cell{}
	for _, c := range submission.Cells {
		if c.ID != "" && byID[c.ID] == nil {
			byID[c.ID] = c
		}
		if m, ok := MetaOf(c); ok && m.GradeID != "" && byGradeID[m.GradeID] == nil {
			byGradeID[m.GradeID] = c
		}
	}

	// Match each source cell to its submission cell.
	match := make([]*notebook.Cell, len(source.Cells))
	of := map[*notebook.Cell]int{} // submission cell -> source index
	for i, s := range source.Cells {
		u := byID[s.ID]
		if m, _ := MetaOf(s); u == nil && m.GradeID != "" {
			if c := byGradeID[m.GradeID]; c != nil {
				if _, taken := srcIndex[c.ID]; !taken {
					u = c
				}
			}
		}
		if u != nil {
			if _, dup := of[u]; !dup {
				match[i], of[u] = u, i
			}
		}
	}
	if len(of) == 0 && len(source.Cells) > 0 {
		return nil, fmt.Errorf("%w: no cell of the submission is a cell of the source notebook: is it the right assignment?", ErrUnusable)
	}

	// Cells the student added, by the source index of the matched cell
	// they follow (-1: before any).
	added := map[int][]*notebook.Cell{}
	anchor := -1
	for _, c := range submission.Cells {
		if i, ok := of[c]; ok {
			anchor = i
			continue
		}
		if c.Type == notebook.CodeCell && strings.TrimSpace(c.Source) != "" {
			added[anchor] = append(added[anchor], c)
		}
	}

	out := &merged{graded: map[int]Meta{}, tampered: -1}
	out.nb, err = clone(source)
	if err != nil {
		return nil, err
	}
	cells := out.nb.Cells
	out.nb.Cells = nil
	owned := ownedNames(source)
	appendAdded := func(anchor int) {
		for _, c := range added[anchor] {
			out.redeclared(c.Source, c.ID, "", anchor, owned)
			out.nb.Cells = append(out.nb.Cells, &notebook.Cell{ID: c.ID, Type: notebook.CodeCell, Source: c.Source, Metadata: map[string]any{addedKey: true}})
		}
	}
	appendAdded(-1)
	for i, c := range cells {
		m, _ := MetaOf(c)
		u := match[i]
		if c.Type == notebook.CodeCell {
			out.cell(c, m, u, student.Cells[i].Source, i, owned)
		}
		if m.written(c) {
			out.answer(c, m, u)
		}
		c.Outputs, c.ExecutionCount = nil, nil
		if m.graded(c) || m.written(c) {
			out.graded[len(out.nb.Cells)] = m
			out.order = append(out.order, len(out.nb.Cells))
		}
		out.nb.Cells = append(out.nb.Cells, c)
		appendAdded(i)
	}
	return out, nil
}

// cell decides the code of source cell c (index i): the student's for a
// solution cell, the source's otherwise.
func (p *merged) cell(c *notebook.Cell, m Meta, u *notebook.Cell, studentSrc string, i int, owned map[string]int) {
	name := m.GradeID
	if name == "" {
		name = c.ID
	}
	if u != nil && m.GradeID != "" {
		um, _ := MetaOf(u)
		if um.GradeID != m.GradeID {
			p.add(Renamed, c, m, fmt.Sprintf("cell %s: grade_id %q was changed to %q; it was graded as %q", c.ID, m.GradeID, um.GradeID, m.GradeID))
		}
		if um.Grade != m.Grade || um.Points != m.Points || um.Solution != m.Solution || um.Locked != m.Locked {
			p.add(Edited, c, m, fmt.Sprintf("cell %s: its nbgrader metadata (grade, points, solution, locked) was changed; the source's was used", name))
		}
	}
	switch {
	case m.Solution:
		if u == nil || u.Type != notebook.CodeCell {
			p.add(Deleted, c, m, fmt.Sprintf("solution cell %s is missing from the submission; its empty stub ran instead", name))
			c.Source = studentSrc
			return
		}
		c.Source = u.Source
		p.redeclared(u.Source, c.ID, m.GradeID, i, owned)
	case m.Grade || m.Locked:
		switch {
		case u == nil:
			p.add(Deleted, c, m, fmt.Sprintf("locked cell %s was deleted; the source's version ran", name))
		case normalize(u.Source) != normalize(studentSrc) && normalize(u.Source) != normalize(c.Source):
			// Either version is unchanged: the instructor may grade
			// the source itself.
			p.add(Edited, c, m, fmt.Sprintf("locked cell %s was edited; the source's version ran", name))
		}
	default:
		if u != nil && normalize(u.Source) != normalize(studentSrc) && normalize(u.Source) != normalize(c.Source) {
			p.add(Ignored, c, m, fmt.Sprintf("cell %s is not a solution cell: its changes were not used", name))
		}
	}
}

func (p *merged) add(kind FindingKind, c *notebook.Cell, m Meta, msg string) {
	p.findings = append(p.findings, Finding{Kind: kind, Cell: c.ID, GradeID: m.GradeID, Message: msg})
}

// normalize hides differences Jupyter front ends make on their own:
// line endings, trailing spaces, leading and trailing blank lines.
func normalize(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// usable rejects a submission that is not for this kernel: a notebook of
// another language would fail in every cell for a reason the student
// cannot see in the score.
func usable(nb *notebook.Notebook) error {
	if lang := language(nb); lang != "" && !strings.EqualFold(lang, "go") {
		return fmt.Errorf("%w: the notebook is for the %q kernel (language %s), not Go: open the assignment with the Go (gobackprop) kernel", ErrUnusable, nb.KernelName(), lang)
	}
	return nil
}

// language returns the notebook's language as its kernelspec or
// language_info records it, or "" if neither does.
func language(nb *notebook.Notebook) string {
	if ks, ok := nb.Metadata["kernelspec"].(map[string]any); ok {
		if l, ok := ks["language"].(string); ok && l != "" {
			return l
		}
	}
	if li, ok := nb.Metadata["language_info"].(map[string]any); ok {
		if l, ok := li["name"].(string); ok && l != "" {
			return l
		}
	}
	return ""
}
