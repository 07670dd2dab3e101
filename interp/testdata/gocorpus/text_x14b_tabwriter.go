package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Employee struct {
	Name   string
	Dept   string
	Salary float64
	Years  int
}

func main() {
	emps := []Employee{
		{"Alice", "Engineering", 125000, 5},
		{"Bob", "Sales", 68000.5, 2},
		{"Christopher", "Engineering", 143250, 11},
		{"Dee", "HR", 59000, 1},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tDEPT\tSALARY\tYEARS\t")
	fmt.Fprintln(w, "----\t----\t------\t-----\t")
	total := 0.0
	for _, e := range emps {
		fmt.Fprintf(w, "%s\t%s\t%.2f\t%d\t\n", e.Name, e.Dept, e.Salary, e.Years)
		total += e.Salary
	}
	fmt.Fprintf(w, "\t\t%.2f\t\t\n", total)
	w.Flush()

	fmt.Println()
	rw := tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	for _, e := range emps {
		fmt.Fprintf(rw, "%s\t%d\t%s\t\n", e.Name, e.Years, strings.ToUpper(e.Dept[:2]))
	}
	rw.Flush()

	var sb strings.Builder
	tw := tabwriter.NewWriter(&sb, 0, 4, 1, '\t', tabwriter.TabIndent)
	fmt.Fprintln(tw, "a\tbb\tccc")
	fmt.Fprintln(tw, "dddd\te\tf")
	tw.Flush()
	fmt.Printf("%q\n", sb.String())
}
