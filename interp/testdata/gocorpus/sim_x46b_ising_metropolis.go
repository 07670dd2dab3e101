package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

type Lattice struct {
	N    int
	Spin []int8
}

func NewLattice(n int) *Lattice {
	l := &Lattice{N: n, Spin: make([]int8, n*n)}
	for i := range l.Spin {
		l.Spin[i] = 1
	}
	return l
}

func (l *Lattice) at(i, j int) int8 {
	n := l.N
	return l.Spin[((i+n)%n)*n+(j+n)%n]
}

func (l *Lattice) Sweep(r *rand.Rand, beta float64) {
	n := l.N
	for k := 0; k < n*n; k++ {
		i, j := r.IntN(n), r.IntN(n)
		s := l.Spin[i*n+j]
		nb := l.at(i-1, j) + l.at(i+1, j) + l.at(i, j-1) + l.at(i, j+1)
		dE := 2 * float64(s) * float64(nb)
		if dE <= 0 || r.Float64() < math.Exp(-beta*dE) {
			l.Spin[i*n+j] = -s
		}
	}
}

func (l *Lattice) Magnetization() float64 {
	m := 0
	for _, s := range l.Spin {
		m += int(s)
	}
	return math.Abs(float64(m)) / float64(len(l.Spin))
}

func (l *Lattice) String() string {
	var b strings.Builder
	for i := 0; i < l.N; i++ {
		for j := 0; j < l.N; j++ {
			if l.Spin[i*l.N+j] > 0 {
				b.WriteString("+")
			} else {
				b.WriteString("-")
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Printf("%5s %8s  %s\n", "T", "<|m|>", "")
	for _, T := range []float64{1.0, 1.5, 2.0, 2.27, 2.5, 3.0, 4.0} {
		l := NewLattice(16)
		for s := 0; s < 200; s++ {
			l.Sweep(r, 1/T)
		}
		sum := 0.0
		for s := 0; s < 200; s++ {
			l.Sweep(r, 1/T)
			sum += l.Magnetization()
		}
		m := sum / 200
		fmt.Printf("%5.2f %8.4f  %s\n", T, m, strings.Repeat("|", int(m*40)))
		if T == 3.0 {
			fmt.Print(l)
		}
	}
}
