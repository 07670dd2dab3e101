package grade

import (
	"encoding/json"
	"strconv"

	"github.com/gobackprop/gobackprop/notebook"
)

// Meta is a cell's nbgrader metadata (schema version 3), the
// "nbgrader" object of the cell's metadata. gobackprop reads the same
// fields nbgrader's own tools do, so one notebook serves both graders.
type Meta struct {
	// GradeID names the cell for graders; it must be unique in the
	// notebook and is what reports call a test.
	GradeID string
	// Grade marks a cell that earns Points: a check cell, or an
	// "autograded answer" when Solution is set too.
	Grade bool
	// Points is what a passing graded cell earns.
	Points float64
	// Solution marks a cell the student writes; its code comes from the
	// submission.
	Solution bool
	// Locked marks a cell the student must not change; nbgrader's
	// toolbar makes it read-only.
	Locked bool
	// Task marks a manually graded task (nbgrader); gobackprop does not
	// grade tasks.
	Task bool
	// SchemaVersion is nbgrader's metadata schema version (3).
	SchemaVersion int
}

// MetaOf returns c's nbgrader metadata and whether the cell has any.
// Missing or mistyped fields read as their zero values, as nbgrader reads
// them. Numbers may be json.Number (as read from a file) or Go numbers (as
// built in code).
func MetaOf(c *notebook.Cell) (Meta, bool) {
	raw, ok := c.Metadata["nbgrader"].(map[string]any)
	if !ok {
		return Meta{}, false
	}
	m := Meta{
		GradeID:       str(raw["grade_id"]),
		Grade:         boolean(raw["grade"]),
		Points:        number(raw["points"]),
		Solution:      boolean(raw["solution"]),
		Locked:        boolean(raw["locked"]),
		Task:          boolean(raw["task"]),
		SchemaVersion: int(number(raw["schema_version"])),
	}
	return m, true
}

// Map returns m as the JSON object nbgrader stores under a cell's
// "nbgrader" metadata key. Points is left out unless the cell is graded,
// as nbgrader writes it.
func (m Meta) Map() map[string]any {
	v := m.SchemaVersion
	if v == 0 {
		v = 3
	}
	out := map[string]any{
		"grade":          m.Grade,
		"grade_id":       m.GradeID,
		"locked":         m.Locked,
		"schema_version": v,
		"solution":       m.Solution,
		"task":           m.Task,
	}
	if m.Grade {
		out["points"] = m.Points
	}
	return out
}

// graded reports whether gobackprop scores the cell: a graded code cell.
func (m Meta) graded(c *notebook.Cell) bool {
	return m.Grade && c.Type == notebook.CodeCell
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func boolean(v any) bool {
	b, _ := v.(bool)
	return b
}

func number(v any) float64 {
	switch n := v.(type) {
	case json.Number:
		f, _ := n.Float64()
		return f
	case float64:
		return n
	case int:
		return float64(n)
	case int64:
		return float64(n)
	case string:
		f, _ := strconv.ParseFloat(n, 64)
		return f
	}
	return 0
}
