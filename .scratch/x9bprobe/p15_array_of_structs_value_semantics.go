package main

import "fmt"

type Grid [3][3]int

func (g Grid) WithCenter(v int) Grid { g[1][1] = v; return g }
func (g *Grid) Fill(v int) {
	for i := range g {
		for j := range g[i] {
			g[i][j] = v
		}
	}
}

type Board struct {
	Cells Grid
	Name  string
}

func main() {
	var g Grid
	h := g.WithCenter(5)
	fmt.Println(g[1][1], h[1][1])
	b := Board{Name: "b"}
	c := b
	c.Cells.Fill(7)
	fmt.Println(b.Cells[0], c.Cells[2], b == Board{Name: "b"}, c.Cells == g.WithCenter(0))
	m := map[string]Grid{"x": h}
	gg := m["x"]
	gg.Fill(1)
	fmt.Println(m["x"][1], gg[1])
	rows := g[:]
	rows[0][0] = 9
	fmt.Println(g[0][0])
}
