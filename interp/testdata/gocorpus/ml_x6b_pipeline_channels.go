// Exercises: a mini-batch pipeline with channels: producer, workers, results reordered by index, close and range
package main

import (
	"fmt"
	"sync"
)

type Batch struct {
	Index int
	X     []float64
}

type Result struct {
	Index int
	Sum   float64
	Max   float64
}

func batches(data []float64, size int) <-chan Batch {
	ch := make(chan Batch)
	go func() {
		defer close(ch)
		for i := 0; i*size < len(data); i++ {
			end := min((i+1)*size, len(data))
			ch <- Batch{i, data[i*size : end]}
		}
	}()
	return ch
}

func main() {
	data := make([]float64, 23)
	for i := range data {
		data[i] = float64((i*7)%11) / 2
	}
	in := batches(data, 5)
	out := make(chan Result, 2)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range in {
				r := Result{Index: b.Index}
				for _, x := range b.X {
					r.Sum += x
					r.Max = max(r.Max, x)
				}
				out <- r
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	results := map[int]Result{}
	for r := range out {
		results[r.Index] = r
	}
	total := 0.0
	for i := 0; i < len(results); i++ {
		fmt.Printf("batch %d: %+v\n", i, results[i])
		total += results[i].Sum
	}
	fmt.Println("total", total, len(results))
}
