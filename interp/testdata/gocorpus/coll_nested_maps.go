// Exercises: nested maps requiring inner map initialization.
package main

import (
	"fmt"
	"sort"
)

func main() {
	type sale struct {
		region, product string
		qty             int
	}
	sales := []sale{
		{"north", "tea", 5}, {"south", "tea", 2}, {"north", "coffee", 7},
		{"north", "tea", 1}, {"south", "cocoa", 9},
	}
	byRegion := map[string]map[string]int{}
	for _, s := range sales {
		inner, ok := byRegion[s.region]
		if !ok {
			inner = map[string]int{}
			byRegion[s.region] = inner
		}
		inner[s.product] += s.qty
	}
	regions := make([]string, 0)
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	for _, r := range regions {
		fmt.Println(r, byRegion[r])
	}
}
