// Exercises: parallel partial sums with sync.WaitGroup.Go and a final reduction.
package main

import (
	"fmt"
	"sync"
)

func main() {
	data := make([]int, 1000)
	for i := range data {
		data[i] = i + 1
	}
	const parts = 4
	partial := make([]int, parts)
	var wg sync.WaitGroup
	size := len(data) / parts
	for p := range parts {
		wg.Go(func() {
			for _, v := range data[p*size : (p+1)*size] {
				partial[p] += v
			}
		})
	}
	wg.Wait()
	total := 0
	for _, s := range partial {
		total += s
	}
	fmt.Println(partial, total)
}
