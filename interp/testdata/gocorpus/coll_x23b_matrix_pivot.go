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

const sales = `month,product,units
Jan,apples,10
Jan,pears,4
Feb,apples,7
Mar,plums,12
Feb,plums,3
Mar,apples,1
Jan,apples,5
`

type cell struct{ row, col string }

func main() {
	recs, err := csv.NewReader(strings.NewReader(sales)).ReadAll()
	if err != nil {
		panic(err)
	}
	pivot := map[cell]int{}
	var rows, cols []string
	for _, r := range recs[1:] {
		n, _ := strconv.Atoi(r[2])
		pivot[cell{r[1], r[0]}] += n
		if !slices.Contains(rows, r[1]) {
			rows = append(rows, r[1])
		}
		if !slices.Contains(cols, r[0]) {
			cols = append(cols, r[0])
		}
	}
	order := map[string]int{"Jan": 1, "Feb": 2, "Mar": 3}
	slices.SortFunc(cols, func(a, b string) int { return order[a] - order[b] })
	slices.Sort(rows)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprint(w, "product\t")
	for _, c := range cols {
		fmt.Fprint(w, c, "\t")
	}
	fmt.Fprintln(w, "total\t")
	colTot := make([]int, len(cols))
	for _, r := range rows {
		fmt.Fprint(w, r, "\t")
		sum := 0
		for i, c := range cols {
			v := pivot[cell{r, c}]
			sum += v
			colTot[i] += v
			if v == 0 {
				fmt.Fprint(w, "-\t")
			} else {
				fmt.Fprintf(w, "%d\t", v)
			}
		}
		fmt.Fprintf(w, "%d\t\n", sum)
	}
	fmt.Fprint(w, "total\t")
	grand := 0
	for _, t := range colTot {
		fmt.Fprintf(w, "%d\t", t)
		grand += t
	}
	fmt.Fprintf(w, "%d\t\n", grand)
	w.Flush()
	var grid [3][3]int
	for i, r := range rows {
		for j, c := range cols {
			grid[i][j] = pivot[cell{r, c}]
		}
	}
	var t [3][3]int
	for i := range grid {
		for j := range grid[i] {
			t[j][i] = grid[i][j]
		}
	}
	fmt.Println(grid, t, grid == t, pivot[cell{"plums", "Mar"}])
}
