package main

import (
	"fmt"
	"math/rand"
	"sort"
)

type Animal interface {
	Kind() string
	Act(w *World, r *rand.Rand)
	Alive() bool
}

type Creature struct {
	Energy int
	X      int
}

func (c *Creature) Alive() bool { return c.Energy > 0 }
func (c *Creature) wander(r *rand.Rand, size int) {
	c.X = (c.X + r.Intn(3) - 1 + size) % size
	c.Energy--
}

type Rabbit struct{ Creature }
type Fox struct{ Creature }

func (*Rabbit) Kind() string { return "rabbit" }
func (*Fox) Kind() string    { return "fox" }

func (rb *Rabbit) Act(w *World, r *rand.Rand) {
	rb.wander(r, w.Size)
	if w.Grass[rb.X] > 0 {
		w.Grass[rb.X]--
		rb.Energy += 2
	}
	if rb.Energy > 6 {
		rb.Energy -= 3
		w.born = append(w.born, &Rabbit{Creature{3, rb.X}})
	}
}

func (f *Fox) Act(w *World, r *rand.Rand) {
	f.wander(r, w.Size)
	for _, a := range w.Animals {
		if rb, ok := a.(*Rabbit); ok && rb.Alive() && rb.X == f.X {
			rb.Energy = 0
			f.Energy += 4
			break
		}
	}
	if f.Energy > 10 {
		f.Energy -= 5
		w.born = append(w.born, &Fox{Creature{5, f.X}})
	}
}

type World struct {
	Size    int
	Grass   []int
	Animals []Animal
	born    []Animal
}

func (w *World) Tick(r *rand.Rand) {
	w.born = nil
	for _, a := range w.Animals {
		if a.Alive() {
			a.Act(w, r)
		}
	}
	alive := w.Animals[:0]
	for _, a := range w.Animals {
		if a.Alive() {
			alive = append(alive, a)
		}
	}
	w.Animals = append(alive, w.born...)
	for i := range w.Grass {
		if w.Grass[i] < 3 && r.Intn(4) == 0 {
			w.Grass[i]++
		}
	}
}

func main() {
	r := rand.New(rand.NewSource(99))
	w := &World{Size: 20, Grass: make([]int, 20)}
	for i := range w.Grass {
		w.Grass[i] = 2
	}
	for i := 0; i < 8; i++ {
		w.Animals = append(w.Animals, &Rabbit{Creature{4, r.Intn(20)}})
	}
	w.Animals = append(w.Animals, &Fox{Creature{8, 0}}, &Fox{Creature{8, 10}})
	for t := 1; t <= 20; t++ {
		w.Tick(r)
		if t%4 == 0 {
			counts := map[string]int{}
			for _, a := range w.Animals {
				counts[a.Kind()]++
			}
			kinds := make([]string, 0, len(counts))
			for k := range counts {
				kinds = append(kinds, k)
			}
			sort.Strings(kinds)
			fmt.Printf("t=%2d", t)
			for _, k := range kinds {
				fmt.Printf(" %s=%d", k, counts[k])
			}
			fmt.Println()
		}
	}
	if len(w.Animals) > 0 {
		fmt.Printf("%T %+v\n", w.Animals[0], w.Animals[0])
	}
}
