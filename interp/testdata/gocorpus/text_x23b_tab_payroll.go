package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

type Employee struct {
	Name   string
	Dept   string
	Rate   int64 // cents per hour
	Worked time.Duration
}

func (e Employee) Pay() int64 {
	mins := int64(e.Worked / time.Minute)
	return e.Rate * mins / 60
}

func cents(c int64) string {
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

func main() {
	staff := []Employee{
		{"Zoe", "eng", 6500, 38*time.Hour + 30*time.Minute},
		{"Adam", "ops", 4200, 40 * time.Hour},
		{"Mia", "eng", 7100, 41*time.Hour + 15*time.Minute},
		{"Li", "ops", 3900, 22*time.Hour + 45*time.Minute},
		{"Omar", "sales", 5000, 35 * time.Hour},
	}
	slices.SortFunc(staff, func(a, b Employee) int {
		if c := strings.Compare(a.Dept, b.Dept); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "Dept\tName\tHours\tRate\tPay\t")
	var total int64
	var hours time.Duration
	for _, e := range staff {
		fmt.Fprintf(w, "%s\t%s\t%v\t%s\t%s\t\n", e.Dept, e.Name, e.Worked, cents(e.Rate), cents(e.Pay()))
		total += e.Pay()
		hours += e.Worked
	}
	fmt.Fprintf(w, "\tTOTAL\t%.2f\t\t%s\t\n", hours.Hours(), cents(total))
	w.Flush()
	overtime := slices.IndexFunc(staff, func(e Employee) bool { return e.Worked > 40*time.Hour })
	fmt.Println("first overtime:", staff[overtime].Name, staff[overtime].Worked-40*time.Hour)
}
