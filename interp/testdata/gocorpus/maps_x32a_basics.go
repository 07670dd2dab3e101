package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Vertex struct {
	Lat, Long float64
}

type gridKey struct{ row, col int }

func WordCount(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

func main() {
	m := map[string]Vertex{
		"Bell Labs": {40.68433, -74.39967},
		"Google":    {37.42202, -122.08408},
	}
	fmt.Println(m)
	fmt.Println(m["Google"].Lat)

	ages := make(map[string]int)
	ages["alice"] = 31
	ages["bob"] = 27
	ages["carol"] = 45
	fmt.Println("len:", len(ages))

	v, ok := ages["dave"]
	fmt.Println("dave:", v, ok)
	delete(ages, "bob")
	delete(ages, "nobody") // no-op
	fmt.Println(ages)

	fmt.Println(WordCount("the quick brown fox jumps over the lazy dog the end"))

	// struct keys
	grid := map[gridKey]rune{{0, 0}: 'S', {2, 3}: 'E'}
	grid[gridKey{1, 1}] = '#'
	for r := 0; r < 3; r++ {
		for c := 0; c < 4; c++ {
			ch, ok := grid[gridKey{r, c}]
			if !ok {
				ch = '.'
			}
			fmt.Printf("%c", ch)
		}
		fmt.Println()
	}

	// map of slices, grouping
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}
	groups := map[byte][]string{}
	for _, w := range words {
		groups[w[0]] = append(groups[w[0]], w)
	}
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		fmt.Printf("%c: %v\n", k, groups[k])
	}

	// nested maps need initialization
	nested := map[string]map[string]int{}
	add := func(a, b string, n int) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b] += n
	}
	add("x", "y", 1)
	add("x", "z", 2)
	add("w", "y", 3)
	add("x", "y", 4)
	fmt.Println(nested)

	// maps are references
	alias := ages
	alias["zed"] = 99
	fmt.Println(ages["zed"], len(ages))

	cp := maps.Clone(ages)
	cp["alice"] = 0
	fmt.Println(ages["alice"], cp["alice"], maps.Equal(ages, cp))

	maps.DeleteFunc(cp, func(k string, v int) bool { return v > 40 })
	fmt.Println(cp)

	clear(ages)
	fmt.Println(ages, len(ages), ages == nil)

	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))

	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a", "c"))

	set := map[string]bool{}
	for _, w := range strings.Fields("a b a c b a") {
		set[w] = true
	}
	fmt.Println(len(set), set["a"], set["q"])
}
