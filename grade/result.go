package grade

import "time"

// Status is the outcome of one graded cell.
type Status string

// Outcomes of a graded cell. Only Passed earns points.
const (
	Passed  Status = "passed"  // ran without error
	Failed  Status = "failed"  // a compile error, a panic, a failed check
	Timeout Status = "timeout" // ran longer than its time limit
	Crashed Status = "crashed" // the notebook's process died while it ran
	NotRun  Status = "not-run" // the process had died or was stopped before
	// Manual is a written answer (nbgrader's "manually graded answer"):
	// the grader earns it nothing and reports it, with the student's text,
	// for a person to grade.
	Manual Status = "manual"
)

// State says whether a submission was graded.
type State string

// The states of a Result.
const (
	Graded   State = "graded"   // the submission ran; its score is final
	Unusable State = "unusable" // not a notebook, the wrong kernel, another assignment
	Aborted  State = "aborted"  // the grader failed (see Result.Error); the score means nothing
)

// Test is the grade of one graded cell of the source notebook.
type Test struct {
	// ID is the cell's nbgrader grade_id.
	ID string `json:"id"`
	// Cell is the cell's notebook id.
	Cell   string  `json:"cell"`
	Points float64 `json:"points"`
	Max    float64 `json:"max"`
	Status Status  `json:"status"`
	// Message says why points were lost, in words a student can act on.
	Message string `json:"message,omitempty"`
	// Output is the beginning of what the cell printed: a check cell
	// says what it verified.
	Output string `json:"output,omitempty"`
	// Answer is the student's text of a written answer (Status Manual).
	Answer string `json:"answer,omitempty"`
	// Time is how long the cell ran. It is left out of the JSON report
	// so that grading the same submission twice gives the same bytes.
	Time time.Duration `json:"-"`
}

// FindingKind classifies a Finding.
type FindingKind string

// Kinds of findings. The first four are changes a student is not
// supposed to make; the grader undoes them (the source's cells run) and
// reports them for the instructor to judge.
const (
	Deleted    FindingKind = "deleted"    // a locked or graded cell, or a solution cell, is missing
	Edited     FindingKind = "edited"     // a locked or graded cell was changed
	Renamed    FindingKind = "renamed"    // a graded cell's grade_id was changed
	Redeclared FindingKind = "redeclared" // student code redeclares a predeclared identifier or a name of the notebook's own cells
	Ignored    FindingKind = "ignored"    // an unlocked instructor cell was changed; the source's version ran
	Forged     FindingKind = "forged"     // the notebook wrote fake results to the grader's channel
	Tampered   FindingKind = "tampered"   // student code ends checks without an error (runtime.Goexit) or assigns a name of the notebook's own cells
)

// Finding is something about a submission that the score alone does not
// show.
type Finding struct {
	Kind    FindingKind `json:"kind"`
	Cell    string      `json:"cell,omitempty"`
	GradeID string      `json:"grade_id,omitempty"`
	Message string      `json:"message"`
}

// Result is the grade of one submission.
type Result struct {
	// Submission names the graded file as the grader was given it.
	Submission string `json:"submission"`
	State      State  `json:"state"`
	// Error says why the submission is unusable or the grader failed.
	Error string  `json:"error,omitempty"`
	Score float64 `json:"score"`
	Max   float64 `json:"max"`
	// ManualMax is what the written answers are worth; a person grades
	// them, so Score and Max leave them out.
	ManualMax float64   `json:"manual_max,omitempty"`
	Passed    int       `json:"passed"`
	Failed    int       `json:"failed"`
	Tests     []Test    `json:"tests"`
	Findings  []Finding `json:"findings"`
	// Limits lists what the child process enforced (see the package
	// documentation), so a report shows how the code was contained.
	Limits []string `json:"limits"`
	// Isolation lists the layers of confinement by the operating system
	// the child ran in (see Layers); a machine that does not allow one
	// grades without it, unless Options.RequireIsolation.
	Isolation []string `json:"isolation"`
	// Time is the wall time of grading; left out of the JSON report.
	Time time.Duration `json:"-"`
}

// total fills in Score, Max, ManualMax, Passed and Failed from Tests.
func (r *Result) total() {
	r.Score, r.Max, r.ManualMax, r.Passed, r.Failed = 0, 0, 0, 0, 0
	for _, t := range r.Tests {
		if t.Status == Manual {
			r.ManualMax += t.Max
			continue
		}
		r.Score += t.Points
		r.Max += t.Max
		if t.Status == Passed {
			r.Passed++
		} else {
			r.Failed++
		}
	}
}
