package main

import (
	"fmt"
	"sort"
	"sync"
)

// A struct containing a sync.Mutex must not be copied. Use pointer receivers
// and pass pointers; go vet's copylocks check catches the mistake.

type Inventory struct {
	mu    sync.Mutex
	items map[string]int
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]int)}
}

func (inv *Inventory) Add(name string, qty int) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	inv.items[name] += qty
}

func (inv *Inventory) Remove(name string, qty int) bool {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if inv.items[name] < qty {
		return false
	}
	inv.items[name] -= qty
	return true
}

func (inv *Inventory) Snapshot() map[string]int {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	out := make(map[string]int, len(inv.items))
	for k, v := range inv.items {
		out[k] = v
	}
	return out
}

type Stats struct {
	mu     sync.RWMutex
	counts map[string]int
}

func (s *Stats) Inc(k string) {
	s.mu.Lock()
	s.counts[k]++
	s.mu.Unlock()
}

func (s *Stats) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.counts[k]
}

type Registry struct {
	once  sync.Once
	names []string
}

func (r *Registry) init() {
	r.once.Do(func() {
		fmt.Println("registry initialised")
		r.names = []string{"default"}
	})
}

func main() {
	inv := NewInventory()
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			inv.Add("widget", i)
			inv.Add("gadget", 1)
		}()
	}
	wg.Wait()
	fmt.Println(inv.Remove("widget", 40), inv.Remove("widget", 10))
	snap := inv.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, snap[k])
	}

	// Slice of structs with mutexes: index, don't range-copy.
	shards := make([]Stats, 4)
	for i := range shards {
		shards[i].counts = map[string]int{}
	}
	for i := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sh := &shards[i%len(shards)]
			sh.Inc("hits")
		}()
	}
	wg.Wait()
	for i := range shards {
		fmt.Print(shards[i].Get("hits"), " ")
	}
	fmt.Println()

	r := &Registry{}
	for range 3 {
		r.init()
	}
	fmt.Println(r.names)

	// sync.Map for a concurrent cache.
	var cache sync.Map
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cache.LoadOrStore(i%2, fmt.Sprintf("v%d", i%2))
		}()
	}
	wg.Wait()
	v0, _ := cache.Load(0)
	v1, _ := cache.Load(1)
	fmt.Println(v0, v1)
}
