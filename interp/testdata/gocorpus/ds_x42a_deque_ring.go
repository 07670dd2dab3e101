package main

import (
	"container/ring"
	"fmt"
	"strings"
)

const input = "9 players; last marble is worth 25 points"

type Deque[T any] struct {
	buf        []T
	head, size int
}

func (d *Deque[T]) grow() {
	nb := make([]T, max(4, 2*len(d.buf)))
	for i := 0; i < d.size; i++ {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque[T]) PushBack(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.size)%len(d.buf)] = v
	d.size++
}

func (d *Deque[T]) PushFront(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.size++
}

func (d *Deque[T]) PopBack() T {
	d.size--
	return d.buf[(d.head+d.size)%len(d.buf)]
}

func (d *Deque[T]) PopFront() T {
	v := d.buf[d.head]
	d.head = (d.head + 1) % len(d.buf)
	d.size--
	return v
}

// Rotate moves k elements from back to front (k>0) or front to back (k<0).
func (d *Deque[T]) Rotate(k int) {
	for ; k > 0; k-- {
		d.PushFront(d.PopBack())
	}
	for ; k < 0; k++ {
		d.PushBack(d.PopFront())
	}
}

func marbles(players, last int) int {
	scores := make([]int, players)
	d := &Deque[int]{}
	d.PushBack(0)
	for m := 1; m <= last; m++ {
		if m%23 == 0 {
			d.Rotate(7)
			scores[m%players] += m + d.PopBack()
			d.Rotate(-1)
		} else {
			d.Rotate(-1)
			d.PushBack(m)
		}
	}
	best := 0
	for _, s := range scores {
		best = max(best, s)
	}
	return best
}

func main() {
	var p, l int
	fmt.Sscanf(input, "%d players; last marble is worth %d points", &p, &l)
	fmt.Println("high score:", marbles(p, l))
	fmt.Println("10/1618:", marbles(10, 1618), "13/7999:", marbles(13, 7999))

	r := ring.New(5)
	for i := 1; i <= 5; i++ {
		r.Value = i
		r = r.Next()
	}
	// Josephus: remove every 2nd
	var order []string
	for r.Len() > 1 {
		removed := r.Unlink(1)
		order = append(order, fmt.Sprint(removed.Value))
		r = r.Next()
	}
	fmt.Println("elimination:", strings.Join(order, ","), "survivor:", r.Value)
}
