// Exercises: arrays are values (copied on assignment and call), compared with ==, indexed literals, sha256 digests compared, zeroing through a pointer
package main

import (
	"crypto/sha256"
	"fmt"
)

type Currency int

const (
	USD Currency = iota
	EUR
	GBP
	RMB
)

func zero(p *[4]int) { *p = [4]int{} }

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func main() {
	symbol := [...]string{USD: "$", EUR: "€", GBP: "£", RMB: "¥"}
	fmt.Println(RMB, symbol[RMB], len(symbol))
	r := [...]int{99: -1}
	fmt.Println(len(r), r[0], r[99])
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b, a == [4]int{1, 2, 3, 4})
	d := double(a)
	fmt.Println(a, d)
	zero(&d)
	fmt.Println(d)
	c1 := sha256.Sum256([]byte("x"))
	c2 := sha256.Sum256([]byte("X"))
	fmt.Printf("%x\n%t %T\n", c1[:4], c1 == c2, c1)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[1][2] = 0
	fmt.Println(grid, g2, grid != g2)
	pa := &a
	pa[3] = 40
	for i, v := range pa {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(len(pa))
}
