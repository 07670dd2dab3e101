package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Years  int
}

type DeptStats struct {
	Count, Total, MaxYears int
	Senior                 string
}

func main() {
	staff := []Employee{
		{"Ada", "eng", 150, 7}, {"Linus", "eng", 140, 12}, {"Grace", "eng", 160, 20},
		{"Ken", "ops", 120, 9}, {"Rob", "ops", 125, 3}, {"Barbara", "research", 170, 15},
		{"Dennis", "research", 130, 1},
	}
	stats := map[string]*DeptStats{}
	for _, e := range staff {
		s, ok := stats[e.Dept]
		if !ok {
			s = &DeptStats{}
			stats[e.Dept] = s
		}
		s.Count++
		s.Total += e.Salary
		if e.Years > s.MaxYears {
			s.MaxYears, s.Senior = e.Years, e.Name
		}
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "dept\tcount\tavg\tsenior\t")
	depts := make([]string, 0, len(stats))
	for d := range stats {
		depts = append(depts, d)
	}
	slices.Sort(depts)
	for _, d := range depts {
		s := stats[d]
		fmt.Fprintf(w, "%s\t%d\t%.1f\t%s\t\n", d, s.Count, float64(s.Total)/float64(s.Count), s.Senior)
	}
	w.Flush()

	slices.SortStableFunc(staff, func(a, b Employee) int { return b.Salary - a.Salary })
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	for i, e := range staff {
		bar := strings.Repeat("#", e.Salary/20)
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", i+1, e.Name, strings.ToUpper(e.Dept[:3]), bar)
	}
	tw.Flush()
	fmt.Println(stats["eng"], *stats["ops"])
}
