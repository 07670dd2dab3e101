// Exercises: bit-flag type with iota shifts and a String method, Gray code, math/bits Reverse16 and OnesCount, %b and %08b formatting, unary ^ on typed values
package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Cell uint16

const (
	Wall Cell = 1 << iota
	Seen
	Goal
)

var cellNames = [...]string{"W", "S", "G"}

func (c Cell) String() string {
	var parts []string
	for bit := range len(cellNames) {
		if c>>bit&1 == 1 {
			parts = append(parts, cellNames[bit])
		}
	}
	if parts == nil {
		return "."
	}
	return strings.Join(parts, "+")
}

func main() {
	c := Wall | Goal
	fmt.Println(c, c|Seen, c&^Wall, Cell(0), []Cell{Wall, Seen | Goal})
	fmt.Printf("%v %d %016b %s\n", c, c, c, ^c&(Wall|Seen|Goal))
	for i := uint(0); i < 8; i++ {
		g := i ^ (i >> 1)
		fmt.Printf("%03b ", g)
	}
	fmt.Println()
	fmt.Println(bits.Reverse16(1), bits.OnesCount16(0xF0F0), bits.Len8(0))
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
}
