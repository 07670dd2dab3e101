// Exercises: named results changed by a deferred closure, a shadowed err inside a block, bare return
package main

import (
	"errors"
	"fmt"
)

var calls int

func loadBatch(i int) ([]float64, error) {
	calls++
	if i == 2 {
		return nil, errors.New("corrupt batch")
	}
	return []float64{float64(i), float64(i) / 2}, nil
}

func sumBatches(n int) (total float64, err error) {
	defer func() {
		if err != nil {
			total = -1
			err = fmt.Errorf("sumBatches: %w", err)
		}
	}()
	for i := 0; i < n; i++ {
		b, err := loadBatch(i)
		if err != nil {
			fmt.Println("  inner err (shadowed):", err)
			break
		}
		for _, v := range b {
			total += v
		}
	}
	return
}

func main() {
	t, err := sumBatches(2)
	fmt.Println(t, err)
	t, err = sumBatches(4)
	fmt.Println(t, err, "calls:", calls)
}
