package main

import (
	"errors"
	"fmt"
	"strings"
)

type Pos struct{ R, C int }

func (p Pos) Add(d Pos) Pos { return Pos{p.R + d.R, p.C + d.C} }

var dirs = [4]Pos{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

type Maze struct {
	grid       [][]byte
	start, end Pos
}

var ErrNoPath = errors.New("no path")

func ParseMaze(s string) (*Maze, error) {
	m := &Maze{start: Pos{-1, -1}, end: Pos{-1, -1}}
	for r, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := []byte(strings.TrimSpace(line))
		for c, ch := range row {
			switch ch {
			case 'S':
				m.start = Pos{r, c}
			case 'E':
				m.end = Pos{r, c}
			}
		}
		m.grid = append(m.grid, row)
	}
	if m.start.R < 0 || m.end.R < 0 {
		return nil, errors.New("maze needs S and E")
	}
	return m, nil
}

func (m *Maze) open(p Pos) bool {
	return p.R >= 0 && p.R < len(m.grid) && p.C >= 0 && p.C < len(m.grid[p.R]) && m.grid[p.R][p.C] != '#'
}

func (m *Maze) Solve() ([]Pos, int, error) {
	prev := map[Pos]Pos{m.start: m.start}
	queue := []Pos{m.start}
	explored := 0
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		explored++
		if cur == m.end {
			var path []Pos
			for p := cur; p != m.start; p = prev[p] {
				path = append([]Pos{p}, path...)
			}
			return append([]Pos{m.start}, path...), explored, nil
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if _, seen := prev[n]; !seen && m.open(n) {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil, explored, fmt.Errorf("from %v to %v: %w", m.start, m.end, ErrNoPath)
}

func (m *Maze) Render(path []Pos) string {
	g := make([][]byte, len(m.grid))
	for i := range m.grid {
		g[i] = append([]byte(nil), m.grid[i]...)
	}
	for _, p := range path[1 : len(path)-1] {
		g[p.R][p.C] = '*'
	}
	var sb strings.Builder
	for _, row := range g {
		sb.Write(row)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	mazes := []string{`
		##########
		#S.....#.#
		#.##.#.#.#
		#.#..#...#
		#.#.####.#
		#...#..#.#
		###.#.##.#
		#.....#.E#
		##########`, `
		#####
		#S#E#
		#####`, `
		S..
		...`,
	}
	for i, src := range mazes {
		m, err := ParseMaze(src)
		if err != nil {
			fmt.Println(i, "parse:", err)
			continue
		}
		path, explored, err := m.Solve()
		if err != nil {
			fmt.Println(i, "solve:", err, errors.Is(err, ErrNoPath), "explored", explored)
			continue
		}
		fmt.Printf("maze %d: %d steps, explored %d, path starts %v\n", i, len(path)-1, explored, path[:3])
		fmt.Print(m.Render(path))
	}
}
