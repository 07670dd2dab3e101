package main

import (
	"fmt"
	"math"
	"sort"
)

type Stats struct{ Mean, Var float64 }

type GaussianNB struct {
	Priors map[string]float64
	Params map[string][]Stats
}

func (g *GaussianNB) Fit(X [][]float64, y []string) {
	g.Priors = map[string]float64{}
	g.Params = map[string][]Stats{}
	byClass := map[string][][]float64{}
	for i, x := range X {
		byClass[y[i]] = append(byClass[y[i]], x)
	}
	for c, rows := range byClass {
		g.Priors[c] = float64(len(rows)) / float64(len(X))
		st := make([]Stats, len(rows[0]))
		for j := range st {
			for _, r := range rows {
				st[j].Mean += r[j] / float64(len(rows))
			}
			for _, r := range rows {
				st[j].Var += (r[j] - st[j].Mean) * (r[j] - st[j].Mean) / float64(len(rows))
			}
			st[j].Var += 1e-9
		}
		g.Params[c] = st
	}
}

func logpdf(x float64, s Stats) float64 {
	return -0.5*math.Log(2*math.Pi*s.Var) - (x-s.Mean)*(x-s.Mean)/(2*s.Var)
}

func (g *GaussianNB) Predict(x []float64) (string, map[string]float64) {
	post := map[string]float64{}
	classes := make([]string, 0, len(g.Priors))
	for c := range g.Priors {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	best, bv := "", math.Inf(-1)
	for _, c := range classes {
		lp := math.Log(g.Priors[c])
		for j, v := range x {
			lp += logpdf(v, g.Params[c][j])
		}
		post[c] = lp
		if lp > bv {
			best, bv = c, lp
		}
	}
	return best, post
}

func main() {
	X := [][]float64{{6.0, 180, 12}, {5.92, 190, 11}, {5.58, 170, 12}, {5.92, 165, 10}, {5.0, 100, 6}, {5.5, 150, 8}, {5.42, 130, 7}, {5.75, 150, 9}}
	y := []string{"male", "male", "male", "male", "female", "female", "female", "female"}
	var g GaussianNB
	g.Fit(X, y)
	for _, c := range []string{"female", "male"} {
		fmt.Printf("%-6s prior=%.2f", c, g.Priors[c])
		for _, s := range g.Params[c] {
			fmt.Printf(" (μ=%.3f σ²=%.4g)", s.Mean, s.Var)
		}
		fmt.Println()
	}
	for _, q := range [][]float64{{6, 130, 8}, {5.8, 175, 11}} {
		c, post := g.Predict(q)
		fmt.Printf("%v -> %s  log-post female=%.3f male=%.3f\n", q, c, post["female"], post["male"])
	}
}
