package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	R, C int
	Vals [][]float64
}

func NewGrid(vals [][]float64) Grid { return Grid{len(vals), len(vals[0]), vals} }

func (g Grid) Col(j int) []float64 {
	c := make([]float64, g.R)
	for i := range c {
		c[i] = g.Vals[i][j]
	}
	return c
}

func (g Grid) String() string { return fmt.Sprintf("Grid %dx%d", g.R, g.C) }

type Labeled struct {
	Grid
	RowNames, ColNames []string
}

func (l Labeled) String() string {
	var b strings.Builder
	w := 0
	for _, n := range l.RowNames {
		w = max(w, len(n))
	}
	fmt.Fprintf(&b, "%*s", w, "")
	for _, c := range l.ColNames {
		fmt.Fprintf(&b, "%9s", c)
	}
	b.WriteString("\n")
	for i, row := range l.Vals {
		fmt.Fprintf(&b, "%-*s", w, l.RowNames[i])
		for _, v := range row {
			fmt.Fprintf(&b, "%9.2f", v)
		}
		b.WriteString("\n")
	}
	return b.String()
}

type Summarizer interface {
	Col(int) []float64
	fmt.Stringer
}

func colMeans(s Summarizer, n int) []float64 {
	out := make([]float64, n)
	for j := range out {
		c := s.Col(j)
		for _, v := range c {
			out[j] += v
		}
		out[j] /= float64(len(c))
	}
	return out
}

func main() {
	sales := Labeled{
		Grid:     NewGrid([][]float64{{120, 80.5, 33}, {98, 110, 41.25}, {143, 77, 29}}),
		RowNames: []string{"north", "south", "east-coast"},
		ColNames: []string{"Q1", "Q2", "Q3"},
	}
	fmt.Print(sales)
	fmt.Println(sales.Grid)
	fmt.Printf("%.3f\n", colMeans(sales, sales.C))
	fmt.Printf("%.3f\n", colMeans(sales.Grid, 2))
	var s Summarizer = sales
	fmt.Printf("%T %v\n", s, s.Col(1))
	fmt.Printf("%+v\n", sales.Grid.Vals[0])
}
