// Reduction of sim_x46b_ising_metropolis.go (both styles): timeout, not a wrong answer.
// Go prints:      0   (in ~5 ms)
// Session prints: nothing; after 10 s the test interrupts the cell:
//
//	Interrupted: the cell was interrupted; variables keep the values they had
//
// (both styles). The full Ising program takes ~30 ms with go run and would need
// roughly 35 s in the session; it printed 2 of 7 temperature rows before the
// 10 s limit. Cost is dominated by pointer-method calls in the inner loop:
// 400k calls of a trivial (*T).m take ~0.7 s vs ~0.2 s for a plain function;
// 4M calls of the small accessor below exceed 10 s.
package main

import "fmt"

type L struct {
	N    int
	Spin []int8
}

func (l *L) at(i, j int) int8 {
	n := l.N
	return l.Spin[((i+n)%n)*n+(j+n)%n]
}

func main() {
	l := &L{N: 16, Spin: make([]int8, 256)}
	s := 0
	for k := 0; k < 1000000; k++ {
		i, j := k%16, (k/16)%16
		s += int(l.at(i-1, j) + l.at(i+1, j) + l.at(i, j-1) + l.at(i, j+1))
	}
	fmt.Println(s)
}
