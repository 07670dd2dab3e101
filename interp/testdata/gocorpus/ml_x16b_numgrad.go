package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
)

type Fn func(x []float64) float64

func numericGrad(f Fn, x []float64, h float64) []float64 {
	g := make([]float64, len(x))
	for i := range x {
		old := x[i]
		x[i] = old + h
		fp := f(x)
		x[i] = old - h
		fm := f(x)
		x[i] = old
		g[i] = (fp - fm) / (2 * h)
	}
	return g
}

func relErr(a, b float64) float64 {
	d := math.Abs(a - b)
	s := math.Max(math.Abs(a)+math.Abs(b), 1e-12)
	return d / s
}

func main() {
	f := func(x []float64) float64 {
		return x[0]*x[0]*x[1] + math.Sin(x[1])*x[2] + math.Exp(x[0]*x[2]/4)
	}
	analytic := func(x []float64) []float64 {
		e := math.Exp(x[0] * x[2] / 4)
		return []float64{
			2*x[0]*x[1] + e*x[2]/4,
			x[0]*x[0] + math.Cos(x[1])*x[2],
			math.Sin(x[1]) + e*x[0]/4,
		}
	}
	points := [][]float64{{1, 2, 3}, {-0.5, 0.25, 1.5}, {0, 0, 0}, {2, -1, 0.5}}
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "point\tidx\tanalytic\tnumeric\trel err\t")
	worst := 0.0
	for pi, p := range points {
		num := numericGrad(f, p, 1e-5)
		an := analytic(p)
		for i := range an {
			re := relErr(an[i], num[i])
			worst = max(worst, re)
			fmt.Fprintf(w, "%d\t%d\t%.6f\t%.6f\t%.1e\t\n", pi, i, an[i], num[i], math.Round(re*1e6)/1e6)
		}
	}
	w.Flush()
	if worst < 1e-6 {
		fmt.Println("gradient check passed")
	} else {
		fmt.Println("gradient check FAILED")
	}
}
