package main

import (
	"fmt"
	"sort"
)

type Entity uint32

type Position struct{ X, Y float64 }
type Velocity struct{ DX, DY float64 }
type Health struct{ HP, Max int }

type Store[C any] struct {
	dense    []C
	entities []Entity
	sparse   map[Entity]int
}

func NewStore[C any]() *Store[C] { return &Store[C]{sparse: map[Entity]int{}} }

func (s *Store[C]) Add(e Entity, c C) {
	if i, ok := s.sparse[e]; ok {
		s.dense[i] = c
		return
	}
	s.sparse[e] = len(s.dense)
	s.dense = append(s.dense, c)
	s.entities = append(s.entities, e)
}

func (s *Store[C]) Get(e Entity) (*C, bool) {
	i, ok := s.sparse[e]
	if !ok {
		return nil, false
	}
	return &s.dense[i], true
}

func (s *Store[C]) Remove(e Entity) {
	i, ok := s.sparse[e]
	if !ok {
		return
	}
	last := len(s.dense) - 1
	s.dense[i] = s.dense[last]
	s.entities[i] = s.entities[last]
	s.sparse[s.entities[i]] = i
	s.dense = s.dense[:last]
	s.entities = s.entities[:last]
	delete(s.sparse, e)
}

type World struct {
	next Entity
	pos  *Store[Position]
	vel  *Store[Velocity]
	hp   *Store[Health]
}

func (w *World) Spawn() Entity { w.next++; return w.next }

func (w *World) Step() {
	for i, e := range w.vel.entities {
		if p, ok := w.pos.Get(e); ok {
			v := w.vel.dense[i]
			p.X += v.DX
			p.Y += v.DY
		}
	}
	var dead []Entity
	for i, e := range w.hp.entities {
		p, ok := w.pos.Get(e)
		if ok && (p.X < 0 || p.Y < 0) {
			w.hp.dense[i].HP -= 5
		}
		if w.hp.dense[i].HP <= 0 {
			dead = append(dead, e)
		}
	}
	for _, e := range dead {
		w.pos.Remove(e)
		w.vel.Remove(e)
		w.hp.Remove(e)
		fmt.Println("  entity", e, "died")
	}
}

func main() {
	w := &World{pos: NewStore[Position](), vel: NewStore[Velocity](), hp: NewStore[Health]()}
	a, b, c := w.Spawn(), w.Spawn(), w.Spawn()
	w.pos.Add(a, Position{0, 0})
	w.vel.Add(a, Velocity{1, 0.5})
	w.hp.Add(a, Health{10, 10})
	w.pos.Add(b, Position{1, 1})
	w.vel.Add(b, Velocity{-1, -1})
	w.hp.Add(b, Health{8, 10})
	w.pos.Add(c, Position{5, 5})
	w.hp.Add(c, Health{3, 3})
	for tick := 1; tick <= 4; tick++ {
		fmt.Println("tick", tick)
		w.Step()
		ents := append([]Entity(nil), w.pos.entities...)
		sort.Slice(ents, func(i, j int) bool { return ents[i] < ents[j] })
		for _, e := range ents {
			p, _ := w.pos.Get(e)
			h, _ := w.hp.Get(e)
			fmt.Printf("  %d %+v %+v\n", e, *p, *h)
		}
	}
}
