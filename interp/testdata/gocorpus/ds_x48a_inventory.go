package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func main() {
	stock := map[string]Item{
		"apple":  {"apple", 0.5, 100},
		"banana": {"banana", 0.25, 150},
		"cherry": {"cherry", 3.0, 20},
		"date":   {"date", 5.5, 0},
	}
	orders := []struct {
		name string
		qty  int
	}{
		{"apple", 30}, {"cherry", 25}, {"kiwi", 1}, {"banana", 150}, {"date", 1},
	}
	var revenue float64
	for _, o := range orders {
		it, ok := stock[o.name]
		switch {
		case !ok:
			fmt.Printf("%-7s: not sold here\n", o.name)
		case it.Qty < o.qty:
			fmt.Printf("%-7s: only %d left, wanted %d\n", o.name, it.Qty, o.qty)
		default:
			it.Qty -= o.qty
			stock[o.name] = it
			cost := float64(o.qty) * it.Price
			revenue += cost
			fmt.Printf("%-7s: sold %3d for $%6.2f\n", o.name, o.qty, cost)
		}
	}
	fmt.Printf("revenue: $%.2f\n", revenue)

	names := make([]string, 0, len(stock))
	for n := range stock {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("| name     | price |  qty |")
	for _, n := range names {
		it := stock[n]
		fmt.Printf("| %-8s | %5.2f | %4d |\n", it.Name, it.Price, it.Qty)
	}
	delete(stock, "date")
	fmt.Println(len(stock), stock["banana"], stock["nothing"])
}
