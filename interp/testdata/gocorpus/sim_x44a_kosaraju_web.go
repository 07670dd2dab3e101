package main

import (
	"fmt"
	"sort"
	"strings"
)

type Web struct {
	links   map[string][]string
	reverse map[string][]string
}

func ParseWeb(spec string) *Web {
	w := &Web{links: map[string][]string{}, reverse: map[string][]string{}}
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		from, tos, found := strings.Cut(line, ":")
		from = strings.TrimSpace(from)
		if _, ok := w.links[from]; !ok {
			w.links[from] = nil
		}
		if !found {
			continue
		}
		for _, to := range strings.Fields(tos) {
			w.links[from] = append(w.links[from], to)
			w.reverse[to] = append(w.reverse[to], from)
			if _, ok := w.links[to]; !ok {
				w.links[to] = nil
			}
		}
	}
	return w
}

func (w *Web) pages() []string {
	ps := make([]string, 0, len(w.links))
	for p := range w.links {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	return ps
}

func (w *Web) Kosaraju() [][]string {
	seen := map[string]bool{}
	var finish []string
	var dfs1 func(string)
	dfs1 = func(u string) {
		seen[u] = true
		for _, v := range w.links[u] {
			if !seen[v] {
				dfs1(v)
			}
		}
		finish = append(finish, u)
	}
	for _, p := range w.pages() {
		if !seen[p] {
			dfs1(p)
		}
	}
	clear(seen)
	var comps [][]string
	for i := len(finish) - 1; i >= 0; i-- {
		root := finish[i]
		if seen[root] {
			continue
		}
		var comp []string
		stack := []string{root}
		seen[root] = true
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, u)
			for _, v := range w.reverse[u] {
				if !seen[v] {
					seen[v] = true
					stack = append(stack, v)
				}
			}
		}
		sort.Strings(comp)
		comps = append(comps, comp)
	}
	return comps
}

const site = `
index: about blog shop
about: index team
team: about
blog: post1 post2
post1: post2 blog
post2: post1
shop: cart
cart: checkout
checkout: shop thanks
thanks
`

func main() {
	w := ParseWeb(site)
	comps := w.Kosaraju()
	sort.Slice(comps, func(i, j int) bool {
		if len(comps[i]) != len(comps[j]) {
			return len(comps[i]) > len(comps[j])
		}
		return comps[i][0] < comps[j][0]
	})
	fmt.Printf("%d pages, %d components\n", len(w.links), len(comps))
	for i, c := range comps {
		fmt.Printf("C%-2d %-2d %s\n", i, len(c), strings.Join(c, " "))
	}
	in := map[string]int{}
	for _, p := range w.pages() {
		in[p] = len(w.reverse[p])
	}
	fmt.Println("in-degree:", in)
}
