package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func generate(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func upper(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			out <- strings.ToUpper(w)
		}
	}()
	return out
}

type result struct {
	idx int
	val int
}

func main() {
	for w := range upper(generate("alpha", "beta", "gamma")) {
		fmt.Println(w)
	}
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{j, j * j * id / id}
			}
		}(w + 1)
	}
	for i := 0; i < 10; i++ {
		jobs <- i
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].idx < all[j].idx })
	fmt.Println(all)
	var mu sync.Mutex
	counter := map[string]int{}
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			defer mu.Unlock()
			counter[fmt.Sprintf("k%d", i%4)]++
		}()
	}
	wg2.Wait()
	fmt.Println(counter)
	done := make(chan struct{})
	msgs := make(chan string)
	go func() {
		for m := range msgs {
			fmt.Println("got", m)
		}
		close(done)
	}()
	for _, m := range []string{"x", "y"} {
		msgs <- m
	}
	close(msgs)
	<-done
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
}
