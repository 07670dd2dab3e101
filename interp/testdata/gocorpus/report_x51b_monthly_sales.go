package main

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

const rows = `date;product;qty;unit
2024-01-05;Laptop;2;899.00
2024-01-17;Mouse;10;19.90
2024-02-02;Laptop;1;949.00
2024-02-14;Monitor;3;210.50
2024-02-29;Mouse;4;18.00
2024-03-03;Monitor;1;199.99
2024-03-31;Laptop;3;879.00`

type sale struct {
	when    time.Time
	product string
	qty     int
	unit    float64
}

func main() {
	var sales []sale
	for i, line := range strings.Split(rows, "\n") {
		if i == 0 {
			continue
		}
		f := strings.Split(line, ";")
		d, err := time.Parse(time.DateOnly, f[0])
		if err != nil {
			panic(err)
		}
		q, _ := strconv.Atoi(f[2])
		u, _ := strconv.ParseFloat(f[3], 64)
		sales = append(sales, sale{d, f[1], q, u})
	}
	type cell struct{ month, product string }
	grid := map[cell]float64{}
	monthSet, prodSet := map[string]bool{}, map[string]bool{}
	for _, s := range sales {
		m := s.when.Format("2006-01")
		grid[cell{m, s.product}] += float64(s.qty) * s.unit
		monthSet[m] = true
		prodSet[s.product] = true
	}
	keys := func(m map[string]bool) []string {
		out := make([]string, 0, len(m))
		for k := range m {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	months, products := keys(monthSet), keys(prodSet)
	var buf bytes.Buffer
	buf.WriteString(fmt.Sprintf("%-8s", "product"))
	for _, m := range months {
		t, _ := time.Parse("2006-01", m)
		fmt.Fprintf(&buf, "%10s", t.Month().String()[:3])
	}
	buf.WriteString("     total\n")
	colTotals := make([]float64, len(months))
	for _, p := range products {
		fmt.Fprintf(&buf, "%-8s", p)
		row := 0.0
		for i, m := range months {
			v := grid[cell{m, p}]
			row += v
			colTotals[i] += v
			if v == 0 {
				fmt.Fprintf(&buf, "%10s", "-")
			} else {
				fmt.Fprintf(&buf, "%10.2f", v)
			}
		}
		fmt.Fprintf(&buf, "%10.2f\n", row)
	}
	buf.WriteString(strings.Repeat("-", 8+10*(len(months)+1)) + "\n")
	fmt.Fprintf(&buf, "%-8s", "all")
	grand := 0.0
	for _, c := range colTotals {
		fmt.Fprintf(&buf, "%10.2f", c)
		grand += c
	}
	fmt.Fprintf(&buf, "%10.2f\n", grand)
	fmt.Print(buf.String())
	best := sales[0]
	for _, s := range sales[1:] {
		if float64(s.qty)*s.unit > float64(best.qty)*best.unit {
			best = s
		}
	}
	fmt.Printf("best: %s %s %d days into year\n", best.product, best.when.Format("Jan 02"), best.when.YearDay())
	fmt.Println(strconv.FormatFloat(grand, 'e', 3, 64), strconv.Itoa(len(sales)), strconv.FormatInt(-255, 16), strconv.Quote("a\tb"))
}
