package main

import (
	"fmt"
	"os"
	"strconv"
	"text/tabwriter"
)

type Named struct {
	Name string
	M    [][]float64
}

func mul(a, b [][]float64) [][]float64 {
	c := make([][]float64, len(a))
	for i := range a {
		c[i] = make([]float64, len(b[0]))
		for j := range c[i] {
			for k := range b {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func write(w *tabwriter.Writer, n Named) {
	fmt.Fprintf(w, "%s\t", n.Name)
	for j := range n.M[0] {
		fmt.Fprintf(w, "c%d\t", j)
	}
	fmt.Fprintln(w)
	for i, row := range n.M {
		fmt.Fprintf(w, "r%d\t", i)
		for _, v := range row {
			fmt.Fprint(w, strconv.FormatFloat(v, 'g', 6, 64), "\t")
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
}

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	a := Named{"A", [][]float64{{1.5, -2, 1000}, {0.001, 3, -7.25}}}
	b := Named{"B", [][]float64{{1, 0}, {0, 1}, {0.5, -0.5}}}
	write(w, a)
	write(w, b)
	write(w, Named{"AB", mul(a.M, b.M)})
	w.Flush()
	w2 := tabwriter.NewWriter(os.Stdout, 8, 4, 1, '.', 0)
	for i := 1; i <= 4; i++ {
		fmt.Fprintf(w2, "%d\t%s\t%x\t\n", i, strconv.Itoa(i*i*i), i*255)
	}
	w2.Flush()
}
