package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Gradebook map[string][]int

func (g Gradebook) Add(name string, scores ...int) {
	g[name] = append(g[name], scores...)
}

func (g Gradebook) Stats(name string) (min, max int, avg float64, ok bool) {
	s, ok := g[name]
	if !ok || len(s) == 0 {
		return 0, 0, 0, false
	}
	min, max = slices.Min(s), slices.Max(s)
	sum := 0
	for _, v := range s {
		sum += v
	}
	return min, max, float64(sum) / float64(len(s)), true
}

func main() {
	g := Gradebook{}
	g.Add("olivia", 88, 92)
	g.Add("liam", 70)
	g.Add("noah", 100, 65, 81)
	g.Add("olivia", 79)
	g.Add("emma")
	names := slices.Collect(maps.Keys(g))
	slices.Sort(names)
	fmt.Printf("%-8s %3s %3s %6s  scores\n", "name", "min", "max", "avg")
	for _, n := range names {
		lo, hi, avg, ok := g.Stats(n)
		if !ok {
			fmt.Printf("%-8s %s\n", n, "(no scores)")
			continue
		}
		title := strings.ToUpper(n[:1]) + n[1:]
		fmt.Printf("%-8s %3d %3d %6.2f  %v\n", title, lo, hi, avg, g[n])
	}
	_, _, _, ok := g.Stats("zed")
	fmt.Println("zed found:", ok)
	byCount := map[int][]string{}
	for _, n := range names {
		byCount[len(g[n])] = append(byCount[len(g[n])], n)
	}
	fmt.Println(byCount)
	fmt.Println(len(g), g["liam"], g["nobody"] == nil)
}
