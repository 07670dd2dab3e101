package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
)

type Row struct {
	Model          string
	TP, FP, FN, TN int
}

func (r Row) Precision() float64 { return div(r.TP, r.TP+r.FP) }
func (r Row) Recall() float64    { return div(r.TP, r.TP+r.FN) }
func (r Row) Accuracy() float64  { return div(r.TP+r.TN, r.TP+r.FP+r.FN+r.TN) }
func (r Row) F1() float64 {
	p, rc := r.Precision(), r.Recall()
	if p+rc == 0 {
		return 0
	}
	return 2 * p * rc / (p + rc)
}

func div(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func parseRows(s string) ([]Row, error) {
	var rows []Row
	for n, line := range strings.Split(strings.TrimSpace(s), "\n") {
		parts := strings.Split(line, "|")
		if len(parts) != 5 {
			return rows, fmt.Errorf("line %d: %d fields", n+1, len(parts))
		}
		var nums [4]int
		for i, p := range parts[1:] {
			v, err := strconv.Atoi(strings.TrimSpace(p))
			if err != nil {
				return rows, fmt.Errorf("line %d field %d: %w", n+1, i+2, err)
			}
			nums[i] = v
		}
		rows = append(rows, Row{strings.TrimSpace(parts[0]), nums[0], nums[1], nums[2], nums[3]})
	}
	return rows, nil
}

func main() {
	rows, err := parseRows(`
logreg | 40 | 10 | 5 | 45
svm    | 42 |  6 | 3 | 49
tree   | 30 |  2 | 15| 53
dummy  |  0 |  0 | 45| 55
`)
	if err != nil {
		fmt.Println(err)
		return
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "model\tacc\tprec\trecall\tf1\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%.4f\t%.4f\t%.4f\t%.4f\t\n", r.Model, r.Accuracy(), r.Precision(), r.Recall(), r.F1())
	}
	w.Flush()
	_, err = parseRows("a|1|2|x|4")
	fmt.Println(err)
	_, err = parseRows("a|1|2")
	fmt.Println(err)
	fmt.Println(strings.EqualFold("LogReg", rows[0].Model), strings.Title("x"), strconv.Quote(rows[1].Model))
}
