package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Warehouse struct {
	Name  string
	Stock map[SKU]int
}

type Order struct {
	ID    string
	Lines map[SKU]int
}

type Allocation struct {
	Order     string
	Warehouse string
	SKU       SKU
	Qty       int
}

type ShortageError struct {
	Order string
	SKU   SKU
	Short int
}

func (e *ShortageError) Error() string {
	return fmt.Sprintf("order %s: short %d of %s", e.Order, e.Short, e.SKU)
}

func sortedSKUs(m map[SKU]int) []SKU {
	ks := make([]SKU, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

func Allocate(ws []*Warehouse, o Order) ([]Allocation, error) {
	var allocs []Allocation
	snapshot := make([]map[SKU]int, len(ws))
	for i, w := range ws {
		snapshot[i] = map[SKU]int{}
		for k, v := range w.Stock {
			snapshot[i][k] = v
		}
	}
	for _, sku := range sortedSKUs(o.Lines) {
		need := o.Lines[sku]
		for i, w := range ws {
			if need == 0 {
				break
			}
			take := min(need, snapshot[i][sku])
			if take > 0 {
				snapshot[i][sku] -= take
				need -= take
				allocs = append(allocs, Allocation{o.ID, w.Name, sku, take})
			}
		}
		if need > 0 {
			return nil, &ShortageError{o.ID, sku, need}
		}
	}
	for i, w := range ws {
		w.Stock = snapshot[i]
	}
	return allocs, nil
}

func main() {
	ws := []*Warehouse{
		{"east", map[SKU]int{"apple": 5, "pear": 2}},
		{"west", map[SKU]int{"apple": 3, "plum": 10, "pear": 1}},
	}
	orders := []Order{
		{"o1", map[SKU]int{"apple": 6, "plum": 2}},
		{"o2", map[SKU]int{"pear": 4}},
		{"o3", map[SKU]int{"pear": 3, "apple": 2}},
		{"o4", map[SKU]int{"apple": 1}},
	}
	var shortages []string
	for _, o := range orders {
		allocs, err := Allocate(ws, o)
		var se *ShortageError
		if errors.As(err, &se) {
			shortages = append(shortages, fmt.Sprintf("%s:%s", se.Order, se.SKU))
			fmt.Println("FAIL", err)
			continue
		}
		for _, a := range allocs {
			fmt.Printf("%s %-4s %-5s x%d\n", a.Order, a.Warehouse, a.SKU, a.Qty)
		}
	}
	for _, w := range ws {
		fmt.Println(w.Name, w.Stock)
	}
	fmt.Println(strings.Join(shortages, ","))
}
