// Exercises: sync.Once, buffered result channel collected and sorted, directional channels
package main

import (
	"fmt"
	"slices"
	"sync"
)

var once sync.Once
var initCount int

func setup() { initCount++ }

func work(id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	once.Do(setup)
	out <- fmt.Sprintf("worker %d done", id)
}

func main() {
	out := make(chan string, 5)
	var wg sync.WaitGroup
	for id := 1; id <= 5; id++ {
		wg.Add(1)
		go work(id, out, &wg)
	}
	wg.Wait()
	close(out)
	var res []string
	for s := range out {
		res = append(res, s)
	}
	slices.Sort(res)
	fmt.Println(res, initCount)
}
