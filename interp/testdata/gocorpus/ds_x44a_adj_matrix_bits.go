package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitGraph struct {
	n   int
	row []uint64
}

func NewBitGraph(n int) *BitGraph { return &BitGraph{n: n, row: make([]uint64, n)} }

func (g *BitGraph) Add(u, v int) {
	g.row[u] |= 1 << uint(v)
	g.row[v] |= 1 << uint(u)
}

func (g *BitGraph) Has(u, v int) bool { return g.row[u]>>uint(v)&1 == 1 }

func (g *BitGraph) Degree(u int) int { return bits.OnesCount64(g.row[u]) }

func (g *BitGraph) Triangles() int {
	count := 0
	for u := 0; u < g.n; u++ {
		for v := u + 1; v < g.n; v++ {
			if g.Has(u, v) {
				count += bits.OnesCount64(g.row[u] & g.row[v] &^ (1<<uint(v+1) - 1))
			}
		}
	}
	return count
}

// MaxClique by Bron-Kerbosch with pivoting on bitsets.
func (g *BitGraph) MaxClique() uint64 {
	var best uint64
	var bk func(r, p, x uint64)
	bk = func(r, p, x uint64) {
		if p == 0 && x == 0 {
			if bits.OnesCount64(r) > bits.OnesCount64(best) {
				best = r
			}
			return
		}
		pivot := bits.TrailingZeros64(p | x)
		cand := p &^ g.row[pivot]
		for cand != 0 {
			v := bits.TrailingZeros64(cand)
			cand &= cand - 1
			bk(r|1<<uint(v), p&g.row[v], x&g.row[v])
			p &^= 1 << uint(v)
			x |= 1 << uint(v)
		}
	}
	bk(0, 1<<uint(g.n)-1, 0)
	return best
}

func (g *BitGraph) String() string {
	var sb strings.Builder
	sb.WriteString("   ")
	for j := 0; j < g.n; j++ {
		fmt.Fprintf(&sb, "%d", j%10)
	}
	sb.WriteByte('\n')
	for i := 0; i < g.n; i++ {
		fmt.Fprintf(&sb, "%2d ", i)
		for j := 0; j < g.n; j++ {
			if g.Has(i, j) {
				sb.WriteByte('1')
			} else {
				sb.WriteByte('.')
			}
		}
		fmt.Fprintf(&sb, "  deg=%d bits=%#x\n", g.Degree(i), g.row[i])
	}
	return sb.String()
}

func members(set uint64) []int {
	var out []int
	for set != 0 {
		out = append(out, bits.TrailingZeros64(set))
		set &= set - 1
	}
	return out
}

func main() {
	g := NewBitGraph(9)
	for _, e := range [][2]int{{0, 1}, {0, 2}, {1, 2}, {1, 3}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {4, 6}, {6, 7}, {7, 8}, {1, 4}, {2, 4}, {3, 5}} {
		g.Add(e[0], e[1])
	}
	fmt.Print(g)
	fmt.Println("triangles:", g.Triangles())
	c := g.MaxClique()
	fmt.Printf("max clique %v (size %d, mask %09b)\n", members(c), bits.OnesCount64(c), c)
}
