package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Set uint64

func (s Set) Add(i int) Set   { return s | 1<<i }
func (s Set) Union(t Set) Set { return s | t }
func (s Set) Minus(t Set) Set { return s &^ t }
func (s Set) Has(i int) bool  { return s&(1<<i) != 0 }
func (s Set) Len() int        { return bits.OnesCount64(uint64(s)) }

var varNames = []string{"a", "b", "c", "d", "i", "n"}

func (s Set) String() string {
	var parts []string
	for i, n := range varNames {
		if s.Has(i) {
			parts = append(parts, n)
		}
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func vars(names ...string) Set {
	var s Set
	for _, n := range names {
		for i, v := range varNames {
			if v == n {
				s = s.Add(i)
			}
		}
	}
	return s
}

type Block struct {
	Name     string
	Use, Def Set
	Succ     []int
	In, Out  Set
}

func liveness(blocks []*Block) int {
	iters := 0
	for changed := true; changed; {
		changed = false
		iters++
		for i := len(blocks) - 1; i >= 0; i-- {
			b := blocks[i]
			var out Set
			for _, s := range b.Succ {
				out = out.Union(blocks[s].In)
			}
			in := b.Use.Union(out.Minus(b.Def))
			if in != b.In || out != b.Out {
				b.In, b.Out = in, out
				changed = true
			}
		}
	}
	return iters
}

func main() {
	blocks := []*Block{
		{Name: "entry", Use: vars("n"), Def: vars("a", "i"), Succ: []int{1}},
		{Name: "loop", Use: vars("i", "n"), Def: 0, Succ: []int{2, 4}},
		{Name: "body", Use: vars("a", "i"), Def: vars("b", "a"), Succ: []int{3}},
		{Name: "incr", Use: vars("i", "b"), Def: vars("i", "c"), Succ: []int{1}},
		{Name: "exit", Use: vars("a"), Def: vars("d"), Succ: nil},
	}
	n := liveness(blocks)
	fmt.Println("iterations:", n)
	for _, b := range blocks {
		fmt.Printf("%-6s use=%-8v def=%-8v in=%-10v out=%v\n", b.Name, b.Use, b.Def, b.In, b.Out)
	}
	maxLive := 0
	for _, b := range blocks {
		maxLive = max(maxLive, b.In.Len(), b.Out.Len())
	}
	fmt.Println("max live:", maxLive, Set(0), vars("x"), vars("a", "a").Len())
	fmt.Printf("%d %x %v\n", vars("n"), uint64(vars("a", "d")), Set(1<<63).Has(63))
}
