package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Rating float64
}

func main() {
	staff := []Employee{
		{"Alice", "Engineering", 125000, 4.7},
		{"Bob", "Sales", 68000, 3.9},
		{"Charlotte", "Engineering", 99000, 4.2},
		{"Dmitri", "Support", 52000, 4.95},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tDEPT\tSALARY\tRATING\t")
	fmt.Fprintln(w, "----\t----\t------\t------\t")
	for _, e := range staff {
		fmt.Fprintf(w, "%s\t%s\t%d\t%.1f\t\n", e.Name, e.Dept, e.Salary, e.Rating)
	}
	w.Flush()
	fmt.Println()

	w2 := tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	for _, e := range staff {
		fmt.Fprintf(w2, "%s\t%d\t%s\t\n", e.Name, e.Salary, e.Dept)
	}
	w2.Flush()
	fmt.Println()

	totals := map[string]int{}
	for _, e := range staff {
		totals[e.Dept] += e.Salary
	}
	w3 := tabwriter.NewWriter(os.Stdout, 0, 4, 1, '\t', tabwriter.TabIndent)
	fmt.Fprintf(w3, "dept\ttotal\n")
	for _, d := range []string{"Engineering", "Sales", "Support"} {
		fmt.Fprintf(w3, "%s\t%d\n", d, totals[d])
	}
	w3.Flush()
	fmt.Printf("%v\n", totals)
}
