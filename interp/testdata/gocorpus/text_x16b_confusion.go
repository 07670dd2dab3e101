package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Confusion struct {
	Labels []string
	M      [][]int
}

func NewConfusion(labels ...string) *Confusion {
	m := make([][]int, len(labels))
	for i := range m {
		m[i] = make([]int, len(labels))
	}
	return &Confusion{labels, m}
}

func (c *Confusion) Add(truth, pred int) { c.M[truth][pred]++ }

func (c *Confusion) Precision(k int) float64 {
	col := 0
	for i := range c.M {
		col += c.M[i][k]
	}
	if col == 0 {
		return 0
	}
	return float64(c.M[k][k]) / float64(col)
}

func (c *Confusion) Recall(k int) float64 {
	row := 0
	for _, v := range c.M[k] {
		row += v
	}
	if row == 0 {
		return 0
	}
	return float64(c.M[k][k]) / float64(row)
}

func (c *Confusion) Print() {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "truth\\pred\t%s\tprec\trecall\tf1\t\n", strings.Join(c.Labels, "\t"))
	for i, row := range c.M {
		fmt.Fprintf(w, "%s", c.Labels[i])
		for _, v := range row {
			fmt.Fprintf(w, "\t%d", v)
		}
		p, r := c.Precision(i), c.Recall(i)
		f1 := 0.0
		if p+r > 0 {
			f1 = 2 * p * r / (p + r)
		}
		fmt.Fprintf(w, "\t%.3f\t%.3f\t%.3f\t\n", p, r, f1)
	}
	w.Flush()
}

func main() {
	c := NewConfusion("cat", "dog", "bird")
	truth := []int{0, 0, 1, 2, 1, 0, 2, 2, 1, 0, 1, 2}
	scores := [][]float64{
		{2, 1, 0}, {0.5, 1.5, 0}, {0, 3, 1}, {1, 0, 2}, {0, 0.2, 0.1}, {3, 1, 1},
		{0, 1, 0.5}, {0.1, 0.2, 0.9}, {1, 2, 0}, {0.3, 0.1, 0.2}, {2, 1.9, 0}, {0, 0, 1},
	}
	for i, s := range scores {
		best := 0
		for j := range s {
			if s[j] > s[best] {
				best = j
			}
		}
		c.Add(truth[i], best)
	}
	c.Print()
	acc := 0
	for i := range c.M {
		acc += c.M[i][i]
	}
	fmt.Printf("accuracy %d/%d = %.2f%%\n", acc, len(truth), 100*float64(acc)/float64(len(truth)))
}
