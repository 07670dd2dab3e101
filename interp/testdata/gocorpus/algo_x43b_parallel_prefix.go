package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// ParallelPrefixSum computes inclusive prefix sums in two passes over chunks.
func ParallelPrefixSum(xs []int, chunks int) []int {
	out := make([]int, len(xs))
	size := (len(xs) + chunks - 1) / chunks
	totals := make([]int, chunks)
	var wg sync.WaitGroup
	for c := 0; c < chunks; c++ {
		lo, hi := c*size, min((c+1)*size, len(xs))
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func(c, lo, hi int) {
			defer wg.Done()
			run := 0
			for i := lo; i < hi; i++ {
				run += xs[i]
				out[i] = run
			}
			totals[c] = run
		}(c, lo, hi)
	}
	wg.Wait()
	offsets := make([]int, chunks)
	for c := 1; c < chunks; c++ {
		offsets[c] = offsets[c-1] + totals[c-1]
	}
	for c := 1; c < chunks; c++ {
		lo, hi := c*size, min((c+1)*size, len(xs))
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				out[i] += offsets[c]
			}
		}()
	}
	wg.Wait()
	return out
}

func render(xs []int) string {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(x))
	}
	return b.String()
}

func main() {
	xs := make([]int, 20)
	for i := range xs {
		xs[i] = (i*7)%5 + 1
	}
	fmt.Println("input: ", render(xs))
	for _, k := range []int{1, 3, 4, 7} {
		fmt.Printf("k=%d:   %s\n", k, render(ParallelPrefixSum(xs, k)))
	}
	fmt.Println(ParallelPrefixSum([]int{5}, 4))
}
