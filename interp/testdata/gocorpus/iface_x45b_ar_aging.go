package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type Receivable struct {
	Customer string
	Invoice  string
	DaysOld  int
	Amount   int64
}

type byCustomerThenAge []Receivable

func (s byCustomerThenAge) Len() int      { return len(s) }
func (s byCustomerThenAge) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byCustomerThenAge) Less(i, j int) bool {
	if s[i].Customer != s[j].Customer {
		return s[i].Customer < s[j].Customer
	}
	return s[i].DaysOld > s[j].DaysOld
}

var buckets = []struct {
	label string
	max   int
}{{"Current", 30}, {"31-60", 60}, {"61-90", 90}, {"90+", 1 << 30}}

func bucket(days int) int {
	for i, b := range buckets {
		if days <= b.max {
			return i
		}
	}
	return len(buckets) - 1
}

func m(c int64) string {
	if c == 0 {
		return "-"
	}
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

func main() {
	rs := []Receivable{
		{"Initech", "I-301", 12, 450000},
		{"Acme", "A-100", 95, 120000},
		{"Globex", "G-77", 45, 98050},
		{"Acme", "A-104", 20, 33300},
		{"Initech", "I-288", 64, 15000},
		{"Acme", "A-099", 130, 7500},
		{"Globex", "G-80", 5, 220000},
		{"Umbrella", "U-1", 61, 500000},
	}
	sort.Sort(byCustomerThenAge(rs))
	for _, r := range rs {
		fmt.Printf("%-9s %-6s %4d days %10s\n", r.Customer, r.Invoice, r.DaysOld, m(r.Amount))
	}
	fmt.Println()
	type row struct {
		cust string
		b    [4]int64
	}
	var rows []*row
	idx := map[string]*row{}
	for _, r := range rs {
		x, ok := idx[r.Customer]
		if !ok {
			x = &row{cust: r.Customer}
			idx[r.Customer] = x
			rows = append(rows, x)
		}
		x.b[bucket(r.DaysOld)] += r.Amount
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(w, "Customer\t")
	for _, b := range buckets {
		fmt.Fprint(w, b.label, "\t")
	}
	fmt.Fprintln(w, "Total\t")
	var col [4]int64
	for _, r := range rows {
		fmt.Fprint(w, r.cust, "\t")
		var t int64
		for i, v := range r.b {
			fmt.Fprint(w, m(v), "\t")
			t += v
			col[i] += v
		}
		fmt.Fprintln(w, m(t), "\t")
	}
	fmt.Fprintf(w, "All\t%s\t%s\t%s\t%s\t\n", m(col[0]), m(col[1]), m(col[2]), m(col[3]))
	w.Flush()
	fmt.Println(sort.IsSorted(byCustomerThenAge(rs)))
}
