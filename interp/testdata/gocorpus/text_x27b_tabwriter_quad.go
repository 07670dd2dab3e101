package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
)

type Quadrature struct {
	Name    string
	Nodes   []float64
	Weights []float64
}

func (q Quadrature) On(f func(float64) float64, a, b float64) float64 {
	mid, half := (a+b)/2, (b-a)/2
	s := 0.0
	for i, x := range q.Nodes {
		s += q.Weights[i] * f(mid+half*x)
	}
	return s * half
}

func (q Quadrature) Composite(f func(float64) float64, a, b float64, panels int) float64 {
	h := (b - a) / float64(panels)
	s := 0.0
	for p := range panels {
		s += q.On(f, a+float64(p)*h, a+float64(p+1)*h)
	}
	return s
}

func main() {
	r3 := math.Sqrt(3.0 / 5.0)
	rules := []Quadrature{
		{"gauss-1", []float64{0}, []float64{2}},
		{"gauss-2", []float64{-1 / math.Sqrt(3), 1 / math.Sqrt(3)}, []float64{1, 1}},
		{"gauss-3", []float64{-r3, 0, r3}, []float64{5.0 / 9, 8.0 / 9, 5.0 / 9}},
		{"simpson", []float64{-1, 0, 1}, []float64{1.0 / 3, 4.0 / 3, 1.0 / 3}},
	}
	f := func(x float64) float64 { return math.Exp(-x) * math.Cos(3*x) }
	exact := (1 - math.Exp(-2)*(math.Cos(6)-3*math.Sin(6))) / 10
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "rule\tpanels=1\tpanels=4\tpanels=16\t")
	for _, q := range rules {
		fmt.Fprintf(w, "%s\t", q.Name)
		for _, p := range []int{1, 4, 16} {
			fmt.Fprintf(w, "%.3e\t", math.Abs(q.Composite(f, 0, 2, p)-exact))
		}
		fmt.Fprintln(w)
	}
	w.Flush()
	fmt.Printf("exact = %.12f\n", exact)
	for deg := 0; deg <= 6; deg++ {
		g := func(x float64) float64 { return math.Pow(x, float64(deg)) }
		ex := 0.0
		if deg%2 == 0 {
			ex = 2 / float64(deg+1)
		}
		fmt.Printf("x^%d: g3 err %.1e\n", deg, math.Abs(rules[2].On(g, -1, 1)-ex))
	}
}
