package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		nbrs := slices.Sorted(slices.Values(g[n]))
		for _, m := range nbrs {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

func main() {
	g := Graph{}
	for _, e := range []string{"a-b", "a-c", "b-d", "c-d", "d-e", "f-g"} {
		p := strings.Split(e, "-")
		g.AddEdge(p[0], p[1])
	}
	fmt.Println(g)
	fmt.Println(g.BFS("a"), g.BFS("g"))

	rows := []map[string]any{
		{"name": "x", "n": 1},
		{"name": "y", "n": 2.5, "tags": []string{"t1"}},
		{},
	}
	rows[2]["name"] = "z"
	for i, r := range rows {
		keys := slices.Sorted(maps.Keys(r))
		fmt.Println(i, keys, r)
	}

	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune(strings.Repeat(".", 4))
	}
	grid[1][2] = '#'
	row := grid[0]
	row[0] = '@'
	for _, r := range grid {
		fmt.Println(string(r))
	}

	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	t = append(t, 99)
	fmt.Println(s, t, len(t), cap(t))
	u := s[1:3:3]
	u = append(u, 77)
	fmt.Println(s, u, cap(u) >= 3)

	inv := map[int][]string{}
	src := map[string]int{"one": 1, "uno": 1, "two": 2, "dos": 2, "tres": 3}
	for _, k := range slices.Sorted(maps.Keys(src)) {
		inv[src[k]] = append(inv[src[k]], k)
	}
	fmt.Println(inv)
	counts := map[string]int{}
	for _, w := range strings.Fields("the cat the dog the end cat") {
		counts[w]++
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range counts {
		kvs = append(kvs, kv{k, v})
	}
	slices.SortFunc(kvs, func(a, b kv) int {
		if a.v != b.v {
			return b.v - a.v
		}
		return strings.Compare(a.k, b.k)
	})
	fmt.Printf("%v\n%+v\n", kvs, kvs[0])
	clone := maps.Clone(counts)
	delete(clone, "the")
	maps.DeleteFunc(clone, func(k string, v int) bool { return v > 1 })
	fmt.Println(len(counts), clone, maps.Equal(clone, map[string]int{"dog": 1, "end": 1}))
}
