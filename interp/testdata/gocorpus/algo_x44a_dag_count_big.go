package main

import (
	"fmt"
	"math/big"
	"strings"
)

// Lattice builds the DAG of monotone lattice paths on an n x n grid,
// with some blocked cells, and counts paths with big integers.
type Lattice struct {
	N       int
	Blocked map[[2]int]bool
}

func (l Lattice) succ(r, c int) [][2]int {
	var out [][2]int
	if r+1 <= l.N && !l.Blocked[[2]int{r + 1, c}] {
		out = append(out, [2]int{r + 1, c})
	}
	if c+1 <= l.N && !l.Blocked[[2]int{r, c + 1}] {
		out = append(out, [2]int{r, c + 1})
	}
	return out
}

func (l Lattice) CountPaths() *big.Int {
	ways := make([][]*big.Int, l.N+1)
	for i := range ways {
		ways[i] = make([]*big.Int, l.N+1)
		for j := range ways[i] {
			ways[i][j] = new(big.Int)
		}
	}
	ways[0][0].SetInt64(1)
	for r := 0; r <= l.N; r++ {
		for c := 0; c <= l.N; c++ {
			if l.Blocked[[2]int{r, c}] {
				continue
			}
			for _, s := range l.succ(r, c) {
				ways[s[0]][s[1]].Add(ways[s[0]][s[1]], ways[r][c])
			}
		}
	}
	return ways[l.N][l.N]
}

func binom(n, k int64) *big.Int { return new(big.Int).Binomial(n, k) }

func main() {
	fmt.Printf("%4s %40s %s\n", "n", "paths", "check")
	for _, n := range []int{2, 5, 10, 30, 60} {
		l := Lattice{N: n}
		p := l.CountPaths()
		ok := p.Cmp(binom(int64(2*n), int64(n))) == 0
		fmt.Printf("%4d %40s %v\n", n, p.String(), ok)
	}
	l := Lattice{N: 40, Blocked: map[[2]int]bool{}}
	for i := 5; i < 35; i += 3 {
		l.Blocked[[2]int{i, 40 - i}] = true
		l.Blocked[[2]int{i, i}] = true
	}
	p := l.CountPaths()
	free := Lattice{N: 40}.CountPaths()
	ratio := new(big.Rat).SetFrac(p, free)
	fmt.Println("blocked 40x40:", p)
	fmt.Println("digits:", len(p.String()), "bits:", p.BitLen())
	fmt.Println("fraction kept:", ratio.FloatString(6))
	sci := fmt.Sprintf("%.4e", new(big.Float).SetInt(p))
	fmt.Println("approx:", sci, strings.Contains(sci, "e+"))
}
