package main

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
)

type Kind int

const (
	Rabbit Kind = iota
	Fox
)

func (k Kind) String() string {
	if k == Rabbit {
		return "rabbit"
	}
	return "fox"
}

type Animal struct {
	Kind   Kind
	Energy int
	Age    int
}

type Census map[Kind]int

func step(r *rand.Rand, pop []Animal) []Animal {
	rabbits := 0
	for _, a := range pop {
		if a.Kind == Rabbit {
			rabbits++
		}
	}
	var next []Animal
	eaten := 0
	for _, a := range pop {
		a.Age++
		switch a.Kind {
		case Rabbit:
			if eaten > 0 {
				eaten--
				continue
			}
			if a.Age > 8 {
				continue
			}
			next = append(next, a)
			if r.Float64() < 0.35 && rabbits < 400 {
				next = append(next, Animal{Kind: Rabbit})
			}
		case Fox:
			a.Energy--
			if r.Float64() < float64(rabbits)/300 {
				a.Energy += 3
				eaten++
			}
			if a.Energy <= 0 || a.Age > 15 {
				continue
			}
			next = append(next, a)
			if a.Energy > 6 {
				a.Energy /= 2
				next[len(next)-1].Energy = a.Energy
				next = append(next, Animal{Kind: Fox, Energy: a.Energy})
			}
		}
	}
	return next
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	var pop []Animal
	for i := 0; i < 60; i++ {
		pop = append(pop, Animal{Kind: Rabbit, Age: r.IntN(5)})
	}
	for i := 0; i < 8; i++ {
		pop = append(pop, Animal{Kind: Fox, Energy: 4})
	}
	for gen := 0; gen <= 30; gen++ {
		c := Census{}
		for _, a := range pop {
			c[a.Kind]++
		}
		if gen%3 == 0 {
			fmt.Printf("gen %2d %v R%-30s F%s\n", gen, c, strings.Repeat("r", c[Rabbit]/10), strings.Repeat("f", c[Fox]/2))
		}
		if len(pop) == 0 {
			break
		}
		pop = step(r, pop)
	}
	final := Census{}
	for _, a := range pop {
		final[a.Kind]++
	}
	for _, k := range slices.Sorted(maps.Keys(final)) {
		fmt.Printf("%s: %d\n", k, final[k])
	}
}
