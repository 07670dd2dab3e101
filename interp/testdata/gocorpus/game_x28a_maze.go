package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type cell struct{ r, c int }

type Maze struct {
	rows, cols int
	// walls: right[r][c] is wall east of cell, down[r][c] wall south
	right, down [][]bool
}

func NewMaze(rows, cols int, rng *rand.Rand) *Maze {
	m := &Maze{rows: rows, cols: cols}
	m.right = make([][]bool, rows)
	m.down = make([][]bool, rows)
	for i := range rows {
		m.right[i] = make([]bool, cols)
		m.down[i] = make([]bool, cols)
		for j := range cols {
			m.right[i][j], m.down[i][j] = true, true
		}
	}
	visited := map[cell]bool{}
	stack := []cell{{0, 0}}
	visited[cell{0, 0}] = true
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		var next []cell
		for _, d := range []cell{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
			n := cell{cur.r + d.r, cur.c + d.c}
			if n.r >= 0 && n.r < rows && n.c >= 0 && n.c < cols && !visited[n] {
				next = append(next, n)
			}
		}
		if len(next) == 0 {
			stack = stack[:len(stack)-1]
			continue
		}
		n := next[rng.IntN(len(next))]
		switch {
		case n.r > cur.r:
			m.down[cur.r][cur.c] = false
		case n.r < cur.r:
			m.down[n.r][n.c] = false
		case n.c > cur.c:
			m.right[cur.r][cur.c] = false
		default:
			m.right[n.r][n.c] = false
		}
		visited[n] = true
		stack = append(stack, n)
	}
	return m
}

func (m *Maze) neighbors(c cell) []cell {
	var out []cell
	if c.c+1 < m.cols && !m.right[c.r][c.c] {
		out = append(out, cell{c.r, c.c + 1})
	}
	if c.c > 0 && !m.right[c.r][c.c-1] {
		out = append(out, cell{c.r, c.c - 1})
	}
	if c.r+1 < m.rows && !m.down[c.r][c.c] {
		out = append(out, cell{c.r + 1, c.c})
	}
	if c.r > 0 && !m.down[c.r-1][c.c] {
		out = append(out, cell{c.r - 1, c.c})
	}
	return out
}

func (m *Maze) Solve(from, to cell) []cell {
	prev := map[cell]cell{from: from}
	queue := []cell{from}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == to {
			break
		}
		for _, n := range m.neighbors(c) {
			if _, seen := prev[n]; !seen {
				prev[n] = c
				queue = append(queue, n)
			}
		}
	}
	var path []cell
	for c := to; c != from; c = prev[c] {
		path = append(path, c)
	}
	return append(path, from)
}

func (m *Maze) Render(path []cell) string {
	on := map[cell]bool{}
	for _, c := range path {
		on[c] = true
	}
	var sb strings.Builder
	sb.WriteString("+" + strings.Repeat("---+", m.cols) + "\n")
	for r := range m.rows {
		sb.WriteString("|")
		for c := range m.cols {
			if on[cell{r, c}] {
				sb.WriteString(" * ")
			} else {
				sb.WriteString("   ")
			}
			if m.right[r][c] {
				sb.WriteString("|")
			} else {
				sb.WriteString(" ")
			}
		}
		sb.WriteString("\n+")
		for c := range m.cols {
			if m.down[r][c] {
				sb.WriteString("---+")
			} else {
				sb.WriteString("   +")
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	m := NewMaze(6, 10, rng)
	path := m.Solve(cell{0, 0}, cell{5, 9})
	fmt.Print(m.Render(path))
	fmt.Println("path length:", len(path), "start", path[len(path)-1], "end", path[0])
}
