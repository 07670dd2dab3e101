// Exercises: fixed-width tables with %-10s, %8.2f, %05d, %*d and %6.2f%% formatting.
package main

import "fmt"

type item struct {
	name  string
	qty   int
	price float64
}

func main() {
	items := []item{
		{"Widget", 3, 4.5},
		{"Gadget extra long name", 12, 19.999},
		{"Nut", 1000, 0.015},
	}
	fmt.Printf("%-12s|%6s|%9s|%10s\n", "ITEM", "QTY", "PRICE", "TOTAL")
	total := 0.0
	for _, it := range items {
		t := float64(it.qty) * it.price
		total += t
		fmt.Printf("%-12.12s|%6d|%9.3f|%10.2f\n", it.name, it.qty, it.price, t)
	}
	fmt.Printf("%-12s|%6s|%9s|%10.2f\n", "SUM", "", "", total)
	for _, it := range items {
		share := float64(it.qty) * it.price / total * 100
		fmt.Printf("%-8.8s %6.2f%%\n", it.name, share)
	}
	fmt.Printf("[%05d] [%-5d] [%5d] [%+05d]\n", 42, 42, 42, 42)
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 7, 6, 7, 2, 3.14159)
	fmt.Printf("[%8.3s] [%-8s] [%x]\n", "abcdef", "ab", 3.5)
	fmt.Printf("[%6.1e] [%g] [%g] [%G]\n", 12345.678, 0.000012, 1e21, 1e-7)
	fmt.Printf("[%v] [%.2v] [%10.4v]\n", 2.0/3, 2.0/3, 2.0/3)
}
