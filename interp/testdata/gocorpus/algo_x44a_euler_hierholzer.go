package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Multigraph struct {
	adj  map[string][]int
	ends [][2]string
	used []bool
}

func (m *Multigraph) Add(a, b string) {
	if m.adj == nil {
		m.adj = map[string][]int{}
	}
	id := len(m.ends)
	m.ends = append(m.ends, [2]string{a, b})
	m.used = append(m.used, false)
	m.adj[a] = append(m.adj[a], id)
	m.adj[b] = append(m.adj[b], id)
}

func (m *Multigraph) other(id int, v string) string {
	if m.ends[id][0] == v {
		return m.ends[id][1]
	}
	return m.ends[id][0]
}

func (m *Multigraph) EulerPath() ([]string, error) {
	var odd []string
	verts := make([]string, 0, len(m.adj))
	for v := range m.adj {
		verts = append(verts, v)
	}
	sort.Strings(verts)
	for _, v := range verts {
		if len(m.adj[v])%2 == 1 {
			odd = append(odd, v)
		}
	}
	if len(odd) != 0 && len(odd) != 2 {
		return nil, errors.New("no Euler path: odd vertices " + strings.Join(odd, ","))
	}
	start := verts[0]
	if len(odd) == 2 {
		start = odd[0]
	}
	for v := range m.adj {
		sort.Slice(m.adj[v], func(i, j int) bool { return m.other(m.adj[v][i], v) < m.other(m.adj[v][j], v) })
	}
	ptr := map[string]int{}
	stack := []string{start}
	var path []string
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		for ptr[v] < len(m.adj[v]) && m.used[m.adj[v][ptr[v]]] {
			ptr[v]++
		}
		if ptr[v] == len(m.adj[v]) {
			path = append(path, v)
			stack = stack[:len(stack)-1]
			continue
		}
		id := m.adj[v][ptr[v]]
		m.used[id] = true
		stack = append(stack, m.other(id, v))
	}
	if len(path) != len(m.ends)+1 {
		return nil, fmt.Errorf("graph is disconnected (%d of %d edges)", len(path)-1, len(m.ends))
	}
	return path, nil
}

func main() {
	cases := map[string][][2]string{
		"koenigsberg": {{"A", "B"}, {"A", "B"}, {"A", "C"}, {"A", "C"}, {"A", "D"}, {"B", "D"}, {"C", "D"}},
		"house":       {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "a"}, {"a", "c"}, {"b", "d"}, {"c", "e"}, {"d", "e"}},
		"bowtie":      {{"x", "y"}, {"y", "z"}, {"z", "x"}, {"x", "p"}, {"p", "q"}, {"q", "x"}},
		"split":       {{"1", "2"}, {"2", "1"}, {"3", "4"}, {"4", "3"}},
	}
	names := make([]string, 0, len(cases))
	for k := range cases {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		var g Multigraph
		for _, e := range cases[name] {
			g.Add(e[0], e[1])
		}
		p, err := g.EulerPath()
		if err != nil {
			fmt.Printf("%-12s ERR %v\n", name, err)
			continue
		}
		fmt.Printf("%-12s OK  %s\n", name, strings.Join(p, "-"))
	}
}
