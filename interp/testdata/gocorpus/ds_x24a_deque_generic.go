package main

import (
	"fmt"
	"iter"
	"strings"
)

type Deque[T any] struct {
	buf   []T
	front int
	n     int
}

func (d *Deque[T]) grow() {
	nb := make([]T, max(4, 2*len(d.buf)))
	for i := 0; i < d.n; i++ {
		nb[i] = d.buf[(d.front+i)%len(d.buf)]
	}
	d.buf, d.front = nb, 0
}

func (d *Deque[T]) PushBack(v T) {
	if d.n == len(d.buf) {
		d.grow()
	}
	d.buf[(d.front+d.n)%len(d.buf)] = v
	d.n++
}

func (d *Deque[T]) PushFront(v T) {
	if d.n == len(d.buf) {
		d.grow()
	}
	d.front = (d.front - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.front] = v
	d.n++
}

func (d *Deque[T]) PopFront() T {
	if d.n == 0 {
		panic("PopFront on empty deque")
	}
	v := d.buf[d.front]
	d.front = (d.front + 1) % len(d.buf)
	d.n--
	return v
}

func (d *Deque[T]) PopBack() T {
	if d.n == 0 {
		panic(fmt.Errorf("PopBack on empty %T", d))
	}
	d.n--
	return d.buf[(d.front+d.n)%len(d.buf)]
}

func (d *Deque[T]) At(i int) T { return d.buf[(d.front+i)%len(d.buf)] }

func (d *Deque[T]) Items() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := 0; i < d.n; i++ {
			if !yield(d.At(i)) {
				return
			}
		}
	}
}

func (d Deque[T]) String() string {
	var parts []string
	for v := range d.Items() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "<" + strings.Join(parts, " ") + ">"
}

func slidingMax(xs []int, k int) []int {
	var dq Deque[int]
	var out []int
	for i, x := range xs {
		for dq.n > 0 && xs[dq.At(dq.n-1)] <= x {
			dq.PopBack()
		}
		dq.PushBack(i)
		if dq.At(0) <= i-k {
			dq.PopFront()
		}
		if i >= k-1 {
			out = append(out, xs[dq.At(0)])
		}
	}
	return out
}

func safe(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	f()
	return "ok"
}

func main() {
	var d Deque[string]
	for _, w := range []string{"c", "d", "e"} {
		d.PushBack(w)
	}
	d.PushFront("b")
	d.PushFront("a")
	d.PushBack("f")
	fmt.Println(d, d.n, len(d.buf), d.front)
	fmt.Println(d.PopFront(), d.PopBack(), d)
	fmt.Println(slidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
	var e Deque[int]
	fmt.Println(safe(func() { e.PushBack(1); e.PopBack() }))
	fmt.Println(safe(func() { e.PopBack() }))
	fmt.Println(safe(func() { e.PopFront() }))
}
