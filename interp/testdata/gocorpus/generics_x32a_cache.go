package main

import (
	"fmt"
	"slices"
	"strconv"
	"sync"
)

// Cache is a concurrency-safe memoizing cache for any key and value types.
type Cache[K comparable, V any] struct {
	mu     sync.Mutex
	data   map[K]V
	load   func(K) (V, error)
	hits   int
	misses int
}

func NewCache[K comparable, V any](load func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), load: load}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		c.hits++
		return v, nil
	}
	c.misses++
	v, err := c.load(k)
	if err != nil {
		var zero V
		return zero, err
	}
	c.data[k] = v
	return v, nil
}

func (c *Cache[K, V]) Stats() string {
	return fmt.Sprintf("hits=%d misses=%d size=%d", c.hits, c.misses, len(c.data))
}

// Optional holds a value or nothing.
type Optional[T any] struct {
	value T
	ok    bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) OrElse(def T) T {
	if o.ok {
		return o.value
	}
	return def
}

func (o Optional[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.value)
}

func Find[T any](xs []T, pred func(T) bool) Optional[T] {
	for _, x := range xs {
		if pred(x) {
			return Some(x)
		}
	}
	return None[T]()
}

// Merge fans in any number of channels of the same element type.
func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func FromSlice[T any](xs []T) <-chan T {
	c := make(chan T)
	go func() {
		defer close(c)
		for _, x := range xs {
			c <- x
		}
	}()
	return c
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func main() {
	squares := NewCache(func(n int) (int, error) {
		if n < 0 {
			return 0, fmt.Errorf("negative input %d", n)
		}
		return n * n, nil
	})
	for _, n := range []int{2, 3, 2, -1, 3, 4} {
		v, err := squares.Get(n)
		fmt.Print(v, " ", err, "; ")
	}
	fmt.Println()
	fmt.Println(squares.Stats())

	parse := NewCache(strconv.Atoi)
	n, err := parse.Get("42")
	fmt.Println(n, err)
	_, err = parse.Get("x")
	fmt.Println(err)
	fmt.Printf("%T\n", parse)

	fmt.Println(Find([]int{1, 4, 9}, func(x int) bool { return x > 3 }))
	fmt.Println(Find([]string{"a"}, func(s string) bool { return s == "z" }))
	fmt.Println(Find([]string{"a"}, func(s string) bool { return s == "z" }).OrElse("default"))

	var got []int
	for v := range Merge(FromSlice([]int{1, 3, 5}), FromSlice([]int{2, 4}), FromSlice([]int{6})) {
		got = append(got, v)
	}
	slices.Sort(got)
	fmt.Println(got)

	byLen := GroupBy([]string{"go", "c", "rust", "js", "zig", "d"}, func(s string) int { return len(s) })
	fmt.Println(byLen)
	parity := GroupBy([]int{1, 2, 3, 4, 5}, func(i int) bool { return i%2 == 0 })
	fmt.Println(parity[true], parity[false])
}
