package main

import (
	"container/list"
	"fmt"
	"math"
	"sort"
)

type Nuclide struct {
	Name     string
	HalfLife float64 // hours; 0 = stable
	N        float64
}

func (n *Nuclide) Lambda() float64 {
	if n.HalfLife == 0 {
		return 0
	}
	return math.Ln2 / n.HalfLife
}

func simulate(chain *list.List, dt float64, steps int) {
	for s := 0; s < steps; s++ {
		flows := make(map[*Nuclide]float64)
		for e := chain.Front(); e != nil; e = e.Next() {
			nuc := e.Value.(*Nuclide)
			d := nuc.Lambda() * nuc.N * dt
			flows[nuc] -= d
			if next := e.Next(); next != nil {
				flows[next.Value.(*Nuclide)] += d
			}
		}
		for nuc, f := range flows {
			nuc.N += f
		}
	}
}

func main() {
	chain := list.New()
	chain.PushBack(&Nuclide{"Mo-99", 66, 1000})
	chain.PushBack(&Nuclide{"Tc-99m", 6, 0})
	stable := chain.PushBack(&Nuclide{"Tc-99", 0, 0})
	// insert a fictional intermediate before the stable end to show list editing
	chain.InsertBefore(&Nuclide{"X-99", 1, 0}, stable)
	fmt.Print("chain:")
	for e := chain.Front(); e != nil; e = e.Next() {
		fmt.Printf(" %s", e.Value.(*Nuclide).Name)
	}
	fmt.Println()
	dt := 0.05
	fmt.Printf("%6s", "hour")
	for e := chain.Front(); e != nil; e = e.Next() {
		fmt.Printf(" %9s", e.Value.(*Nuclide).Name)
	}
	fmt.Printf(" %9s\n", "total")
	for h := 0; h <= 96; h += 12 {
		total := 0.0
		fmt.Printf("%6d", h)
		for e := chain.Front(); e != nil; e = e.Next() {
			n := e.Value.(*Nuclide).N
			total += n
			fmt.Printf(" %9.2f", n)
		}
		fmt.Printf(" %9.2f\n", total)
		simulate(chain, dt, int(12/dt))
	}
	chain.Remove(chain.Front())
	var names []string
	for e := chain.Back(); e != nil; e = e.Prev() {
		names = append(names, e.Value.(*Nuclide).Name)
	}
	sort.Strings(names)
	fmt.Println(names, chain.Len())
}
