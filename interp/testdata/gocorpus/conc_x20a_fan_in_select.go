package main

import (
	"fmt"
	"slices"
	"sync"
)

func producer(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return ch
}

func merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func selectLoop(a, b <-chan string) []string {
	var got []string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			got = append(got, "A:"+v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, "B:"+v)
		}
	}
	return got
}

func main() {
	var all []string
	for v := range merge(producer("x", 3), producer("y", 4), producer("z", 2)) {
		all = append(all, v)
	}
	slices.Sort(all)
	fmt.Println(len(all), all)

	got := selectLoop(producer("p", 3), producer("q", 2))
	slices.Sort(got)
	fmt.Println(got)

	quit := make(chan struct{})
	ticks := make(chan int)
	done := make(chan []int)
	go func() {
		var seen []int
		for {
			select {
			case t := <-ticks:
				seen = append(seen, t)
			case <-quit:
				done <- seen
				return
			}
		}
	}()
	for i := 1; i <= 5; i++ {
		ticks <- i * i
	}
	close(quit)
	fmt.Println(<-done)

	buf := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case buf <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	close(buf)
	for v := range buf {
		fmt.Print(v, " ")
	}
	fmt.Println(len(buf), cap(buf))
}
