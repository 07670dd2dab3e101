package main

import (
	"fmt"
	"sort"
	"sync"
)

func worker(id int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	sum := 0
	for i := 0; i <= id*1000; i++ {
		sum += i
	}
	results <- fmt.Sprintf("worker %d done: %d", id, sum)
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 5)
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go worker(i, results, &wg)
	}
	wg.Wait()
	close(results)
	var lines []string
	for r := range results {
		lines = append(lines, r)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}

	done := make(chan bool)
	go func(msg string) {
		fmt.Println(msg)
		done <- true
	}("going")
	<-done

	var mu sync.Mutex
	squares := map[int]int{}
	var wg2 sync.WaitGroup
	for i := range 10 {
		wg2.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			squares[i] = i * i
		})
	}
	wg2.Wait()
	fmt.Println(squares)

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("init once") })
	}
}
