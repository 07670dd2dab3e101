package main

import (
	"fmt"
	"math"
	"sort"
)

type Params map[string]float64

func loss(p Params) float64 {
	x := p["w"]*2.0 + p["b"]
	y := 1.5
	d := x - y
	return d*d + 0.1*(p["w"]*p["w"]) + math.Sin(p["b"])
}

func analytic(p Params) Params {
	x := p["w"]*2.0 + p["b"]
	d := x - 1.5
	return Params{
		"w": 2*d*2.0 + 0.2*p["w"],
		"b": 2*d + math.Cos(p["b"]),
	}
}

func numeric(f func(Params) float64, p Params, h float64) Params {
	g := Params{}
	for k, v := range p {
		p[k] = v + h
		fp := f(p)
		p[k] = v - h
		fm := f(p)
		p[k] = v
		g[k] = (fp - fm) / (2 * h)
	}
	return g
}

func relErr(a, b float64) float64 {
	den := math.Max(math.Abs(a)+math.Abs(b), 1e-12)
	return math.Abs(a-b) / den
}

func main() {
	p := Params{"w": 0.7, "b": -0.3}
	ga := analytic(p)
	gn := numeric(loss, p, 1e-5)
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		e := relErr(ga[k], gn[k])
		status := "ok"
		if e > 1e-6 {
			status = "FAIL"
		}
		fmt.Printf("%-2s analytic=%.6f numeric=%.6f rel=%.1e %s\n", k, ga[k], gn[k], e, status)
	}
	fmt.Printf("loss=%.6f\n", loss(p))
	fmt.Println(len(ga), len(gn))
}
