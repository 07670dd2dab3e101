package main

import (
	"fmt"
	"sort"
	"strings"
)

type Confusion struct {
	labels []string
	index  map[string]int
	m      [][]int
}

func NewConfusion(actual, pred []string) *Confusion {
	set := map[string]bool{}
	for _, a := range actual {
		set[a] = true
	}
	for _, p := range pred {
		set[p] = true
	}
	c := &Confusion{index: map[string]int{}}
	for l := range set {
		c.labels = append(c.labels, l)
	}
	sort.Strings(c.labels)
	for i, l := range c.labels {
		c.index[l] = i
	}
	c.m = make([][]int, len(c.labels))
	for i := range c.m {
		c.m[i] = make([]int, len(c.labels))
	}
	for i := range actual {
		c.m[c.index[actual[i]]][c.index[pred[i]]]++
	}
	return c
}

func (c *Confusion) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%12s", "actual\\pred")
	for _, l := range c.labels {
		fmt.Fprintf(&b, "%7s", l)
	}
	b.WriteString("\n")
	for i, l := range c.labels {
		fmt.Fprintf(&b, "%12s", l)
		for j := range c.labels {
			fmt.Fprintf(&b, "%7d", c.m[i][j])
		}
		b.WriteString("\n")
	}
	return b.String()
}

type Metrics struct {
	Precision, Recall, F1 float64
	Support               int
}

func (c *Confusion) Metrics(label string) Metrics {
	k := c.index[label]
	tp := c.m[k][k]
	var colSum, rowSum int
	for i := range c.labels {
		colSum += c.m[i][k]
		rowSum += c.m[k][i]
	}
	var m Metrics
	if colSum > 0 {
		m.Precision = float64(tp) / float64(colSum)
	}
	if rowSum > 0 {
		m.Recall = float64(tp) / float64(rowSum)
	}
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	m.Support = rowSum
	return m
}

func main() {
	actual := strings.Fields("cat dog cat bird dog cat bird bird dog cat dog cat bird dog")
	pred := strings.Fields("cat dog dog bird dog cat cat bird cat cat dog bird bird dog")
	c := NewConfusion(actual, pred)
	fmt.Print(c)
	fmt.Printf("%-8s %9s %6s %6s %7s\n", "label", "precision", "recall", "f1", "support")
	var macro float64
	correct := 0
	for i, l := range c.labels {
		m := c.Metrics(l)
		macro += m.F1
		correct += c.m[i][i]
		fmt.Printf("%-8s %9.3f %6.3f %6.3f %7d\n", l, m.Precision, m.Recall, m.F1, m.Support)
	}
	fmt.Printf("accuracy  %.3f\n", float64(correct)/float64(len(actual)))
	fmt.Printf("macro f1  %.3f\n", macro/float64(len(c.labels)))
	fmt.Printf("%+v\n", c.Metrics("dog"))
	fmt.Println(c.index)
}
