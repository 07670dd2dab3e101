package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Run struct {
	Name   string
	LR     float64
	Hidden int
	Loss   float64
}

type byLoss []Run

func (b byLoss) Len() int           { return len(b) }
func (b byLoss) Less(i, j int) bool { return b[i].Loss < b[j].Loss }
func (b byLoss) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	runs := []Run{
		{"a", 0.1, 16, 0.52},
		{"b", 0.01, 32, 0.31},
		{"c", 0.001, 32, 0.88},
		{"d", 0.01, 16, 0.31},
		{"e", 0.1, 64, 1.75},
		{"f", 0.01, 64, 0.29},
	}
	sorted := slices.Clone(runs)
	sort.Stable(byLoss(sorted))
	for _, r := range sorted {
		fmt.Printf("%s %.2f | ", r.Name, r.Loss)
	}
	fmt.Println()
	slices.SortFunc(sorted, func(a, b Run) int {
		return cmp.Or(cmp.Compare(a.Hidden, b.Hidden), cmp.Compare(b.LR, a.LR), strings.Compare(a.Name, b.Name))
	})
	for _, r := range sorted {
		fmt.Printf("%+v\n", r)
	}
	best := slices.MinFunc(runs, func(a, b Run) int { return cmp.Compare(a.Loss, b.Loss) })
	fmt.Println("best:", best.Name)
	i, found := slices.BinarySearchFunc(sorted, 32, func(r Run, h int) int { return cmp.Compare(r.Hidden, h) })
	fmt.Println("first hidden=32 at", i, found)
	byLR := map[float64][]string{}
	for _, r := range runs {
		byLR[r.LR] = append(byLR[r.LR], r.Name)
	}
	fmt.Println(byLR)
	idx := sort.Search(len(sorted), func(i int) bool { return sorted[i].Hidden >= 64 })
	fmt.Println("hidden>=64 from", idx)
	losses := make([]float64, len(runs))
	for i, r := range runs {
		losses[i] = r.Loss
	}
	sort.Float64s(losses)
	fmt.Println(losses, sort.Float64sAreSorted(losses))
	fmt.Println(slices.Compact(losses))
	groups := slices.Chunk(runs, 4)
	for g := range groups {
		fmt.Print(len(g), " ")
	}
	fmt.Println()
}
