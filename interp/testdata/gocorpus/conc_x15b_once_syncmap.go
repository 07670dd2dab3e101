package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Registry struct {
	once  sync.Once
	data  map[string]int
	inits atomic.Int32
}

func (r *Registry) get(k string) int {
	r.once.Do(func() {
		r.inits.Add(1)
		r.data = map[string]int{"a": 1, "b": 2, "c": 3}
	})
	return r.data[k]
}

var loadConfig = sync.OnceValues(func() (string, error) {
	calls++
	return "cfg-v1", nil
})
var calls int

func main() {
	r := &Registry{}
	var wg sync.WaitGroup
	sums := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for _, k := range []string{"a", "b", "c", "d"} {
				sums[i] += r.get(k) * (i + 1)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(sums, r.inits.Load())

	var m sync.Map
	var hits, misses atomic.Int64
	words := []string{"go", "is", "fun", "go", "go", "is", "yes"}
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			actual, loaded := m.LoadOrStore(w, new(atomic.Int64))
			if loaded {
				hits.Add(1)
			} else {
				misses.Add(1)
			}
			actual.(*atomic.Int64).Add(int64(i + 1))
		}()
	}
	wg.Wait()
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	for _, k := range keys {
		v, _ := m.Load(k)
		fmt.Printf("%s=%d ", k, v.(*atomic.Int64).Load())
	}
	fmt.Println()
	fmt.Println("hits", hits.Load(), "misses", misses.Load())
	m.Delete("is")
	_, ok := m.Load("is")
	fmt.Println("is present:", ok)
	prev, loaded := m.Swap("go", "replaced")
	fmt.Println(loaded, prev.(*atomic.Int64).Load())
	v, _ := m.Load("go")
	fmt.Println(v)

	for range 3 {
		s, err := loadConfig()
		fmt.Println(s, err, calls)
	}
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())
	var p atomic.Pointer[string]
	s := "hello"
	p.Store(&s)
	fmt.Println(*p.Load())
}
