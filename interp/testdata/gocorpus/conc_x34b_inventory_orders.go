package main

import (
	"fmt"
	"sort"
	"sync"
)

type Inventory struct {
	mu    sync.Mutex
	stock map[string]int
}

func (inv *Inventory) Reserve(item string, qty int) bool {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if inv.stock[item] < qty {
		return false
	}
	inv.stock[item] -= qty
	return true
}

type Order struct {
	ID    int
	Item  string
	Qty   int
	Price float64
}

type Result struct {
	Order Order
	OK    bool
}

func worker(inv *Inventory, orders <-chan Order, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for o := range orders {
		results <- Result{o, inv.Reserve(o.Item, o.Qty)}
	}
}

func main() {
	inv := &Inventory{stock: map[string]int{"widget": 10, "gadget": 4, "gizmo": 7}}
	orders := make(chan Order)
	results := make(chan Result, 20)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(inv, orders, results, &wg)
	}
	items := []string{"widget", "gadget", "gizmo"}
	prices := map[string]float64{"widget": 2.5, "gadget": 12, "gizmo": 7.25}
	go func() {
		for i := 1; i <= 12; i++ {
			it := items[i%3]
			orders <- Order{ID: i, Item: it, Qty: 1 + i%3, Price: prices[it]}
		}
		close(orders)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Order.ID < all[j].Order.ID })
	requested := map[string]int{}
	for _, r := range all {
		requested[r.Order.Item] += r.Order.Qty
	}
	filledQty := 0
	for _, r := range all {
		if r.OK {
			filledQty += r.Order.Qty
		}
	}
	fmt.Println("orders:", len(all))
	fmt.Println("requested:", requested)
	fmt.Println("total stock left + filled:", inv.stock["widget"]+inv.stock["gadget"]+inv.stock["gizmo"]+filledQty)
	fmt.Printf("first order: %+v\n", all[0].Order)
}
