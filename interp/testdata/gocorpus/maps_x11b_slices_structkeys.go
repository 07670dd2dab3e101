// Exercises: map of slices with append through the map, map with struct keys, counting with a struct-keyed map, missing key zero value
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

type Visit struct {
	Path    string
	Country string
}

func main() {
	graph := map[string][]string{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}}
	for _, e := range edges {
		graph[e[0]] = append(graph[e[0]], e[1])
	}
	fmt.Println(graph, len(graph["zzz"]), graph["zzz"] == nil)

	grid := map[Point]rune{{0, 0}: 'S', {2, 1}: 'E'}
	grid[Point{1, 1}] = '#'
	fmt.Println(len(grid), string(grid[Point{2, 1}]), grid[Point{5, 5}])

	hits := make(map[Visit]int)
	logs := "/a DE;/b FR;/a DE;/a FR;/b FR;/a DE"
	for _, l := range strings.Split(logs, ";") {
		f := strings.Fields(l)
		hits[Visit{f[0], f[1]}]++
	}
	keys := make([]Visit, 0, len(hits))
	for k := range hits {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Path != keys[j].Path {
			return keys[i].Path < keys[j].Path
		}
		return keys[i].Country < keys[j].Country
	})
	for _, k := range keys {
		fmt.Printf("%v=%d ", k, hits[k])
	}
	fmt.Println()
	fmt.Println(hits)
	delete(hits, Visit{"/a", "DE"})
	_, ok := hits[Visit{"/a", "DE"}]
	fmt.Println(ok, len(hits))
}
