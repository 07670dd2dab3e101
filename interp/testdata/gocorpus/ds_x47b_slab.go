package main

import (
	"errors"
	"fmt"
)

type Handle struct {
	index uint32
	gen   uint32
}

func (h Handle) String() string { return fmt.Sprintf("H(%d@%d)", h.index, h.gen) }

type slot[T any] struct {
	val      T
	gen      uint32
	occupied bool
	nextFree int
}

type Slab[T any] struct {
	slots    []slot[T]
	freeHead int
	live     int
}

var ErrStale = errors.New("stale handle")

func NewSlab[T any]() *Slab[T] { return &Slab[T]{freeHead: -1} }

func (s *Slab[T]) Insert(v T) Handle {
	s.live++
	if s.freeHead >= 0 {
		i := s.freeHead
		sl := &s.slots[i]
		s.freeHead = sl.nextFree
		sl.val, sl.occupied = v, true
		return Handle{uint32(i), sl.gen}
	}
	s.slots = append(s.slots, slot[T]{val: v, occupied: true})
	return Handle{uint32(len(s.slots) - 1), 0}
}

func (s *Slab[T]) Get(h Handle) (*T, error) {
	if int(h.index) >= len(s.slots) {
		return nil, fmt.Errorf("index %d out of range", h.index)
	}
	sl := &s.slots[h.index]
	if !sl.occupied || sl.gen != h.gen {
		return nil, fmt.Errorf("%v: %w", h, ErrStale)
	}
	return &sl.val, nil
}

func (s *Slab[T]) Remove(h Handle) (T, error) {
	var zero T
	p, err := s.Get(h)
	if err != nil {
		return zero, err
	}
	v := *p
	sl := &s.slots[h.index]
	sl.val = zero
	sl.occupied = false
	sl.gen++
	sl.nextFree = s.freeHead
	s.freeHead = int(h.index)
	s.live--
	return v, nil
}

func (s *Slab[T]) All(f func(Handle, *T)) {
	for i := range s.slots {
		if s.slots[i].occupied {
			f(Handle{uint32(i), s.slots[i].gen}, &s.slots[i].val)
		}
	}
}

type Entity struct {
	Name string
	HP   int
}

func main() {
	slab := NewSlab[Entity]()
	var hs []Handle
	for _, n := range []string{"orc", "elf", "dwarf", "troll"} {
		hs = append(hs, slab.Insert(Entity{n, len(n) * 10}))
	}
	fmt.Println(hs)
	if e, err := slab.Get(hs[1]); err == nil {
		e.HP -= 15
	}
	removed, err := slab.Remove(hs[2])
	fmt.Println("removed", removed, err)
	_, err = slab.Get(hs[2])
	fmt.Println(err, errors.Is(err, ErrStale))
	h5 := slab.Insert(Entity{"goblin", 7})
	fmt.Println("new", h5, "reuses index", h5.index == hs[2].index)
	_, err = slab.Remove(hs[2])
	fmt.Println(err)
	_, err = slab.Get(Handle{99, 0})
	fmt.Println(err)
	slab.All(func(h Handle, e *Entity) {
		fmt.Printf("%v %+v\n", h, *e)
	})
	fmt.Println("live", slab.live)
	ints := NewSlab[int]()
	a := ints.Insert(1)
	ints.Remove(a)
	b := ints.Insert(2)
	c := ints.Insert(3)
	pb, _ := ints.Get(b)
	pc, _ := ints.Get(c)
	fmt.Println(a, b, c, *pb, *pc)
}
