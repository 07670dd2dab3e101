package main

import (
	"fmt"
	"sync"
)

func ringAllReduce(grads [][]float64) [][]float64 {
	n := len(grads)
	out := make([][]float64, n)
	chans := make([]chan []float64, n)
	for i := range chans {
		chans[i] = make(chan []float64, 1)
	}
	var wg sync.WaitGroup
	for r := range n {
		wg.Add(1)
		go func(rank int) {
			defer wg.Done()
			acc := append([]float64(nil), grads[rank]...)
			msg := append([]float64(nil), grads[rank]...)
			for step := 0; step < n-1; step++ {
				chans[(rank+1)%n] <- msg
				msg = <-chans[rank]
				for i := range acc {
					acc[i] += msg[i]
				}
			}
			for i := range acc {
				acc[i] /= float64(n)
			}
			out[rank] = acc
		}(r)
	}
	wg.Wait()
	return out
}

func main() {
	grads := [][]float64{
		{1, 2, 3},
		{0.5, -1, 0},
		{2, 2, 2},
		{-0.5, 1, 1},
	}
	avg := ringAllReduce(grads)
	for r, g := range avg {
		fmt.Printf("rank %d: %v\n", r, g)
	}
	same := true
	for _, g := range avg[1:] {
		for i := range g {
			if g[i] != avg[0][i] {
				same = false
			}
		}
	}
	fmt.Println("all ranks agree:", same)
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	var wg sync.WaitGroup
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("max concurrent <= 2:", maxActive <= 2)
}
