package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Container[T any] interface {
	Put(T)
	Take() (T, error)
	Len() int
}

var ErrEmpty = errors.New("container is empty")

type FIFO[T any] struct{ items []T }

func (f *FIFO[T]) Put(v T)  { f.items = append(f.items, v) }
func (f *FIFO[T]) Len() int { return len(f.items) }
func (f *FIFO[T]) Take() (T, error) {
	var zero T
	if len(f.items) == 0 {
		return zero, ErrEmpty
	}
	v := f.items[0]
	f.items = f.items[1:]
	return v, nil
}

type LIFO[T any] struct{ FIFO[T] }

func (l *LIFO[T]) Take() (T, error) {
	var zero T
	n := len(l.items)
	if n == 0 {
		return zero, fmt.Errorf("lifo: %w", ErrEmpty)
	}
	v := l.items[n-1]
	l.items = l.items[:n-1]
	return v, nil
}

type Sorted[T any] struct {
	FIFO[T]
	less func(a, b T) bool
}

func (s *Sorted[T]) Put(v T) {
	s.FIFO.Put(v)
	sort.SliceStable(s.items, func(i, j int) bool { return s.less(s.items[i], s.items[j]) })
}

func Drain[T any](c Container[T]) []T {
	var out []T
	for {
		v, err := c.Take()
		if errors.Is(err, ErrEmpty) {
			return out
		}
		out = append(out, v)
	}
}

func Fill[T any](c Container[T], vs ...T) Container[T] {
	for _, v := range vs {
		c.Put(v)
	}
	return c
}

func main() {
	words := strings.Fields("pear fig apple kiwi banana")
	cs := map[string]Container[string]{
		"fifo":   &FIFO[string]{},
		"lifo":   &LIFO[string]{},
		"sorted": &Sorted[string]{less: func(a, b string) bool { return len(a) < len(b) }},
	}
	names := []string{"fifo", "lifo", "sorted"}
	for _, n := range names {
		c := Fill(cs[n], words...)
		fmt.Printf("%-6s len=%d %T\n", n, c.Len(), c)
		fmt.Println("  ", Drain(c))
	}
	_, err := cs["lifo"].Take()
	fmt.Println(err, errors.Is(err, ErrEmpty))
	_, err = cs["fifo"].Take()
	fmt.Println(err == ErrEmpty)

	var ic Container[int] = &LIFO[int]{}
	Fill(ic, 3, 1, 2)
	if l, ok := ic.(*LIFO[int]); ok {
		fmt.Println("underlying", l.items, l.FIFO.Len())
		v, _ := l.FIFO.Take()
		fmt.Println("fifo take through embed:", v)
	}
	fmt.Println(Drain(ic))
}
