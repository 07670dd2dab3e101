// Exercises: width, precision and alignment verbs building a small report.
package main

import "fmt"

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	items := []Item{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"kiwi", 12, 0.2}}
	fmt.Printf("%-12s|%5s|%8s\n", "item", "qty", "total")
	total := 0.0
	for _, it := range items {
		line := float64(it.Qty) * it.Price
		total += line
		fmt.Printf("%-12s|%5d|%8.2f\n", it.Name, it.Qty, line)
	}
	fmt.Printf("%-12s|%5s|%8.2f\n", "sum", "", total)
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 42, 4, 7, 2, 3.14159)
	fmt.Printf("%e %g %G\n", 123456.789, 0.000012, 1e21)
}
