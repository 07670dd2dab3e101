package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type Employee struct {
	Name   string
	Dept   string
	Salary float64
	Years  int
}

type byDeptThenSalary []Employee

func (s byDeptThenSalary) Len() int      { return len(s) }
func (s byDeptThenSalary) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byDeptThenSalary) Less(i, j int) bool {
	if s[i].Dept != s[j].Dept {
		return s[i].Dept < s[j].Dept
	}
	return s[i].Salary > s[j].Salary
}

func main() {
	staff := []Employee{
		{"Alice Johnson", "Engineering", 125000, 7},
		{"Bob", "Sales", 68000.5, 2},
		{"Christopher Lee", "Engineering", 98000, 3},
		{"Dee", "Support", 52000, 11},
		{"Eve", "Sales", 91000, 5},
	}
	sort.Sort(byDeptThenSalary(staff))

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tDEPT\tSALARY\tYEARS\t")
	fmt.Fprintln(w, "----\t----\t------\t-----\t")
	totals := map[string]float64{}
	for _, e := range staff {
		fmt.Fprintf(w, "%s\t%s\t%.2f\t%d\t\n", e.Name, e.Dept, e.Salary, e.Years)
		totals[e.Dept] += e.Salary
	}
	w.Flush()

	fmt.Println()
	rw := tabwriter.NewWriter(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	depts := make([]string, 0, len(totals))
	for d := range totals {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		fmt.Fprintf(rw, "%s\t%.0f\t\n", d, totals[d])
	}
	rw.Flush()

	fmt.Println()
	dots := tabwriter.NewWriter(os.Stdout, 0, 0, 1, '.', 0)
	for _, item := range []struct {
		k string
		v int
	}{{"Chapter 1", 1}, {"A much longer chapter", 17}, {"End", 120}} {
		fmt.Fprintf(dots, "%s\t%d\n", item.k, item.v)
	}
	dots.Flush()

	fmt.Println()
	tw := tabwriter.NewWriter(os.Stdout, 4, 4, 1, '\t', tabwriter.TabIndent)
	fmt.Fprintln(tw, "a\tbb\tccc")
	fmt.Fprintln(tw, "dddd\te\tf")
	tw.Flush()

	esc := tabwriter.NewWriter(os.Stdout, 0, 0, 1, '-', tabwriter.StripEscape)
	fmt.Fprintln(esc, "x\t\xffy\tz\xff\tend")
	fmt.Fprintln(esc, "long-cell\tq\t!")
	esc.Flush()
}
