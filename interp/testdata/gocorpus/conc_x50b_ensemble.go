package main

import (
	"fmt"
	"sync"
)

type Stump struct {
	Feature   int
	Threshold float64
	Sign      int
}

func (s Stump) Predict(x []float64) int {
	if x[s.Feature] > s.Threshold {
		return s.Sign
	}
	return -s.Sign
}

type Vote struct {
	mu     sync.Mutex
	counts map[int]map[int]int
}

func (v *Vote) Add(sample, label int) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.counts[sample] == nil {
		v.counts[sample] = map[int]int{}
	}
	v.counts[sample][label]++
}

func main() {
	X := [][]float64{{1, 5}, {2, 4}, {3, 7}, {6, 2}, {7, 3}, {8, 1}, {4, 4}}
	stumps := []Stump{{0, 4.5, 1}, {1, 3.5, -1}, {0, 2.5, 1}, {1, 5.5, -1}, {0, 6.5, 1}}
	v := &Vote{counts: map[int]map[int]int{}}
	var wg sync.WaitGroup
	done := make(chan string, len(stumps))
	for i, s := range stumps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j, x := range X {
				v.Add(j, s.Predict(x))
			}
			done <- fmt.Sprintf("stump %d", i)
		}()
	}
	wg.Wait()
	close(done)
	n := 0
	for range done {
		n++
	}
	fmt.Println("finished stumps:", n)
	for j := range X {
		c := v.counts[j]
		pred := 1
		if c[-1] > c[1] {
			pred = -1
		}
		fmt.Printf("x=%v votes=%v pred=%+d\n", X[j], c, pred)
	}
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once", i) })
	}
}
