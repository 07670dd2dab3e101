package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
)

type LossFunc struct {
	Name string
	F    func(pred, target float64) float64
	D    func(pred, target float64) float64
}

func main() {
	losses := []LossFunc{
		{"MSE", func(p, t float64) float64 { return (p - t) * (p - t) },
			func(p, t float64) float64 { return 2 * (p - t) }},
		{"MAE", func(p, t float64) float64 { return math.Abs(p - t) },
			func(p, t float64) float64 {
				if p > t {
					return 1
				}
				return -1
			}},
		{"Huber", func(p, t float64) float64 {
			d := math.Abs(p - t)
			if d <= 1 {
				return 0.5 * d * d
			}
			return d - 0.5
		}, func(p, t float64) float64 {
			d := p - t
			return math.Max(-1, math.Min(1, d))
		}},
		{"Hinge", func(p, t float64) float64 { return math.Max(0, 1-p*t) },
			func(p, t float64) float64 {
				if p*t < 1 {
					return -t
				}
				return 0
			}},
	}
	preds := []float64{-1.5, -0.5, 0, 0.5, 2}
	target := 1.0
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(w, "pred\t")
	for _, l := range losses {
		fmt.Fprintf(w, "%s\td%s\t", l.Name, l.Name)
	}
	fmt.Fprintln(w)
	for _, p := range preds {
		fmt.Fprintf(w, "%.2f\t", p)
		for _, l := range losses {
			fmt.Fprintf(w, "%.4f\t%.4f\t", l.F(p, target), l.D(p, target))
		}
		fmt.Fprintln(w)
	}
	w.Flush()

	sums := map[string]float64{}
	for _, l := range losses {
		for _, p := range preds {
			sums[l.Name] += l.F(p, target)
		}
	}
	fmt.Println(sums)
}
