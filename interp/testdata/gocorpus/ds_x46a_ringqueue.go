package main

import (
	"errors"
	"fmt"
)

var (
	ErrQueueEmpty = errors.New("queue empty")
	ErrQueueFull  = errors.New("queue full")
)

type QueueError struct {
	Op  string
	Err error
}

func (e *QueueError) Error() string { return "ring." + e.Op + ": " + e.Err.Error() }
func (e *QueueError) Unwrap() error { return e.Err }

type Ring[T any] struct {
	buf        []T
	head, size int
	fixed      bool
}

func NewRing[T any](capacity int, fixed bool) *Ring[T] {
	return &Ring[T]{buf: make([]T, capacity), fixed: fixed}
}

func (r *Ring[T]) Enqueue(v T) error {
	if r.size == len(r.buf) {
		if r.fixed {
			return &QueueError{"Enqueue", ErrQueueFull}
		}
		nb := make([]T, max(1, 2*len(r.buf)))
		for i := 0; i < r.size; i++ {
			nb[i] = r.buf[(r.head+i)%len(r.buf)]
		}
		r.buf, r.head = nb, 0
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring[T]) Dequeue() (v T, err error) {
	if r.size == 0 {
		return v, &QueueError{"Dequeue", ErrQueueEmpty}
	}
	v = r.buf[r.head]
	var zero T
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring[T]) Each(f func(T)) {
	for i := 0; i < r.size; i++ {
		f(r.buf[(r.head+i)%len(r.buf)])
	}
}

func (r *Ring[T]) String() string {
	s := "("
	r.Each(func(v T) {
		if len(s) > 1 {
			s += " "
		}
		s += fmt.Sprint(v)
	})
	return s + fmt.Sprintf(") head=%d cap=%d", r.head, len(r.buf))
}

func main() {
	q := NewRing[int](3, true)
	for i := 1; i <= 4; i++ {
		if err := q.Enqueue(i); err != nil {
			fmt.Println("enqueue", i, "->", err)
		}
	}
	fmt.Println(q)
	a, _ := q.Dequeue()
	b, _ := q.Dequeue()
	q.Enqueue(5)
	q.Enqueue(6)
	fmt.Println(a, b, q)

	for {
		v, err := q.Dequeue()
		var qe *QueueError
		if errors.As(err, &qe) {
			fmt.Printf("stop: op=%s is-empty=%v %v\n", qe.Op, errors.Is(err, ErrQueueEmpty), err)
			break
		}
		fmt.Print(v, " ")
	}

	g := NewRing[string](0, false)
	for _, s := range []string{"x", "y", "z", "w", "v"} {
		g.Enqueue(s)
	}
	g.Dequeue()
	g.Enqueue("u")
	fmt.Println(g)

	// BFS on a small grid using the queue
	grid := []string{
		"S.#.",
		"..#.",
		"...E",
	}
	type pt struct{ r, c int }
	dist := map[pt]int{{0, 0}: 0}
	bq := NewRing[pt](4, false)
	bq.Enqueue(pt{0, 0})
	for bq.size > 0 {
		p, _ := bq.Dequeue()
		if grid[p.r][p.c] == 'E' {
			fmt.Printf("reached E at %+v in %d steps\n", p, dist[p])
			break
		}
		for _, d := range []pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pt{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.c < 0 || n.r >= len(grid) || n.c >= len(grid[0]) || grid[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[p] + 1
				bq.Enqueue(n)
			}
		}
	}
}
