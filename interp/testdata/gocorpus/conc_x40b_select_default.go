package main

import (
	"fmt"
	"sync"
)

func trySend(ch chan<- int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch <-chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	for i := range 4 {
		fmt.Println("send", i, trySend(ch, i))
	}
	fmt.Println(len(ch), cap(ch))
	for range 3 {
		v, ok := tryRecv(ch)
		fmt.Println("recv", v, ok)
	}

	// nil channel never ready
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel blocks; default taken")
	}

	// closed channel always ready with zero value
	done := make(chan struct{})
	close(done)
	select {
	case _, ok := <-done:
		fmt.Println("closed, ok =", ok)
	default:
		fmt.Println("default")
	}

	// unbuffered with no receiver
	unb := make(chan string)
	select {
	case unb <- "x":
		fmt.Println("sent")
	default:
		fmt.Println("no receiver")
	}

	// range over channel stops at close
	jobs := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		jobs <- i
	}
	close(jobs)
	sum := 0
	for j := range jobs {
		sum += j
	}
	fmt.Println("sum", sum)
	v, ok := <-jobs
	fmt.Println(v, ok)

	// worker pool with ordered results
	in := make(chan int)
	out := make(chan [2]int)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range in {
				out <- [2]int{n, n * n}
			}
		}()
	}
	go func() {
		for i := range 6 {
			in <- i
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	res := make([]int, 6)
	for r := range out {
		res[r[0]] = r[1]
	}
	fmt.Println(res)

	// sending on closed channel panics
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c := make(chan int, 1)
		close(c)
		c <- 1
	}()

	// select loop draining two channels
	a := make(chan string, 2)
	b := make(chan string, 2)
	a <- "a1"
	a <- "a2"
	b <- "b1"
	close(a)
	close(b)
	count := 0
	for a != nil || b != nil {
		select {
		case s, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			count += len(s)
		case s, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			count += len(s)
		}
	}
	fmt.Println("drained", count)
}
