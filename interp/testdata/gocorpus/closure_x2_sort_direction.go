// Exercises: building sort comparators with closures that capture the column and direction.
package main

import (
	"fmt"
	"sort"
)

type Row struct {
	City string
	Pop  int
	Area float64
}

func by(field string, desc bool) func(a, b Row) bool {
	var less func(a, b Row) bool
	switch field {
	case "city":
		less = func(a, b Row) bool { return a.City < b.City }
	case "pop":
		less = func(a, b Row) bool { return a.Pop < b.Pop }
	case "density":
		less = func(a, b Row) bool { return float64(a.Pop)/a.Area < float64(b.Pop)/b.Area }
	}
	if desc {
		return func(a, b Row) bool { return less(b, a) }
	}
	return less
}

func main() {
	rows := []Row{
		{"Oslo", 700000, 454}, {"Bergen", 285000, 465}, {"Tromso", 77000, 2521}, {"Stavanger", 144000, 71},
	}
	for _, spec := range []struct {
		field string
		desc  bool
	}{{"city", false}, {"pop", true}, {"density", true}} {
		less := by(spec.field, spec.desc)
		sort.Slice(rows, func(i, j int) bool { return less(rows[i], rows[j]) })
		fmt.Printf("%-8s desc=%-5v:", spec.field, spec.desc)
		for _, r := range rows {
			fmt.Print(" ", r.City)
		}
		fmt.Println()
	}
}
