// Exercises: a hyperparameter grid as a slice of nested structs sorted by score with sort.SliceStable, %v and %#v of structs
package main

import (
	"fmt"
	"math"
	"sort"
)

type Params struct {
	LR  float64
	Reg float64
}

type Trial struct {
	P     Params
	Score float64
	Tags  []string
}

// fakeScore stands in for training: a smooth bowl with its best at lr=0.01, reg=1e-3.
func fakeScore(p Params) float64 {
	a := math.Log10(p.LR) + 2
	b := math.Log10(p.Reg) + 3
	return math.Round((0.9-0.05*a*a-0.02*b*b)*1e4) / 1e4
}

func main() {
	var trials []Trial
	for _, lr := range []float64{1e-3, 1e-2, 1e-1} {
		for _, reg := range []float64{1e-4, 1e-3, 1e-2} {
			p := Params{lr, reg}
			t := Trial{P: p, Score: fakeScore(p)}
			if lr == 1e-2 {
				t.Tags = append(t.Tags, "mid-lr")
			}
			trials = append(trials, t)
		}
	}
	sort.SliceStable(trials, func(i, j int) bool { return trials[i].Score > trials[j].Score })
	fmt.Printf("%-8s %-8s %8s\n", "lr", "reg", "score")
	for _, t := range trials[:5] {
		fmt.Printf("%-8g %-8.0e %8.4f\n", t.P.LR, t.P.Reg, t.Score)
	}
	fmt.Printf("%v\n", trials[0])
	fmt.Printf("%+v\n", trials[len(trials)-1])
	fmt.Printf("%#v\n", trials[0].P)
	fmt.Printf("%#v\n", trials[1])
}
