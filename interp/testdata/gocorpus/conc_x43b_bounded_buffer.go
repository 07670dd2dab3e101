package main

import (
	"fmt"
	"sync"
)

// BoundedBuffer is the classic monitor-style buffer built on sync.Cond.
type BoundedBuffer struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	cap      int
}

func NewBoundedBuffer(n int) *BoundedBuffer {
	b := &BoundedBuffer{cap: n}
	b.notFull = sync.NewCond(&b.mu)
	b.notEmpty = sync.NewCond(&b.mu)
	return b
}

func (b *BoundedBuffer) Put(v int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == b.cap {
		b.notFull.Wait()
	}
	b.items = append(b.items, v)
	b.notEmpty.Signal()
}

func (b *BoundedBuffer) Get() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == 0 {
		b.notEmpty.Wait()
	}
	v := b.items[0]
	b.items = b.items[1:]
	b.notFull.Signal()
	return v
}

func main() {
	buf := NewBoundedBuffer(3)
	const producers, perProducer = 3, 5
	var wg sync.WaitGroup
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < perProducer; i++ {
				buf.Put(id*100 + i)
			}
		}(p)
	}
	sums := make(map[int]int)
	counts := make(map[int]int)
	for i := 0; i < producers*perProducer; i++ {
		v := buf.Get()
		sums[v/100] += v % 100
		counts[v/100]++
	}
	wg.Wait()
	for p := 0; p < producers; p++ {
		fmt.Printf("producer %d: %d items, sum of seq = %d\n", p, counts[p], sums[p])
	}
	fmt.Println("left in buffer:", len(buf.items))
}
