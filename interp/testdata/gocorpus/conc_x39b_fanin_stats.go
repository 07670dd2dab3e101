package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type WordCount struct {
	mu     sync.Mutex
	counts map[string]int
}

func (wc *WordCount) Add(w string) {
	wc.mu.Lock()
	defer wc.mu.Unlock()
	wc.counts[w]++
}

func producer(lines []string) <-chan string {
	out := make(chan string, 4)
	go func() {
		defer close(out)
		for _, l := range lines {
			out <- l
		}
	}()
	return out
}

func tokenize(in <-chan string, n int) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer wg.Done()
			for line := range in {
				for _, w := range strings.Fields(strings.ToLower(line)) {
					out <- strings.Trim(w, ".,;!?")
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	text := []string{
		"The cat sat on the mat.",
		"The dog sat on the log!",
		"A cat and a dog, on a mat?",
		"Nobody sat; the end.",
	}
	wc := &WordCount{counts: map[string]int{}}
	var total atomic.Int64
	var wg sync.WaitGroup
	words := tokenize(producer(text), 3)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for w := range words {
				wc.Add(w)
				total.Add(1)
			}
		}()
	}
	wg.Wait()
	type kv struct {
		K string
		V int
	}
	var list []kv
	for k, v := range wc.counts {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].V != list[j].V {
			return list[i].V > list[j].V
		}
		return list[i].K < list[j].K
	})
	fmt.Println("total words:", total.Load())
	for _, e := range list[:6] {
		fmt.Printf("%-5s %d\n", e.K, e.V)
	}

	var once sync.Once
	results := make([]int, 5)
	var wg2 sync.WaitGroup
	for i := range results {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			once.Do(func() { fmt.Println("init once") })
			results[i] = i * i
		}(i)
	}
	wg2.Wait()
	fmt.Println(results)

	var rw sync.RWMutex
	cache := map[int]string{}
	done := make(chan struct{})
	go func() {
		rw.Lock()
		cache[1] = "one"
		rw.Unlock()
		close(done)
	}()
	<-done
	rw.RLock()
	fmt.Println(cache[1], len(cache))
	rw.RUnlock()
	fmt.Println(wc.counts)
}
