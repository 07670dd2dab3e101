// Exercises: map elements are not addressable - copy, modify, store back; map of slices appends
package main

import "fmt"

type Player struct {
	Name  string
	Score int
}

func main() {
	team := map[string]Player{"ann": {"Ann", 1}, "bob": {"Bob", 2}}
	p := team["ann"]
	p.Score += 10
	fmt.Println("copy modified, map unchanged:", team["ann"].Score, p.Score)
	team["ann"] = p
	fmt.Println("stored back:", team["ann"].Score)
	groups := map[string][]int{}
	for i := 0; i < 6; i++ {
		key := "odd"
		if i%2 == 0 {
			key = "even"
		}
		groups[key] = append(groups[key], i)
	}
	fmt.Println("map of slices:", groups["even"], groups["odd"])
	s := groups["even"]
	s[0] = 100
	fmt.Println("slice value shares array:", groups["even"])
	arrs := map[int][2]int{1: {1, 2}}
	a := arrs[1]
	a[0] = 9
	fmt.Println("array value copied:", arrs[1], a)
	nested := map[string]map[string]int{}
	if nested["x"] == nil {
		nested["x"] = map[string]int{}
	}
	nested["x"]["y"]++
	fmt.Println("nested map:", nested)
}
