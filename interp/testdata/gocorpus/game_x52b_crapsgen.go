package main

import (
	"fmt"
	"math/rand/v2"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Ledger[T Number] struct {
	entries []T
}

func (l *Ledger[T]) Add(v T) { l.entries = append(l.entries, v) }

func (l Ledger[T]) Sum() T {
	var s T
	for _, e := range l.entries {
		s += e
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Chips int

type Dice struct{ r *rand.Rand }

func (d Dice) Roll() (int, int) { return d.r.IntN(6) + 1, d.r.IntN(6) + 1 }

func playRound(d Dice) (bool, []int) {
	a, b := d.Roll()
	first := a + b
	rolls := []int{first}
	switch first {
	case 7, 11:
		return true, rolls
	case 2, 3, 12:
		return false, rolls
	}
	for {
		a, b = d.Roll()
		s := a + b
		rolls = append(rolls, s)
		if s == first {
			return true, rolls
		}
		if s == 7 {
			return false, rolls
		}
	}
}

func main() {
	d := Dice{rand.New(rand.NewPCG(10, 20))}
	var bank Ledger[Chips]
	var ratio Ledger[float64]
	bet := Chips(5)
	for i := 1; i <= 8; i++ {
		won, rolls := playRound(d)
		delta := -bet
		if won {
			delta = bet
		}
		bank.Add(delta)
		ratio.Add(float64(len(rolls)) / 2)
		strs := Map(rolls, func(r int) string { return fmt.Sprintf("<%d>", r) })
		fmt.Printf("round %d: %v won=%-5t delta=%+d\n", i, strs, won, delta)
	}
	fmt.Printf("net %d (%T), avg len/2 %.3f\n", bank.Sum(), bank.Sum(), ratio.Sum()/float64(len(ratio.entries)))
}
