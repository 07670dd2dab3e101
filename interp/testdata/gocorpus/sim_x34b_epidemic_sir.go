package main

import (
	"fmt"
	"math/rand/v2"
)

type Status int

const (
	Susceptible Status = iota
	Infected
	Recovered
)

func (s Status) String() string {
	return map[Status]string{Susceptible: "S", Infected: "I", Recovered: "R"}[s]
}

type Person struct {
	ID       int
	Status   Status
	DaysSick int
	Contacts []int
}

type Population []*Person

func (p Population) Census() map[Status]int {
	c := map[Status]int{}
	for _, x := range p {
		c[x.Status]++
	}
	return c
}

func main() {
	r := rand.New(rand.NewPCG(11, 22))
	const N = 60
	pop := make(Population, N)
	for i := range pop {
		pop[i] = &Person{ID: i}
	}
	for _, p := range pop {
		for k := 0; k < 4; k++ {
			p.Contacts = append(p.Contacts, r.IntN(N))
		}
	}
	pop[0].Status = Infected
	const beta, recoverAfter = 0.3, 4
	peak, peakDay := 0, 0
	for day := 1; day <= 30; day++ {
		var newly []int
		for _, p := range pop {
			if p.Status != Infected {
				continue
			}
			for _, c := range p.Contacts {
				if pop[c].Status == Susceptible && r.Float64() < beta {
					newly = append(newly, c)
				}
			}
		}
		for _, p := range pop {
			if p.Status == Infected {
				p.DaysSick++
				if p.DaysSick >= recoverAfter {
					p.Status = Recovered
				}
			}
		}
		for _, id := range newly {
			if pop[id].Status == Susceptible {
				pop[id].Status = Infected
			}
		}
		c := pop.Census()
		if c[Infected] > peak {
			peak, peakDay = c[Infected], day
		}
		if day%5 == 0 {
			fmt.Printf("day %2d S=%2d I=%2d R=%2d\n", day, c[Susceptible], c[Infected], c[Recovered])
		}
		if c[Infected] == 0 {
			fmt.Println("outbreak over on day", day)
			break
		}
	}
	fmt.Printf("peak %d on day %d\n", peak, peakDay)
	fmt.Println(pop.Census())
	fmt.Printf("%v %+v\n", pop[0].Status, *pop[1])
}
