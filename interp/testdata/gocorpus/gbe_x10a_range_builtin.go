// Exercises: range over slices, arrays, maps (sorted keys), strings, channels, integers and functions
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	prices := []float64{1.25, 3.5, 0.75}
	var total float64
	for _, p := range prices {
		total += p
	}
	fmt.Println("total:", total)
	for i := range prices {
		prices[i] *= 2
	}
	fmt.Println(prices)
	for i, p := range prices {
		if p > 5 {
			fmt.Println("first above 5 at", i)
			break
		}
	}
	capitals := map[string]string{"fr": "Paris", "jp": "Tokyo", "br": "Brasília"}
	for _, code := range slices.Sorted(maps.Keys(capitals)) {
		fmt.Println(code, capitals[code])
	}
	for code := range capitals {
		if code != "jp" {
			delete(capitals, code)
		}
	}
	fmt.Println(capitals)
	for i, r := range "añb" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	week := [...]string{"mon", "tue", "wed"}
	for i, d := range week {
		week[i] = d + "!"
	}
	fmt.Println(week)
	events := make(chan string, 2)
	events <- "open"
	events <- "close"
	close(events)
	for e := range events {
		fmt.Print(e, " ")
	}
	fmt.Println()
	var n int64 = 3
	for i := range n {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	steps := 0
	for range 5 {
		steps++
	}
	fmt.Println("steps:", steps)
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
