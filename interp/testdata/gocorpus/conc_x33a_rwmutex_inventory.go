package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
)

type Inventory struct {
	mu    sync.RWMutex
	stock map[string]int
	reads int64
}

var ErrOutOfStock = errors.New("out of stock")

type StockError struct {
	Item      string
	Want, Got int
}

func (e StockError) Error() string {
	return fmt.Sprintf("%s: want %d, have %d", e.Item, e.Want, e.Got)
}

func (e StockError) Is(target error) bool { return target == ErrOutOfStock }

func (inv *Inventory) Count(item string) int {
	inv.mu.RLock()
	defer inv.mu.RUnlock()
	return inv.stock[item]
}

func (inv *Inventory) Take(item string, n int) error {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if have := inv.stock[item]; have < n {
		return StockError{item, n, have}
	}
	inv.stock[item] -= n
	return nil
}

func (inv *Inventory) Restock(delta map[string]int) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	for k, v := range delta {
		inv.stock[k] += v
	}
}

func main() {
	inv := &Inventory{stock: map[string]int{"apple": 50, "pear": 20, "fig": 5}}

	var wg sync.WaitGroup
	var failMu sync.Mutex
	failures := map[string]int{}
	for i := 0; i < 30; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			item := []string{"apple", "pear", "fig"}[i%3]
			if err := inv.Take(item, 1); errors.Is(err, ErrOutOfStock) {
				failMu.Lock()
				failures[item]++
				failMu.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			_ = inv.Count("apple")
		}()
	}
	wg.Wait()

	for _, k := range slices.Sorted(maps.Keys(inv.stock)) {
		fmt.Printf("%-6s %3d\n", k, inv.Count(k))
	}
	fmt.Println("failures:", failures)

	inv.Restock(map[string]int{"fig": 3, "kiwi": 7})
	err := inv.Take("fig", 10)
	var se StockError
	fmt.Println(err, errors.As(err, &se), se.Want-se.Got)
	fmt.Printf("%#v\n", se)
	fmt.Println(inv.Take("kiwi", 7), inv.Count("kiwi"))
}
