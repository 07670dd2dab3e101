package main

import (
	"fmt"
	"strings"
	"sync"
)

type entry[V any] struct {
	ready chan struct{}
	val   V
	err   error
}

// Memo is a concurrent, duplicate-suppressing memoizing cache.
type Memo[K comparable, V any] struct {
	mu    sync.Mutex
	cache map[K]*entry[V]
	fn    func(K) (V, error)
	calls int
}

func NewMemo[K comparable, V any](fn func(K) (V, error)) *Memo[K, V] {
	return &Memo[K, V]{cache: map[K]*entry[V]{}, fn: fn}
}

func (m *Memo[K, V]) Get(key K) (V, error) {
	m.mu.Lock()
	e := m.cache[key]
	if e == nil {
		e = &entry[V]{ready: make(chan struct{})}
		m.cache[key] = e
		m.calls++
		m.mu.Unlock()
		e.val, e.err = m.fn(key)
		close(e.ready)
	} else {
		m.mu.Unlock()
		<-e.ready
	}
	return e.val, e.err
}

func slowLen(s string) (int, error) {
	if s == "" {
		return 0, fmt.Errorf("empty key")
	}
	n := 0
	for range strings.Repeat(s, 1000) {
		n++
	}
	return n / 1000, nil
}

func main() {
	m := NewMemo(slowLen)
	keys := []string{"go", "rust", "go", "zig", "", "rust", "go", "ocaml", ""}
	results := make([]string, len(keys))
	var wg sync.WaitGroup
	for round := 0; round < 5; round++ {
		for i, k := range keys {
			wg.Add(1)
			go func() {
				defer wg.Done()
				v, err := m.Get(k)
				if round == 0 {
					if err != nil {
						results[i] = "err:" + err.Error()
					} else {
						results[i] = fmt.Sprint(v)
					}
				}
			}()
		}
	}
	wg.Wait()
	for i, k := range keys {
		fmt.Printf("%-7q -> %s\n", k, results[i])
	}
	fmt.Println("underlying calls:", m.calls)
	fmt.Printf("%T\n", m)
}
