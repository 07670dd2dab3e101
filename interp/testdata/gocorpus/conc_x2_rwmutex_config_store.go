// Exercises: sync.RWMutex guarding a config map with many readers and a few writers.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Store struct {
	mu    sync.RWMutex
	data  map[string]string
	reads int64
	rmu   sync.Mutex
}

func (s *Store) Get(k string) (string, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	s.rmu.Lock()
	s.reads++
	s.rmu.Unlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *Store) Set(k, v string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[k] = v
}

func main() {
	s := &Store{data: map[string]string{"mode": "dev"}}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Set(fmt.Sprintf("key%d", i), fmt.Sprint(i*i))
		}()
	}
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Get("mode")
		}()
	}
	wg.Wait()
	keys := []string{}
	for k := range s.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v, _ := s.Get(k)
		fmt.Println(k, v)
	}
	fmt.Println("reads:", s.reads)
}
