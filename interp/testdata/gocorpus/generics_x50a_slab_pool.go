package main

import (
	"errors"
	"fmt"
)

type Handle struct {
	index uint32
	gen   uint32
}

func (h Handle) String() string { return fmt.Sprintf("#%d.g%d", h.index, h.gen) }

type slot[T any] struct {
	val  T
	gen  uint32
	used bool
	next int32
}

type Slab[T any] struct {
	slots    []slot[T]
	freeHead int32
	live     int
}

var ErrStale = errors.New("stale handle")

func NewSlab[T any](n int) *Slab[T] {
	s := &Slab[T]{slots: make([]slot[T], n)}
	for i := range s.slots {
		s.slots[i].next = int32(i + 1)
	}
	s.slots[n-1].next = -1
	return s
}

func (s *Slab[T]) Insert(v T) (Handle, error) {
	if s.freeHead < 0 {
		return Handle{}, fmt.Errorf("slab of %d full", len(s.slots))
	}
	i := s.freeHead
	sl := &s.slots[i]
	s.freeHead = sl.next
	sl.val, sl.used = v, true
	s.live++
	return Handle{uint32(i), sl.gen}, nil
}

func (s *Slab[T]) Get(h Handle) (*T, error) {
	if int(h.index) >= len(s.slots) {
		return nil, fmt.Errorf("handle %v: index out of range", h)
	}
	sl := &s.slots[h.index]
	if !sl.used || sl.gen != h.gen {
		return nil, fmt.Errorf("handle %v: %w", h, ErrStale)
	}
	return &sl.val, nil
}

func (s *Slab[T]) Remove(h Handle) error {
	if _, err := s.Get(h); err != nil {
		return err
	}
	sl := &s.slots[h.index]
	var zero T
	sl.val, sl.used = zero, false
	sl.gen++
	sl.next = s.freeHead
	s.freeHead = int32(h.index)
	s.live--
	return nil
}

func (s *Slab[T]) Each(f func(Handle, *T)) {
	for i := range s.slots {
		if s.slots[i].used {
			f(Handle{uint32(i), s.slots[i].gen}, &s.slots[i].val)
		}
	}
}

type Conn struct {
	Addr  string
	Bytes int
}

func main() {
	pool := NewSlab[Conn](3)
	var hs []Handle
	for _, a := range []string{"10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"} {
		h, err := pool.Insert(Conn{Addr: a})
		if err != nil {
			fmt.Println("insert:", err)
			continue
		}
		hs = append(hs, h)
	}
	fmt.Println("handles:", hs)
	c, _ := pool.Get(hs[1])
	c.Bytes += 512
	fmt.Println(pool.Remove(hs[0]))
	fmt.Println(pool.Remove(hs[0]))
	h, _ := pool.Insert(Conn{Addr: "10.0.0.9", Bytes: 1})
	fmt.Println("reused:", h, "old:", hs[0])
	_, err := pool.Get(hs[0])
	fmt.Println(err, errors.Is(err, ErrStale))
	_, err = pool.Get(Handle{index: 42})
	fmt.Println(err)
	pool.Each(func(h Handle, c *Conn) { fmt.Printf("  %v %+v\n", h, *c) })
	fmt.Println("live:", pool.live)

	ints := NewSlab[[]int](2)
	a, _ := ints.Insert([]int{1, 2})
	p, _ := ints.Get(a)
	*p = append(*p, 3)
	q, _ := ints.Get(a)
	fmt.Printf("%v %T\n", *q, ints)
}
