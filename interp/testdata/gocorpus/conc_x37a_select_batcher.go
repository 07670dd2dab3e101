package main

import (
	"fmt"
	"strings"
	"sync"
)

type Batch struct {
	N     int
	Items []string
	Why   string
}

func batcher(in <-chan string, flush <-chan struct{}, size int, out chan<- Batch) {
	defer close(out)
	var buf []string
	n := 0
	emit := func(why string) {
		if len(buf) == 0 {
			return
		}
		n++
		out <- Batch{n, buf, why}
		buf = nil
	}
	for {
		select {
		case s, ok := <-in:
			if !ok {
				emit("eof")
				return
			}
			buf = append(buf, s)
			if len(buf) == size {
				emit("full")
			}
		case <-flush:
			emit("flush")
		}
	}
}

const records = `user=1 action=view
user=2 action=view
user=1 action=buy
FLUSH
user=3 action=view
user=3 action=view
user=2 action=buy
user=4 action=view
user=1 action=view
FLUSH
FLUSH
user=5 action=buy`

func main() {
	in := make(chan string)
	flush := make(chan struct{})
	out := make(chan Batch)
	go batcher(in, flush, 3, out)

	var wg sync.WaitGroup
	var mu sync.Mutex
	var written []Batch
	wg.Add(1)
	go func() {
		defer wg.Done()
		for b := range out {
			mu.Lock()
			written = append(written, b)
			mu.Unlock()
		}
	}()

	for _, line := range strings.Split(records, "\n") {
		if line == "FLUSH" {
			flush <- struct{}{}
			continue
		}
		in <- line
	}
	close(in)
	wg.Wait()

	actions := map[string]int{}
	for _, b := range written {
		fmt.Printf("batch %d (%-5s) %d items: %s\n", b.N, b.Why, len(b.Items), strings.Join(b.Items, "; "))
		for _, it := range b.Items {
			for _, kv := range strings.Fields(it) {
				if v, ok := strings.CutPrefix(kv, "action="); ok {
					actions[v]++
				}
			}
		}
	}
	fmt.Println(actions)

	results := make(chan int)
	quit := make(chan bool)
	go func() {
		defer close(results)
		for i := 1; ; i++ {
			select {
			case results <- i * i:
			case <-quit:
				return
			}
		}
	}()
	sum := 0
	for v := range results {
		sum += v
		if v >= 49 {
			close(quit)
			break
		}
	}
	fmt.Println("sum of squares to 49:", sum)
}
