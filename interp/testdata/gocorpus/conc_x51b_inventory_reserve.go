package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrOutOfStock = errors.New("out of stock")

type Inventory struct {
	mu       sync.Mutex
	stock    map[string]int
	reserved map[string]int
}

func NewInventory(s map[string]int) *Inventory {
	return &Inventory{stock: s, reserved: make(map[string]int)}
}

func (inv *Inventory) Reserve(sku string, n int) error {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	avail := inv.stock[sku] - inv.reserved[sku]
	if avail < n {
		return fmt.Errorf("reserve %d of %s (have %d): %w", n, sku, avail, ErrOutOfStock)
	}
	inv.reserved[sku] += n
	return nil
}

func (inv *Inventory) Commit(sku string, n int) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	inv.reserved[sku] -= n
	inv.stock[sku] -= n
}

func main() {
	inv := NewInventory(map[string]int{"widget": 100, "gadget": 7})
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			if err := inv.Reserve("widget", 3); err != nil {
				mu.Lock()
				failures++
				mu.Unlock()
				return
			}
			inv.Commit("widget", 3)
			if err := inv.Reserve("gadget", 1); err != nil {
				mu.Lock()
				failures++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range inv.stock {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-7s stock=%3d reserved=%d\n", k, inv.stock[k], inv.reserved[k])
	}
	fmt.Println("failures:", failures)
	err := inv.Reserve("gadget", 1)
	fmt.Println(err, errors.Is(err, ErrOutOfStock))
}
