package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Lazy[T any] struct {
	once sync.Once
	init func() (T, error)
	val  T
	err  error
}

func NewLazy[T any](f func() (T, error)) *Lazy[T] { return &Lazy[T]{init: f} }

func (l *Lazy[T]) Get() (T, error) {
	l.once.Do(func() {
		defer func() {
			if r := recover(); r != nil {
				l.err = fmt.Errorf("lazy init panicked: %v", r)
			}
		}()
		l.val, l.err = l.init()
	})
	return l.val, l.err
}

type Registry struct {
	mu      sync.Mutex
	entries map[string]*Lazy[string]
	log     []string
}

func (r *Registry) Register(name string, f func() (string, error)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.entries == nil {
		r.entries = map[string]*Lazy[string]{}
	}
	r.entries[name] = NewLazy(func() (string, error) {
		r.mu.Lock()
		r.log = append(r.log, "init "+name)
		r.mu.Unlock()
		return f()
	})
}

func (r *Registry) Get(name string) (string, error) {
	r.mu.Lock()
	l, ok := r.entries[name]
	r.mu.Unlock()
	if !ok {
		return "", fmt.Errorf("no entry %q", name)
	}
	return l.Get()
}

func main() {
	var reg Registry
	reg.Register("greeting", func() (string, error) { return strings.Repeat("hi ", 2), nil })
	reg.Register("broken", func() (string, error) { return "", errors.New("db down") })
	reg.Register("panicky", func() (string, error) {
		var m map[string]int
		m["x"] = 1
		return "never", nil
	})

	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = reg.Get("greeting")
		}()
	}
	wg.Wait()
	for _, n := range []string{"greeting", "broken", "panicky", "missing", "broken"} {
		v, err := reg.Get(n)
		fmt.Printf("%-9s %q err=%v\n", n, v, err)
	}
	fmt.Println(reg.log)

	counter := 0
	lz := NewLazy(func() ([]int, error) { counter++; return []int{1, 2, 3}, nil })
	a, _ := lz.Get()
	b, _ := lz.Get()
	a[0] = 100
	fmt.Println(b, counter)
}
