package main

import (
	"fmt"
	"math"
	"os"
	"strings"
	"text/tabwriter"
)

type Row struct {
	Epoch   int
	Loss    float64
	GradNrm float64
	Acc     float64
}

func main() {
	// fit y = sign(x) with a single tanh unit: p = tanh(w*x + b)
	xs := []float64{-2, -1.5, -1, -0.25, 0.25, 1, 1.5, 2}
	w, b := 0.1, 0.3
	var rows []Row
	for epoch := 0; epoch < 50; epoch++ {
		var loss, gw, gb float64
		correct := 0
		for _, x := range xs {
			y := 1.0
			if x < 0 {
				y = -1
			}
			p := math.Tanh(w*x + b)
			loss += (p - y) * (p - y)
			dz := 2 * (p - y) * (1 - p*p)
			gw += dz * x
			gb += dz
			if (p >= 0) == (y > 0) {
				correct++
			}
		}
		n := float64(len(xs))
		w -= 0.2 * gw / n
		b -= 0.2 * gb / n
		if epoch%10 == 0 || epoch == 49 {
			rows = append(rows, Row{epoch, loss / n, math.Hypot(gw/n, gb/n), float64(correct) / n})
		}
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "epoch\tloss\t|grad|\tacc\t")
	fmt.Fprintln(tw, strings.Repeat("-", 5)+"\t"+strings.Repeat("-", 8)+"\t"+strings.Repeat("-", 8)+"\t---\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%d\t%.5f\t%.5f\t%.2f\t\n", r.Epoch, r.Loss, r.GradNrm, r.Acc)
	}
	tw.Flush()
	tw2 := tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	fmt.Fprintf(tw2, "w\t%.4f\nb\t%.4f\n", w, b)
	tw2.Flush()
}
