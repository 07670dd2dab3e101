package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
)

type Metric struct {
	Model     string
	Precision float64
	Recall    float64
	Support   int
}

func (m Metric) F1() float64 {
	if m.Precision+m.Recall == 0 {
		return 0
	}
	return 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
}

type Pct float64

func (p Pct) String() string { return strconv.FormatFloat(float64(p)*100, 'f', 1, 64) + "%" }

func main() {
	ms := []Metric{
		{"knn", 0.81, 0.77, 120},
		{"naive-bayes", 0.74, 0.88, 120},
		{"tree", 0.9, 0.69, 120},
		{"dummy", 0, 0, 120},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "model\tprecision\trecall\tf1\tsupport\t")
	for _, m := range ms {
		fmt.Fprintf(w, "%s\t%v\t%v\t%.3f\t%d\t\n", m.Model, Pct(m.Precision), Pct(m.Recall), m.F1(), m.Support)
	}
	w.Flush()
	fmt.Println(strings.Repeat("-", 40))
	fmt.Printf("%v\n%+v\n%#v\n", ms[0], ms[0], ms[0])
	fmt.Printf("%T %T %q %x %08.3f|%-8.2f|%8s|\n", ms, Pct(0.5), "f1 score", "auc", 3.14159, 2.5, Pct(0.123))
	fmt.Printf("%5t %v %d %o %b %X %U %c\n", true, []Pct{0.1, 0.25}, []int{1, 2}, 64, 5, 255, 'λ', 'λ')
	fmt.Printf("%e %g %G %.2e\n", 123456.789, 1e-7, 1e21, 0.000123)
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Println(strconv.Quote("tab\there"), strconv.Itoa(-42), strconv.FormatInt(255, 2))
}
