package main

import (
	"fmt"
	"math"
	"slices"
)

type NormFunc func([][]float64) float64

func norm1(a [][]float64) float64 {
	best := 0.0
	for j := range a[0] {
		s := 0.0
		for i := range a {
			s += math.Abs(a[i][j])
		}
		best = max(best, s)
	}
	return best
}

func normInf(a [][]float64) float64 {
	sums := make([]float64, len(a))
	for i, row := range a {
		for _, x := range row {
			sums[i] += math.Abs(x)
		}
	}
	return slices.Max(sums)
}

func normFro(a [][]float64) float64 {
	s := 0.0
	for _, row := range a {
		for _, x := range row {
			s += x * x
		}
	}
	return math.Sqrt(s)
}

func inv2(a [][]float64) [][]float64 {
	d := a[0][0]*a[1][1] - a[0][1]*a[1][0]
	return [][]float64{{a[1][1] / d, -a[0][1] / d}, {-a[1][0] / d, a[0][0] / d}}
}

func main() {
	norms := []struct {
		Name string
		F    NormFunc
	}{
		{"1", norm1},
		{"inf", normInf},
		{"fro", normFro},
	}
	mats := map[string][][]float64{
		"well": {{2, 1}, {1, 3}},
		"ill":  {{1, 1}, {1, 1.0001}},
		"diag": {{10, 0}, {0, 0.1}},
	}
	keys := make([]string, 0)
	for k := range mats {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Printf("%-6s", "matrix")
	for _, n := range norms {
		fmt.Printf("%14s", "cond_"+n.Name)
	}
	fmt.Println()
	for _, k := range keys {
		a := mats[k]
		ai := inv2(a)
		fmt.Printf("%-6s", k)
		for _, n := range norms {
			fmt.Printf("%14.4g", n.F(a)*n.F(ai))
		}
		fmt.Println()
	}
	fmt.Printf("%v\n", mats["diag"])
	fmt.Printf("%#v\n", mats["well"][0])
	fmt.Printf("%T\n", norms[0].F)
}
