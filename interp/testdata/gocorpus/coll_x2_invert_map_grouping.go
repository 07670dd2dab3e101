// Exercises: inverting map[string]int into map[int][]string and printing with sorted keys.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	grades := map[string]int{
		"ann": 90, "bob": 75, "cid": 90, "dee": 60, "eve": 75, "fay": 100,
	}
	byGrade := map[int][]string{}
	for name, g := range grades {
		byGrade[g] = append(byGrade[g], name)
	}
	keys := make([]int, 0, len(byGrade))
	for g := range byGrade {
		keys = append(keys, g)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(keys)))
	for _, g := range keys {
		names := byGrade[g]
		sort.Strings(names)
		fmt.Printf("%3d: %s\n", g, strings.Join(names, ", "))
	}
	letter := func(g int) string {
		switch {
		case g >= 90:
			return "A"
		case g >= 70:
			return "C"
		default:
			return "F"
		}
	}
	counts := map[string]int{}
	for _, g := range grades {
		counts[letter(g)]++
	}
	fmt.Println(counts)
	if _, ok := byGrade[80]; !ok {
		fmt.Println("nobody got 80", len(byGrade[80]))
	}
}
