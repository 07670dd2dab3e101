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
	return &Confusion{Labels: labels, M: m}
}

func (c *Confusion) Add(actual, pred int) { c.M[actual][pred]++ }

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

func (c *Confusion) Accuracy() float64 {
	diag, tot := 0, 0
	for i, row := range c.M {
		for j, v := range row {
			tot += v
			if i == j {
				diag += v
			}
		}
	}
	return float64(diag) / float64(tot)
}

func (c *Confusion) Print() {
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "actual\\pred\t%s\t\n", strings.Join(c.Labels, "\t"))
	for i, row := range c.M {
		cells := make([]string, len(row))
		for j, v := range row {
			cells[j] = fmt.Sprint(v)
		}
		fmt.Fprintf(tw, "%s\t%s\t\n", c.Labels[i], strings.Join(cells, "\t"))
	}
	tw.Flush()
}

func main() {
	labels := []string{"cat", "dog", "frog", "ship"}
	actual := []int{0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 0, 2, 1, 3, 2, 0, 1}
	pred := []int{0, 1, 0, 1, 1, 0, 1, 2, 1, 3, 3, 0, 3, 0, 2, 1, 3, 2, 2, 1}
	cm := NewConfusion(labels...)
	for i := range actual {
		cm.Add(actual[i], pred[i])
	}
	cm.Print()
	fmt.Printf("accuracy: %.3f\n", cm.Accuracy())
	var macroF1 float64
	for k, name := range cm.Labels {
		p, r := cm.Precision(k), cm.Recall(k)
		f1 := 0.0
		if p+r > 0 {
			f1 = 2 * p * r / (p + r)
		}
		macroF1 += f1
		fmt.Printf("%-5s precision=%.3f recall=%.3f f1=%.3f\n", name, p, r, f1)
	}
	fmt.Printf("macro F1: %.4f\n", macroF1/float64(len(labels)))
	fmt.Printf("%v\n", cm.M)
}
