package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
)

type step struct {
	name    string
	fwd     float64
	local   string
	upGrad  float64
	outGrad float64
}

func main() {
	// f(w, x) = 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))
	w := []float64{2, -3, -3}
	x := []float64{-1, -2}
	a := w[0] * x[0]
	b := w[1] * x[1]
	c := a + b
	d := c + w[2]
	e := -d
	f := math.Exp(e)
	g := 1 + f
	h := 1 / g

	dh := 1.0
	dg := -1 / (g * g) * dh
	df := 1 * dg
	de := math.Exp(e) * df
	dd := -1 * de
	dc := dd
	dw2 := dd
	da, db := dc, dc
	dw0, dx0 := x[0]*da, w[0]*da
	dw1, dx1 := x[1]*db, w[1]*db

	steps := []step{
		{"h=1/g", h, "-1/g^2", dh, dg},
		{"g=1+f", g, "1", dg, df},
		{"f=exp(e)", f, "exp(e)", df, de},
		{"e=-d", e, "-1", de, dd},
		{"d=c+w2", d, "1", dd, dc},
		{"c=a+b", c, "1", dc, da},
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "node\tforward\tlocal\tupstream\tdownstream\t")
	for _, s := range steps {
		fmt.Fprintf(tw, "%s\t%.4f\t%s\t%.4f\t%.4f\t\n", s.name, s.fwd, s.local, s.upGrad, s.outGrad)
	}
	tw.Flush()
	fmt.Printf("dw = [%.3f %.3f %.3f]\n", dw0, dw1, dw2)
	fmt.Printf("dx = [%.3f %.3f]\n", dx0, dx1)
	sig := h
	fmt.Printf("shortcut (1-s)*s = %.4f matches dd: %v\n", (1-sig)*sig, math.Abs((1-sig)*sig-dd) < 1e-12)
}
