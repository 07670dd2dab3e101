package main

import (
	"fmt"
	"sync"
)

type Edge struct{ From, To int }

func pagerank(n int, edges []Edge, d float64, rounds, workers int) []float64 {
	out := make([]int, n)
	in := make([][]int, n)
	for _, e := range edges {
		out[e.From]++
		in[e.To] = append(in[e.To], e.From)
	}
	rank := make([]float64, n)
	for i := range rank {
		rank[i] = 1 / float64(n)
	}
	for r := 0; r < rounds; r++ {
		dangling := 0.0
		for i, o := range out {
			if o == 0 {
				dangling += rank[i]
			}
		}
		next := make([]float64, n)
		var wg sync.WaitGroup
		chunk := (n + workers - 1) / workers
		for w := 0; w < workers; w++ {
			lo, hi := w*chunk, min((w+1)*chunk, n)
			wg.Add(1)
			go func() {
				defer wg.Done()
				for v := lo; v < hi; v++ {
					s := 0.0
					for _, u := range in[v] {
						s += rank[u] / float64(out[u])
					}
					next[v] = (1-d)/float64(n) + d*(s+dangling/float64(n))
				}
			}()
		}
		wg.Wait()
		rank = next
	}
	return rank
}

func main() {
	edges := []Edge{{0, 1}, {0, 2}, {1, 2}, {2, 0}, {3, 2}, {4, 0}, {4, 3}, {5, 4}, {1, 5}}
	ranks := pagerank(7, edges, 0.85, 100, 3)
	sum := 0.0
	for i, r := range ranks {
		bar := int(r * 100)
		fmt.Printf("node %d %.5f %s\n", i, r, repeat('*', bar))
		sum += r
	}
	fmt.Printf("total %.6f\n", sum)
	done := make(chan struct{})
	results := make(chan string, 3)
	go func() {
		defer close(done)
		for _, d := range []float64{0.5, 0.85, 0.99} {
			r := pagerank(7, edges, d, 200, 2)
			results <- fmt.Sprintf("d=%.2f top=%.4f", d, r[2])
		}
		close(results)
	}()
	for s := range results {
		fmt.Println(s)
	}
	<-done
}

func repeat(c rune, n int) string {
	b := make([]rune, n)
	for i := range b {
		b[i] = c
	}
	return string(b)
}
