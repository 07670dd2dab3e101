package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `name,dept,salary
"Smith, John",eng,120000
Alice,eng,135000
Bob,sales,90000
"Carol ""CJ"" Jones",sales,95000
Dan,hr,70000
`

type Emp struct {
	Name   string
	Dept   string
	Salary int
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	recs, err := r.ReadAll()
	if err != nil {
		panic(err)
	}
	var emps []Emp
	for _, rec := range recs[1:] {
		s, _ := strconv.Atoi(rec[2])
		emps = append(emps, Emp{rec[0], rec[1], s})
	}
	fmt.Println(len(recs), recs[4][0])

	byDept := map[string][]Emp{}
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e)
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "dept\tcount\ttotal\tavg\t")
	for _, d := range depts {
		tot := 0
		for _, e := range byDept[d] {
			tot += e.Salary
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f\t\n", d, len(byDept[d]), tot, float64(tot)/float64(len(byDept[d])))
	}
	tw.Flush()

	tw2 := tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	for _, e := range emps {
		fmt.Fprintf(tw2, "%s\t%s\t%d\n", e.Name, e.Dept, e.Salary)
	}
	tw2.Flush()

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"name", "note"})
	for _, e := range emps[:2] {
		w.Write([]string{e.Name, fmt.Sprintf("earns %d, in %q", e.Salary, e.Dept)})
	}
	w.Flush()
	fmt.Println(w.Error())

	bad := csv.NewReader(strings.NewReader("a,b\nc\n"))
	_, err = bad.ReadAll()
	fmt.Println(err)
	lazy := csv.NewReader(strings.NewReader("x;y;z\n"))
	lazy.Comma = ';'
	row, _ := lazy.Read()
	fmt.Printf("%q\n", row)
}
