// Exercises: taking the address of range and for-loop variables (per-iteration since Go 1.22), closures over them, goroutines writing by index
package main

import (
	"fmt"
	"sync"
)

func main() {
	losses := []float64{0.9, 0.5, 0.2}
	var ptrs []*float64
	for _, l := range losses {
		ptrs = append(ptrs, &l)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var printers []func()
	for i := 0; i < 3; i++ {
		printers = append(printers, func() { fmt.Print("epoch", i, " ") })
	}
	for _, p := range printers {
		p()
	}
	fmt.Println()
	grads := make([]float64, 4)
	var wg sync.WaitGroup
	for i := 0; i < len(grads); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			grads[i] = float64(i * i)
		}()
	}
	wg.Wait()
	fmt.Println(grads)
	for i := 0; i < 3; i++ {
		i := i * 10
		defer func() { fmt.Print(i, " ") }()
	}
}
