package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

const sales = `month,region,product,amount
Jan,EU,books,120.5
Jan,US,books,99
Jan,EU,music,45
Feb,US,music,60.25
Feb,EU,books,80
Feb,APAC,books,33.3
Mar,US,books,150
Mar,APAC,music,12
Mar,EU,music,n/a
`

type key struct{ row, col string }

func main() {
	recs, err := csv.NewReader(strings.NewReader(sales)).ReadAll()
	if err != nil {
		panic(err)
	}
	cells := map[key]float64{}
	var rows, cols []string
	var bad []string
	for i, r := range recs[1:] {
		amt, err := strconv.ParseFloat(r[3], 64)
		if err != nil {
			bad = append(bad, fmt.Sprintf("row %d: %v", i+2, err))
			continue
		}
		k := key{r[1], r[0]}
		cells[k] += amt
		if !slices.Contains(rows, k.row) {
			rows = append(rows, k.row)
		}
		if !slices.Contains(cols, k.col) {
			cols = append(cols, k.col)
		}
	}
	slices.Sort(rows)
	w := tabwriter.NewWriter(os.Stdout, 6, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(w, "region\t")
	for _, c := range cols {
		fmt.Fprintf(w, "%s\t", c)
	}
	fmt.Fprintln(w, "total\t")
	colTotals := make([]float64, len(cols))
	var grand float64
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t", r)
		var rt float64
		for i, c := range cols {
			v, ok := cells[key{r, c}]
			if ok {
				fmt.Fprintf(w, "%.2f\t", v)
			} else {
				fmt.Fprint(w, "-\t")
			}
			rt += v
			colTotals[i] += v
		}
		grand += rt
		fmt.Fprintf(w, "%.2f\t\n", rt)
	}
	fmt.Fprint(w, "total\t")
	for _, t := range colTotals {
		fmt.Fprintf(w, "%.2f\t", t)
	}
	fmt.Fprintf(w, "%.2f\t\n", grand)
	w.Flush()
	for _, b := range bad {
		fmt.Println("skipped", b)
	}
	fmt.Println(len(cells), cells[key{"EU", "Jan"}])
	fmt.Printf("%v %+v\n", key{"a", "b"}, key{"a", "b"})
}
