package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type Method func(cost, salvage int64, life, year int) int64

func straightLine(cost, salvage int64, life, year int) int64 {
	return (cost - salvage) / int64(life)
}

func decliningBalance(rate float64) Method {
	return func(cost, salvage int64, life, year int) int64 {
		book := float64(cost)
		var dep float64
		for y := 1; y <= year; y++ {
			dep = book * rate / float64(life)
			if book-dep < float64(salvage) {
				dep = book - float64(salvage)
			}
			book -= dep
		}
		return int64(dep + 0.5)
	}
}

func sumOfYears(cost, salvage int64, life, year int) int64 {
	syd := life * (life + 1) / 2
	return (cost - salvage) * int64(life-year+1) / int64(syd)
}

func run(name string, m Method, cost, salvage int64, life int) []int64 {
	deps := make([]int64, life)
	for y := 1; y <= life; y++ {
		deps[y-1] = m(cost, salvage, life, y)
	}
	return deps
}

func main() {
	cost, salvage, life := int64(5000000), int64(500000), 5
	methods := []struct {
		name string
		m    Method
	}{
		{"Straight-line", straightLine},
		{"Double-declining", decliningBalance(2)},
		{"150% declining", decliningBalance(1.5)},
		{"Sum-of-years", sumOfYears},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 3, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprint(w, "Method\t")
	for y := 1; y <= life; y++ {
		fmt.Fprintf(w, "Y%d\t", y)
	}
	fmt.Fprintln(w, "Total\t")
	for _, mm := range methods {
		deps := run(mm.name, mm.m, cost, salvage, life)
		fmt.Fprintf(w, "%s\t", mm.name)
		var tot int64
		for _, d := range deps {
			fmt.Fprintf(w, "%d\t", d/100)
			tot += d
		}
		fmt.Fprintf(w, "%d\t\n", tot/100)
	}
	w.Flush()
	counter := 0
	counted := func(m Method) Method {
		return func(c, s int64, l, y int) int64 {
			counter++
			return m(c, s, l, y)
		}
	}
	run("x", counted(straightLine), cost, salvage, life)
	run("y", counted(sumOfYears), cost, salvage, life)
	fmt.Println("calls:", counter)
}
