// Exercises: range over int with typed count, range over func(yield) literal directly, continue in range-over-func, defer inside range-over-func body
package main

import "fmt"

type Size uint8

func pairs(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := range n {
			for j := i + 1; j < n; j++ {
				if !yield(i, j) {
					return
				}
			}
		}
	}
}

func collect() (out []string) {
	defer func() { out = append(out, "end") }()
	for i, j := range pairs(4) {
		if (i+j)%2 == 0 {
			continue
		}
		defer func() { out = append(out, fmt.Sprint("d", i, j)) }()
		out = append(out, fmt.Sprint(i, j))
	}
	return out
}

func main() {
	var n Size = 3
	for i := range n {
		fmt.Printf("%T %d\n", i, i)
	}
	for range 2 {
		fmt.Println("tick")
	}
	fmt.Println(collect())
	count := 0
	for range pairs(5) {
		count++
	}
	fmt.Println(count)
	for i := range func(yield func(int) bool) {
		_ = yield(10) && yield(20) && yield(30)
	} {
		fmt.Print(i, ";")
	}
	fmt.Println()
}
