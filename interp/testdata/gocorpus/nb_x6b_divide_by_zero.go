// Exercises: integer divide by zero in a helper: recovered once with a named result, then unrecovered at the end
package main

import "fmt"

func batchesPerEpoch(n, batchSize int) int {
	return n / batchSize
}

func safeBatches(n, batchSize int) (b int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("bad batch size %d: %v", batchSize, r)
		}
	}()
	return batchesPerEpoch(n, batchSize), nil
}

func main() {
	fmt.Println(batchesPerEpoch(100, 32))
	fmt.Println(safeBatches(100, 0))
	f := 0.0
	fmt.Println(100 / (f + 0))
	sizes := []int{10, 5, 0}
	for _, s := range sizes {
		fmt.Println("batches:", batchesPerEpoch(60, s))
	}
}
