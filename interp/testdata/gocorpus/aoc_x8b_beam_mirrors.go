// Exercises: light-beam traversal with a queue of struct{r,c,d} and visited map keyed by that struct, energized set map[[2]int]bool, max over all edge starts
package main

import (
	"fmt"
	"strings"
)

const input = `.|...\....
|.-.\.....
.....|-...
........|.
..........
.........\
..../.\\..
.-.-/..|..
.|....-|.\
..//.|....`

type beam struct{ r, c, d int }

var g []string
var dr = []int{0, 1, 0, -1}
var dc = []int{1, 0, -1, 0}

func energize(start beam) int {
	seen := map[beam]bool{}
	lit := map[[2]int]bool{}
	q := []beam{start}
	for len(q) > 0 {
		b := q[0]
		q = q[1:]
		if b.r < 0 || b.c < 0 || b.r >= len(g) || b.c >= len(g[0]) || seen[b] {
			continue
		}
		seen[b] = true
		lit[[2]int{b.r, b.c}] = true
		var nds []int
		switch ch := g[b.r][b.c]; {
		case ch == '/':
			nds = []int{[]int{3, 2, 1, 0}[b.d]}
		case ch == '\\':
			nds = []int{[]int{1, 0, 3, 2}[b.d]}
		case ch == '|' && b.d%2 == 0:
			nds = []int{1, 3}
		case ch == '-' && b.d%2 == 1:
			nds = []int{0, 2}
		default:
			nds = []int{b.d}
		}
		for _, d := range nds {
			q = append(q, beam{b.r + dr[d], b.c + dc[d], d})
		}
	}
	return len(lit)
}

func main() {
	g = strings.Split(input, "\n")
	fmt.Println(energize(beam{0, 0, 0}))
	best := 0
	for i := 0; i < len(g); i++ {
		for _, s := range []beam{{i, 0, 0}, {i, len(g[0]) - 1, 2}, {0, i, 1}, {len(g) - 1, i, 3}} {
			if e := energize(s); e > best {
				best = e
			}
		}
	}
	fmt.Println(best)
}
