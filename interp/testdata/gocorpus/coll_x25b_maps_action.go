package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Key struct {
	Path, Country string
}

type Node struct {
	Next  *Node
	Value string
}

func main() {
	hits := make(map[Key]int)
	visits := []Key{{"/", "vn"}, {"/doc/", "au"}, {"/", "vn"}, {"/", "us"}, {"/doc/", "au"}, {"/doc/", "au"}}
	for _, k := range visits {
		hits[k]++
	}
	fmt.Println(hits)
	fmt.Println(hits[Key{"/doc/", "au"}], hits[Key{"/missing", "xx"}])

	n, ok := hits[Key{"/", "us"}]
	fmt.Println(n, ok)
	delete(hits, Key{"/", "us"})
	_, ok = hits[Key{"/", "us"}]
	fmt.Println(ok, len(hits))

	first := &Node{Value: "a"}
	first.Next = &Node{Value: "b", Next: &Node{Value: "c"}}
	first.Next.Next.Next = first.Next
	visited := make(map[*Node]bool)
	var order []string
	for n := first; n != nil; n = n.Next {
		if visited[n] {
			order = append(order, "cycle@"+n.Value)
			break
		}
		visited[n] = true
		order = append(order, n.Value)
	}
	fmt.Println(strings.Join(order, "->"))

	likes := map[string][]string{}
	people := [][2]string{{"alice", "cheese"}, {"bob", "crackers"}, {"alice", "crackers"}, {"carol", "cheese"}}
	for _, p := range people {
		likes[p[1]] = append(likes[p[1]], p[0])
	}
	fmt.Println(len(likes["cheese"]), "people like cheese:", likes["cheese"])
	fmt.Println(likes)

	counts := map[string]map[string]int{}
	add := func(a, b string) {
		mm, ok := counts[a]
		if !ok {
			mm = make(map[string]int)
			counts[a] = mm
		}
		mm[b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(counts)

	keys := slices.SortedFunc(maps.Keys(hits), func(a, b Key) int { return strings.Compare(a.Path+a.Country, b.Path+b.Country) })
	fmt.Println(keys)
	ks := make([]string, 0)
	for k := range hits {
		ks = append(ks, k.Path+"|"+k.Country)
	}
	sort.Strings(ks)
	fmt.Println(ks)
	clone := maps.Clone(counts["x"])
	clone["q"] = 1
	fmt.Println(counts["x"], clone, maps.Equal(counts["x"], clone))
	var nilMap map[string]int
	fmt.Println(nilMap["nothing"], len(nilMap), nilMap == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	nilMap["boom"] = 1
}
