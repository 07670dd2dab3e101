// Exercises: sort.Slice, sort.SliceStable, slices.SortFunc with cmp.Compare, sort.Sort with a Len/Less/Swap type
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Run struct {
	Name string
	LR   float64
	Loss float64
}

type byLR []Run

func (b byLR) Len() int           { return len(b) }
func (b byLR) Less(i, j int) bool { return b[i].LR < b[j].LR }
func (b byLR) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	runs := []Run{{"a", 1e-3, 0.52}, {"b", 1e-1, 2.30}, {"c", 1e-2, 0.41}, {"d", 3e-3, 0.52}, {"e", 3e-2, 0.47}}
	sort.Slice(runs, func(i, j int) bool { return runs[i].Loss < runs[j].Loss })
	fmt.Println("by loss:", runs[0].Name, runs[len(runs)-1].Name)
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].Name > runs[j].Name })
	fmt.Println(runs)
	slices.SortFunc(runs, func(a, b Run) int {
		if c := cmp.Compare(a.Loss, b.Loss); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	for _, r := range runs {
		fmt.Printf("%-2s lr=%.0e loss=%.4f\n", r.Name, r.LR, r.Loss)
	}
	sort.Sort(byLR(runs))
	fmt.Printf("%+v\n", runs[0])
	sort.Sort(sort.Reverse(byLR(runs)))
	fmt.Println(runs[0].Name, sort.IsSorted(byLR(runs)))
	i, found := slices.BinarySearchFunc([]float64{0.1, 0.4, 0.5}, 0.45, cmp.Compare[float64])
	fmt.Println(i, found)
}
