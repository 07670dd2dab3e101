// Exercises: sync.Map with Load/Store/LoadOrStore/Range sorted afterwards.
package main

import (
	"fmt"
	"slices"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Store(fmt.Sprintf("k%d", i), i*i)
		}()
	}
	wg.Wait()
	v, ok := m.Load("k3")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("k3", 100)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("new", 7)
	fmt.Println(actual, loaded)
	m.Delete("k0")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	slices.Sort(keys)
	fmt.Println(keys)
}
