// Exercises: grid search results as structs, sort.SliceStable and slices.SortFunc with cmp.Compare, top-k, a best-so-far struct copy
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
)

type Trial struct {
	LR, Reg  float64
	TrainAcc float64
	ValAcc   float64
}

// a made-up validation surface, peaked at lr=1e-3, reg=1e-2
func fakeVal(lr, reg float64) float64 {
	d := math.Pow(math.Log10(lr)+3, 2) + 0.5*math.Pow(math.Log10(reg)+2, 2)
	return math.Round((0.9-0.05*d)*1000) / 1000
}

func main() {
	var trials []Trial
	for _, lr := range []float64{1e-4, 1e-3, 1e-2} {
		for _, reg := range []float64{1e-3, 1e-2, 1e-1} {
			v := fakeVal(lr, reg)
			trials = append(trials, Trial{lr, reg, v + 0.03, v})
		}
	}
	best := trials[0]
	for _, t := range trials {
		if t.ValAcc > best.ValAcc {
			best = t
		}
	}
	fmt.Printf("best %+v\n", best)
	sort.SliceStable(trials, func(i, j int) bool { return trials[i].ValAcc > trials[j].ValAcc })
	for _, t := range trials[:4] {
		fmt.Printf("lr=%.0e reg=%.0e val=%.3f\n", t.LR, t.Reg, t.ValAcc)
	}
	slices.SortFunc(trials, func(a, b Trial) int {
		if c := cmp.Compare(a.Reg, b.Reg); c != 0 {
			return c
		}
		return cmp.Compare(b.LR, a.LR)
	})
	fmt.Println(trials[0], trials[len(trials)-1])
	i, found := slices.BinarySearchFunc(trials, 1e-2, func(t Trial, reg float64) int { return cmp.Compare(t.Reg, reg) })
	fmt.Println(i, found, slices.IndexFunc(trials, func(t Trial) bool { return t == best }))
}
