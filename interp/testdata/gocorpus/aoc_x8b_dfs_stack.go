// Exercises: graph from "a-b" lines in map[string][]string, DFS with an explicit stack, connected components, sorted keys
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const input = `start-A
A-b
b-end
c-d
d-e
x-y
A-end
q-q`

func main() {
	adj := map[string][]string{}
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "-")
		a, b := parts[0], parts[1]
		adj[a] = append(adj[a], b)
		adj[b] = append(adj[b], a)
	}
	names := make([]string, 0, len(adj))
	for k := range adj {
		names = append(names, k)
	}
	sort.Strings(names)
	seen := make(map[string]bool)
	comp := 0
	for _, n := range names {
		if seen[n] {
			continue
		}
		comp++
		stack := []string{n}
		var members []string
		for len(stack) > 0 {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[top] {
				continue
			}
			seen[top] = true
			members = append(members, top)
			for _, nb := range adj[top] {
				if !seen[nb] {
					stack = append(stack, nb)
				}
			}
		}
		sort.Strings(members)
		fmt.Printf("component %d: %s\n", comp, strings.Join(members, ","))
	}
	fmt.Println(comp, adj["A"])
}
