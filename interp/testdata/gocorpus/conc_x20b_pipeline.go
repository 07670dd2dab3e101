package main

import (
	"fmt"
	"math"
	"strings"
	"sync"
)

type Record struct {
	ID   int
	Text string
}

type Featurized struct {
	ID    int
	Feats []float64
}

func source(lines []string) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		for i, l := range lines {
			out <- Record{i, l}
		}
	}()
	return out
}

func featurize(in <-chan Record, workers int) <-chan Featurized {
	out := make(chan Featurized)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range in {
				words := strings.Fields(r.Text)
				vowels := strings.Count(strings.ToLower(r.Text), "a") + strings.Count(strings.ToLower(r.Text), "e")
				avg := 0.0
				for _, w := range words {
					avg += float64(len(w))
				}
				if len(words) > 0 {
					avg /= float64(len(words))
				}
				out <- Featurized{r.ID, []float64{float64(len(words)), avg, float64(vowels), math.Log1p(float64(len(r.Text)))}}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	lines := []string{
		"the quick brown fox",
		"gradient descent converges slowly",
		"",
		"adam uses adaptive moment estimates",
		"relu is piecewise linear",
		"softmax normalizes exponentiated logits",
	}
	results := make([]Featurized, len(lines))
	for f := range featurize(source(lines), 3) {
		results[f.ID] = f
	}
	for _, r := range results {
		fmt.Printf("%d %.4f\n", r.ID, r.Feats)
	}
	done := make(chan struct{})
	sums := make(chan float64)
	go func() {
		total := 0.0
		for s := range sums {
			total += s
		}
		fmt.Printf("total=%.4f\n", total)
		close(done)
	}()
	for _, r := range results {
		sums <- r.Feats[0]
	}
	close(sums)
	<-done
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxConc, cur := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			cur++
			maxConc = max(maxConc, cur)
			mu.Unlock()
			mu.Lock()
			cur--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("max concurrency <= 2:", maxConc <= 2)
}
