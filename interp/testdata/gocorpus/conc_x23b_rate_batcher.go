package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Batch struct {
	Seq   int
	Items []string
}

type Batcher struct {
	size    int
	in      chan string
	out     chan Batch
	flushed atomic.Int64
}

func NewBatcher(size int) *Batcher {
	b := &Batcher{size: size, in: make(chan string), out: make(chan Batch)}
	go b.loop()
	return b
}

func (b *Batcher) loop() {
	defer close(b.out)
	var cur []string
	seq := 0
	flush := func() {
		if len(cur) == 0 {
			return
		}
		seq++
		b.out <- Batch{seq, cur}
		b.flushed.Add(int64(len(cur)))
		cur = nil
	}
	for s := range b.in {
		cur = append(cur, s)
		if len(cur) == b.size {
			flush()
		}
	}
	flush()
}

func main() {
	b := NewBatcher(4)
	var wg sync.WaitGroup
	var results []string
	var mu sync.Mutex
	wg.Add(1)
	go func() {
		defer wg.Done()
		for batch := range b.out {
			mu.Lock()
			results = append(results, fmt.Sprintf("batch %d: %s", batch.Seq, strings.Join(batch.Items, ",")))
			mu.Unlock()
		}
	}()
	for i := 1; i <= 10; i++ {
		b.in <- fmt.Sprintf("ev%02d", i)
	}
	close(b.in)
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println("flushed:", b.flushed.Load())

	var once sync.Once
	var inits atomic.Int32
	var wg2 sync.WaitGroup
	totals := make([]int, 5)
	for i := range 5 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			once.Do(func() { inits.Add(1) })
			for j := 0; j <= i*10; j++ {
				totals[i] += j
			}
		}()
	}
	wg2.Wait()
	fmt.Println(inits.Load(), totals)
}
