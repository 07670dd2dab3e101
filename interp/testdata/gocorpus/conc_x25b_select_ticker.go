package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func producer(name string, n int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("%s%d", name, i)
	}
}

func main() {
	ch := make(chan int, 3)
	for i := 0; i < 5; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()

	quit := make(chan struct{})
	data := make(chan int)
	go func() {
		defer close(quit)
		for i := 0; i < 4; i++ {
			data <- i * 10
		}
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-data:
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("sum", sum)

	a, b := make(chan string), make(chan string)
	var wg sync.WaitGroup
	wg.Add(2)
	go producer("a", 3, a, &wg)
	go producer("b", 2, b, &wg)
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	counts := map[string]int{}
	var got []string
	for {
		select {
		case s := <-a:
			counts["a"]++
			got = append(got, s)
			continue
		case s := <-b:
			counts["b"]++
			got = append(got, s)
			continue
		case <-done:
		}
		break
	}
	fmt.Println(counts, len(got))

	var ops atomic.Int64
	var hits int32
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := 0; j < 100; j++ {
				ops.Add(1)
			}
			atomic.AddInt32(&hits, 1)
		}()
	}
	wg2.Wait()
	fmt.Println(ops.Load(), atomic.LoadInt32(&hits))
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	res := make(chan int, 1)
	res <- 7
	v, ok := <-res
	close(res)
	v2, ok2 := <-res
	fmt.Println(v, ok, v2, ok2, len(res), cap(res))
}
