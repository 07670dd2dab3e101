package main

import (
	"fmt"
	"iter"
	"strings"
)

type P struct{ X, Y int }

type Maze struct {
	rows  []string
	start P
	goal  P
}

func ParseMaze(s string) *Maze {
	m := &Maze{rows: strings.Split(strings.TrimSpace(s), "\n")}
	for y, row := range m.rows {
		if x := strings.IndexByte(row, 'S'); x >= 0 {
			m.start = P{x, y}
		}
		if x := strings.IndexByte(row, 'G'); x >= 0 {
			m.goal = P{x, y}
		}
	}
	return m
}

func (m *Maze) Open(p P) bool {
	return p.Y >= 0 && p.Y < len(m.rows) && p.X >= 0 && p.X < len(m.rows[p.Y]) && m.rows[p.Y][p.X] != '#'
}

func (m *Maze) Neighbors(p P) iter.Seq[P] {
	return func(yield func(P) bool) {
		for _, d := range []P{{0, -1}, {1, 0}, {0, 1}, {-1, 0}} {
			n := P{p.X + d.X, p.Y + d.Y}
			if m.Open(n) && !yield(n) {
				return
			}
		}
	}
}

func (m *Maze) BFS() iter.Seq2[int, P] {
	return func(yield func(int, P) bool) {
		seen := map[P]bool{m.start: true}
		frontier := []P{m.start}
		for depth := 0; len(frontier) > 0; depth++ {
			var next []P
			for _, p := range frontier {
				if !yield(depth, p) {
					return
				}
				for n := range m.Neighbors(p) {
					if !seen[n] {
						seen[n] = true
						next = append(next, n)
					}
				}
			}
			frontier = next
		}
	}
}

const maze = `
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..G#
###.#.###
#.....#.#
#########`

func main() {
	m := ParseMaze(maze)
	visited := 0
	for d, p := range m.BFS() {
		visited++
		if p == m.goal {
			fmt.Printf("goal %v reached at depth %d after %d cells\n", p, d, visited)
			break
		}
	}
	total := 0
	maxD := 0
	for d := range m.BFS() {
		total++
		maxD = max(maxD, d)
	}
	fmt.Println("reachable:", total, "deepest:", maxD)
	next, stop := iter.Pull(m.Neighbors(P{3, 3}))
	defer stop()
	for {
		p, ok := next()
		if !ok {
			break
		}
		fmt.Print(p, " ")
	}
	fmt.Println()
}
