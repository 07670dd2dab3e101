// Exercises: type Grid [][]byte with String and Rotate methods, grids in a []fmt.Stringer, a map[string]Grid, comparing grids by their String.
package main

import (
	"fmt"
	"strings"
)

type Grid [][]byte

func Parse(s string) Grid {
	var g Grid
	for _, line := range strings.Split(s, "/") {
		g = append(g, []byte(line))
	}
	return g
}

func (g Grid) String() string {
	rows := make([]string, len(g))
	for i, r := range g {
		rows[i] = string(r)
	}
	return strings.Join(rows, "/")
}

func (g Grid) Rotate() Grid {
	n := len(g)
	out := make(Grid, n)
	for r := range out {
		out[r] = make([]byte, n)
		for c := range out[r] {
			out[r][c] = g[n-1-c][r]
		}
	}
	return out
}

func (g Grid) Count(b byte) (n int) {
	for _, row := range g {
		n += strings.Count(string(row), string(b))
	}
	return
}

func main() {
	g := Parse(".#./..#/###")
	fmt.Println(g, g.Count('#'))
	variants := map[string]Grid{}
	cur := g
	for i := 0; i < 4; i++ {
		variants[cur.String()] = cur
		cur = cur.Rotate()
	}
	fmt.Println(len(variants), cur.String() == g.String())
	var things []fmt.Stringer
	for _, k := range []string{".#./..#/###", "#../#.#/##."} {
		if v, ok := variants[k]; ok {
			things = append(things, v)
		}
	}
	fmt.Println(things, len(things))
	fmt.Printf("%v|%s|%d\n", g.Rotate(), g.Rotate(), len(g))
	g[0][0] = '#'
	fmt.Println(variants[".#./..#/###"], g)
}
