package main

import (
	"fmt"
	"strings"
)

type Grid[T any] struct {
	W, H  int
	cells []T
}

func NewGrid[T any](w, h int, fill T) *Grid[T] {
	g := &Grid[T]{W: w, H: h, cells: make([]T, w*h)}
	for i := range g.cells {
		g.cells[i] = fill
	}
	return g
}

func (g *Grid[T]) At(x, y int) T     { return g.cells[y*g.W+x] }
func (g *Grid[T]) Set(x, y int, v T) { g.cells[y*g.W+x] = v }
func (g *Grid[T]) In(x, y int) bool  { return x >= 0 && y >= 0 && x < g.W && y < g.H }

func Map[T, U any](g *Grid[T], f func(T) U) *Grid[U] {
	out := &Grid[U]{W: g.W, H: g.H, cells: make([]U, len(g.cells))}
	for i, v := range g.cells {
		out.cells[i] = f(v)
	}
	return out
}

func (g *Grid[T]) Render(f func(T) rune) string {
	var sb strings.Builder
	for y := 0; y < g.H; y++ {
		for x := 0; x < g.W; x++ {
			sb.WriteRune(f(g.At(x, y)))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Terrain uint8

const (
	Grass Terrain = iota
	Water
	Rock
)

func flood[T comparable](g *Grid[T], x, y int, target, repl T) int {
	if !g.In(x, y) || g.At(x, y) != target || target == repl {
		return 0
	}
	g.Set(x, y, repl)
	return 1 + flood(g, x+1, y, target, repl) + flood(g, x-1, y, target, repl) +
		flood(g, x, y+1, target, repl) + flood(g, x, y-1, target, repl)
}

func main() {
	g := NewGrid(12, 6, Grass)
	for x := 0; x < 12; x++ {
		g.Set(x, 3, Rock)
	}
	g.Set(4, 3, Grass)
	for y := 0; y < 6; y++ {
		g.Set(8, y, Water)
	}
	symbols := map[Terrain]rune{Grass: '.', Water: '~', Rock: '^'}
	fmt.Print(g.Render(func(t Terrain) rune { return symbols[t] }))
	n := flood(g, 0, 0, Grass, Water)
	fmt.Println("flooded", n)
	fmt.Print(g.Render(func(t Terrain) rune { return symbols[t] }))
	costs := Map(g, func(t Terrain) int {
		switch t {
		case Water:
			return 3
		case Rock:
			return 9
		}
		return 1
	})
	total := 0
	for _, c := range costs.cells {
		total += c
	}
	fmt.Println("total cost", total, costs.At(4, 3), costs.At(0, 5))
	labels := Map(costs, func(c int) string { return fmt.Sprint(c) })
	fmt.Println(strings.Join(labels.cells[:12], ""))
}
