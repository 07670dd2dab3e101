// Exercises: goroutines in a loop capturing the loop variable (Go 1.22), results ordered by channel index
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	var got []int
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		sum := 0
		for v := range ch {
			sum += v
		}
		fmt.Println("sum", sum)
		done <- true
	}()
	for i := range 10 {
		ch <- i
	}
	close(ch)
	<-done
	select {
	case v := <-ch:
		fmt.Println("closed gives", v)
	default:
		fmt.Println("default")
	}
}
