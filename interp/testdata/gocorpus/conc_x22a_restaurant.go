package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Dish struct {
	Table int
	Name  string
	Steps int
}

type Ticket struct {
	Dish
	Cook string
	Log  []string
}

func cook(name string, orders <-chan Dish, done chan<- Ticket, served *atomic.Int64) {
	for d := range orders {
		t := Ticket{Dish: d, Cook: name}
		for s := 1; s <= d.Steps; s++ {
			t.Log = append(t.Log, fmt.Sprintf("%s step %d", d.Name, s))
		}
		served.Add(1)
		done <- t
	}
}

func main() {
	menu := map[string]int{"soup": 2, "steak": 4, "salad": 1, "pie": 3}
	tables := [][]string{{"soup", "steak"}, {"salad"}, {"pie", "soup", "salad"}, {"steak"}}
	orders := make(chan Dish)
	done := make(chan Ticket)
	var served atomic.Int64
	var wg sync.WaitGroup
	for _, name := range []string{"Ana", "Ben"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cook(name, orders, done, &served)
		}()
	}
	go func() {
		for i, t := range tables {
			for _, d := range t {
				orders <- Dish{Table: i + 1, Name: d, Steps: menu[d]}
			}
		}
		close(orders)
	}()
	go func() {
		wg.Wait()
		close(done)
	}()
	byTable := map[int][]Ticket{}
	cooks := map[string]int{}
	for t := range done {
		byTable[t.Table] = append(byTable[t.Table], t)
		cooks[t.Cook]++
	}
	for tbl := 1; tbl <= len(tables); tbl++ {
		ts := byTable[tbl]
		sort.Slice(ts, func(i, j int) bool { return ts[i].Name < ts[j].Name })
		names := make([]string, len(ts))
		steps := 0
		for i, t := range ts {
			names[i] = t.Name
			steps += len(t.Log)
		}
		fmt.Printf("table %d: %s (%d steps)\n", tbl, strings.Join(names, "+"), steps)
	}
	total := 0
	for _, n := range cooks {
		total += n
	}
	fmt.Println("served", served.Load(), "tickets", total, "cooks", len(cooks))
}
