package grade

import (
	"encoding/csv"
	"io"
	"path"
	"path/filepath"
	"strings"
)

// WriteCSV writes the results as a gradebook to import into a learning
// management system: a header, then one row per submission with the
// columns
//
//	student, submission, state, <grade_id of each graded cell>..., total, max
//
// student names the student (see Students); submission is the file as
// graded; state is graded, unusable or aborted. Each graded cell has a
// column headed by its grade_id, in notebook order, holding the points
// earned; a written answer's column is left empty, for the points a
// person gives. total is the automatic score (written answers left out)
// and max what the graded code cells are worth. An unusable submission
// scores 0 in every column; an aborted one (the grader failed, not the
// student) has empty score columns, so an import leaves the gradebook's
// cell as it was. Numbers are written as Go's strconv writes them
// (2, 2.5, never 2.50 or a locale's comma).
func WriteCSV(w io.Writer, results []*Result) error {
	var ids []string
	manual := map[string]bool{}
	seen := map[string]bool{}
	for _, r := range results {
		for _, t := range r.Tests {
			if !seen[t.ID] {
				seen[t.ID] = true
				ids = append(ids, t.ID)
			}
			if t.Status == Manual {
				manual[t.ID] = true
			}
		}
	}
	cw := csv.NewWriter(w)
	cw.Write(append(append([]string{"student", "submission", "state"}, ids...), "total", "max"))
	names := Students(results)
	for i, r := range results {
		row := []string{names[i], r.Submission, string(r.State)}
		got := map[string]Test{}
		for _, t := range r.Tests {
			got[t.ID] = t
		}
		for _, id := range ids {
			t, ok := got[id]
			switch {
			case r.State == Aborted, manual[id]:
				row = append(row, "")
			case !ok:
				row = append(row, "0")
			default:
				row = append(row, points(t.Points))
			}
		}
		if r.State == Aborted {
			row = append(row, "", "")
		} else {
			row = append(row, points(r.Score), points(r.Max))
		}
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}

// Students names the student of each result from the submission's path:
// the path relative to the folder all submissions share, without
// ".ipynb" - "alice" for submissions/07-svm/alice.ipynb. When every
// submission is a file of the same name in a folder of its own
// (submissions/07-svm/alice/07-svm.ipynb, as a collection tool lays them
// out), the folder is the name: "alice".
func Students(results []*Result) []string {
	paths := make([]string, len(results))
	for i, r := range results {
		paths[i] = filepath.ToSlash(filepath.Clean(r.Submission))
	}
	prefix := ""
	if len(paths) > 1 {
		prefix = path.Dir(paths[0]) + "/"
		for _, p := range paths[1:] {
			for prefix != "" && !strings.HasPrefix(p, prefix) {
				prefix = strings.TrimSuffix(prefix, "/")
				if i := strings.LastIndex(prefix, "/"); i >= 0 {
					prefix = prefix[:i+1]
				} else {
					prefix = ""
				}
			}
		}
	} else if len(paths) == 1 {
		prefix = path.Dir(paths[0]) + "/"
	}
	out := make([]string, len(paths))
	sameBase := len(paths) > 1
	for i, p := range paths {
		out[i] = strings.TrimSuffix(strings.TrimPrefix(p, prefix), ".ipynb")
		if sameBase && (path.Base(out[i]) != path.Base(out[0]) || !strings.Contains(out[i], "/")) {
			sameBase = false
		}
	}
	if sameBase {
		for i, s := range out {
			out[i] = path.Dir(s)
		}
	}
	return out
}
