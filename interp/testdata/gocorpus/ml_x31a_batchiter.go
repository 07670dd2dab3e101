package main

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"slices"
)

type Batch struct {
	Index int
	X     [][]float64
	Y     []int
}

// MiniBatches yields shuffled batches each epoch; the last partial batch is dropped if dropLast.
func MiniBatches(X [][]float64, y []int, size int, dropLast bool, rng *rand.Rand) iter.Seq[Batch] {
	return func(yield func(Batch) bool) {
		idx := rng.Perm(len(X))
		for b, start := 0, 0; start < len(idx); b, start = b+1, start+size {
			end := min(start+size, len(idx))
			if dropLast && end-start < size {
				return
			}
			batch := Batch{Index: b}
			for _, k := range idx[start:end] {
				batch.X = append(batch.X, X[k])
				batch.Y = append(batch.Y, y[k])
			}
			if !yield(batch) {
				return
			}
		}
	}
}

func Epochs(n int) iter.Seq2[int, bool] {
	return func(yield func(int, bool) bool) {
		for e := range n {
			if !yield(e, e == n-1) {
				return
			}
		}
	}
}

func main() {
	var X [][]float64
	var y []int
	for i := range 10 {
		X = append(X, []float64{float64(i), float64(i * i)})
		y = append(y, i%2)
	}
	rng := rand.New(rand.NewPCG(42, 0))
	seen := map[int]int{}
	for e, last := range Epochs(3) {
		for b := range MiniBatches(X, y, 4, e == 1, rng) {
			for _, x := range b.X {
				seen[int(x[0])]++
			}
			fmt.Printf("epoch %d batch %d labels %v first %v\n", e, b.Index, b.Y, b.X[0])
		}
		if last {
			fmt.Println("last epoch done")
		}
	}
	keys := slices.Sorted(func(yield func(int) bool) {
		for k := range seen {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range keys {
		fmt.Printf("%d:%d ", k, seen[k])
	}
	fmt.Println()
	count := 0
	for b := range MiniBatches(X, y, 3, false, rng) {
		count++
		if b.Index == 1 {
			fmt.Println("early stop at batch", b.Index, len(b.Y))
			break
		}
	}
	next, stop := iter.Pull(MiniBatches(X, y, 5, false, rng))
	defer stop()
	b1, ok1 := next()
	b2, ok2 := next()
	_, ok3 := next()
	fmt.Println(count, len(b1.Y), ok1, len(b2.Y), ok2, ok3)
}
