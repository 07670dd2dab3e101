package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type Planet struct {
	Name   string
	Moons  int
	Radius float64 // km
	Rings  bool
}

func main() {
	planets := []Planet{
		{"Mercury", 0, 2439.7, false},
		{"Earth", 1, 6371.0, false},
		{"Jupiter", 95, 69911, true},
		{"Saturn", 146, 58232, true},
		{"Neptune", 16, 24622, true},
	}

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tMOONS\tRADIUS\tRINGS\t")
	fmt.Fprintln(w, "----\t-----\t------\t-----\t")
	for _, p := range planets {
		fmt.Fprintf(w, "%s\t%d\t%.1f\t%t\t\n", p.Name, p.Moons, p.Radius, p.Rings)
	}
	w.Flush()
	fmt.Println()

	// right-aligned numbers
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc\t")
	fmt.Fprintln(w, "aaa\tbbbbbb\tc\t")
	fmt.Fprintln(w, "1\t22\t333\t")
	w.Flush()
	fmt.Println()

	// padding with dots
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 1, '.', 0)
	menu := [][2]string{{"Espresso", "2.50"}, {"Cappuccino", "3.75"}, {"Tea", "2.00"}}
	for _, item := range menu {
		fmt.Fprintf(w, "%s\t%s\n", item[0], item[1])
	}
	w.Flush()

	// totals
	total := 0
	for _, p := range planets {
		total += p.Moons
	}
	fmt.Printf("\n%d planets, %d moons, average %.1f\n", len(planets), total, float64(total)/float64(len(planets)))
}
