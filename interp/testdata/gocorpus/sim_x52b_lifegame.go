package main

import (
	"fmt"
	"strings"
)

type World struct {
	w, h  int
	alive map[[2]int]bool
}

func Parse(s string) *World {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	wd := &World{w: len(lines[0]), h: len(lines), alive: map[[2]int]bool{}}
	for y, l := range lines {
		for x, c := range l {
			if c == '#' {
				wd.alive[[2]int{x, y}] = true
			}
		}
	}
	return wd
}

func (wd *World) Next() *World {
	n := &World{w: wd.w, h: wd.h, alive: map[[2]int]bool{}}
	for y := 0; y < wd.h; y++ {
		for x := 0; x < wd.w; x++ {
			c := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx != 0 || dy != 0) && wd.alive[[2]int{(x + dx + wd.w) % wd.w, (y + dy + wd.h) % wd.h}] {
						c++
					}
				}
			}
			p := [2]int{x, y}
			if c == 3 || c == 2 && wd.alive[p] {
				n.alive[p] = true
			}
		}
	}
	return n
}

func (wd *World) String() string {
	var b strings.Builder
	for y := 0; y < wd.h; y++ {
		for x := 0; x < wd.w; x++ {
			if wd.alive[[2]int{x, y}] {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	w := Parse(`
.#......
..#.....
###.....
........
........
........`)
	seen := map[string]int{}
	for gen := 0; gen < 6; gen++ {
		s := w.String()
		fmt.Printf("gen %d (%d alive)\n%s", gen, len(w.alive), s)
		if g, ok := seen[s]; ok {
			fmt.Println("repeat of gen", g)
			break
		}
		seen[s] = gen
		w = w.Next()
	}
}
