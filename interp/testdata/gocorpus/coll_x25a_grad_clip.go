package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
)

type Grad struct {
	Name string
	G    []float64
}

func norm(gs []Grad) float64 {
	s := 0.0
	for _, g := range gs {
		for _, v := range g.G {
			s += v * v
		}
	}
	return math.Sqrt(s)
}

func clipByNorm(gs []Grad, maxNorm float64) (float64, bool) {
	n := norm(gs)
	if n <= maxNorm {
		return n, false
	}
	scale := maxNorm / n
	for i := range gs {
		for j := range gs[i].G {
			gs[i].G[j] *= scale
		}
	}
	return n, true
}

func main() {
	gs := []Grad{
		{"fc2.w", []float64{3, -4, 0.5}},
		{"fc1.b", []float64{0.1, 0.2}},
		{"fc1.w", []float64{-2, 6, 1, -1}},
		{"fc2.b", []float64{7}},
	}
	biggest := slices.MaxFunc(gs, func(a, b Grad) int {
		return cmp.Compare(slices.Max(a.G), slices.Max(b.G))
	})
	fmt.Println("largest entry in", biggest.Name)
	slices.SortFunc(gs, func(a, b Grad) int { return cmp.Compare(a.Name, b.Name) })
	for _, g := range gs {
		fmt.Printf("%s %v\n", g.Name, g.G)
	}
	before, clipped := clipByNorm(gs, 5)
	fmt.Printf("norm before %.4f clipped=%v after %.4f\n", before, clipped, norm(gs))
	for _, g := range gs {
		fmt.Printf("%-6s %.4f\n", g.Name, g.G)
	}
	flat := []float64{}
	for _, g := range gs {
		flat = append(flat, g.G...)
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(flat)))
	fmt.Printf("top3 %.3f\n", flat[:3])
	idx, found := slices.BinarySearchFunc(gs, "fc2.b", func(g Grad, s string) int { return cmp.Compare(g.Name, s) })
	fmt.Println(idx, found)
	gs = slices.DeleteFunc(gs, func(g Grad) bool { return len(g.G) < 2 })
	fmt.Println(len(gs), cap(gs) >= len(gs))
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks)
}
