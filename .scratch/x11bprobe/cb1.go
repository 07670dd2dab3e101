package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type City string

func main() {
	cs := []Celsius{3, 1, 2}
	first := true
	slices.SortFunc(cs, func(a, b Celsius) int {
		if first {
			fmt.Println("cmp", a, b)
			fmt.Printf("%T\n", a)
			first = false
		}
		return cmp.Compare(a, b)
	})
	fmt.Println(cs)
	m := map[City]Celsius{"oslo": 1, "rome": 20}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Println(k, m[k])
	}
	for k, v := range maps.All(m) {
		_ = k
		_ = v
	}
	mx := slices.MaxFunc(cs, func(a, b Celsius) int { return cmp.Compare(a, b) })
	fmt.Println(mx, slices.Max(cs))
	idx := slices.IndexFunc(cs, func(c Celsius) bool { fmt.Print(c, ";"); return c > 1 })
	fmt.Println(idx)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
}
