package grade

import (
	"fmt"
	"strings"

	"github.com/gobackprop/gobackprop/notebook"
)

// FeedbackKey marks, in a feedback notebook, the cells the grader wrote.
const FeedbackKey = "gobackprop_feedback"

// Feedback returns what a student gets back, as nbgrader's feedback
// step gives it: the submission as handed in, with the score at the top
// and, under each graded cell, a Markdown cell with its points, status
// and message (and what a check printed). A graded cell the submission no
// longer has is reported at the top. The submission is not changed.
func Feedback(submission *notebook.Notebook, r *Result) (*notebook.Notebook, error) {
	nb, err := clone(submission)
	if err != nil {
		return nil, err
	}
	byCell := map[string]int{}
	for i, c := range nb.Cells {
		if c.ID != "" {
			byCell[c.ID] = i
		}
		if m, ok := MetaOf(c); ok && m.GradeID != "" {
			byCell["grade_id:"+m.GradeID] = i
		}
	}
	under := map[int][]Test{}
	var lost []Test
	for _, t := range r.Tests {
		i, ok := byCell[t.Cell]
		if !ok {
			i, ok = byCell["grade_id:"+t.ID]
		}
		if !ok {
			lost = append(lost, t)
			continue
		}
		under[i] = append(under[i], t)
	}

	cells := []*notebook.Cell{feedbackCell("feedback-summary", summaryText(r, lost))}
	for i, c := range nb.Cells {
		cells = append(cells, c)
		for k, t := range under[i] {
			cells = append(cells, feedbackCell(fmt.Sprintf("feedback-%d-%d", i, k), testText(t)))
		}
	}
	nb.Cells = cells
	return nb, nil
}

func feedbackCell(id, text string) *notebook.Cell {
	return &notebook.Cell{ID: id, Type: notebook.MarkdownCell, Source: text, Metadata: map[string]any{FeedbackKey: true}}
}

// summaryText heads the feedback notebook: the score, and what the
// grader has to say about the submission as a whole.
func summaryText(r *Result, lost []Test) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## Feedback: %s\n\n**Score: %s**", htmlText(r.Submission), scoreText(r))
	if r.State != Graded {
		fmt.Fprintf(&b, " (%s: %s)", r.State, htmlText(r.Error))
	}
	b.WriteString("\n\nEach graded cell below is followed by its result.\n")
	for _, t := range lost {
		fmt.Fprintf(&b, "\n- `%s` (a cell your notebook no longer has): %s / %s points, %s", t.ID, points(t.Points), points(t.Max), t.Status)
	}
	for _, f := range r.Findings {
		fmt.Fprintf(&b, "\n- ⚠️ %s: %s", f.Kind, htmlText(f.Message))
	}
	return b.String()
}

// testText is the feedback under one graded cell.
func testText(t Test) string {
	var b strings.Builder
	switch t.Status {
	case Passed:
		fmt.Fprintf(&b, "**✅ `%s`: %s / %s points**\n", t.ID, points(t.Points), points(t.Max))
	case Manual:
		fmt.Fprintf(&b, "**✍️ `%s`: graded by hand, %s points**: %s\n", t.ID, points(t.Max), t.Message)
	default:
		fmt.Fprintf(&b, "**❌ `%s`: %s / %s points (%s)**\n", t.ID, points(t.Points), points(t.Max), t.Status)
	}
	if t.Message != "" && t.Status != Manual {
		fmt.Fprintf(&b, "\n%s\n", fenced(t.Message))
	}
	if t.Output != "" {
		fmt.Fprintf(&b, "\nWhat the cell printed:\n\n%s\n", fenced(t.Output))
	}
	return b.String()
}

// fenced puts text in a Markdown code block that the text cannot close.
func fenced(s string) string {
	fence := "```"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	return fence + "text\n" + strings.TrimRight(s, "\n") + "\n" + fence
}
