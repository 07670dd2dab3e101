package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return ch
}

func fanIn(a, b <-chan string) []string {
	var got []string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, v)
		}
	}
	return got
}

type request struct {
	key   string
	reply chan int
}

func server(reqs <-chan request, quit <-chan struct{}, done chan<- map[string]int) {
	counts := map[string]int{}
	for {
		select {
		case r := <-reqs:
			counts[r.key]++
			r.reply <- counts[r.key]
		case <-quit:
			done <- counts
			return
		}
	}
}

func main() {
	got := fanIn(producer("a", 4), producer("b", 3))
	sort.Strings(got)
	fmt.Println(got, len(got))

	reqs := make(chan request)
	quit := make(chan struct{})
	done := make(chan map[string]int)
	go server(reqs, quit, done)
	var replies []int
	for _, k := range []string{"x", "y", "x", "x", "z", "y"} {
		r := request{k, make(chan int)}
		reqs <- r
		replies = append(replies, <-r.reply)
	}
	close(quit)
	fmt.Println(replies, <-done)

	ch := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case ch <- i:
			fmt.Print("sent ", i, "; ")
		default:
			fmt.Print("full ", <-ch, "; ")
		}
	}
	fmt.Println()
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}

	results := make(chan [2]int)
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			f := 1
			for k := 2; k <= n*2; k++ {
				f *= k
			}
			results <- [2]int{n, f}
		}(i)
	}
	go func() { wg.Wait(); close(results) }()
	fact := map[int]int{}
	for r := range results {
		fact[r[0]] = r[1]
	}
	fmt.Println(fact)
	timeout := make(chan bool, 1)
	timeout <- true
	work := make(chan int)
	select {
	case w := <-work:
		fmt.Println("work", w)
	case <-timeout:
		fmt.Println("timed out (simulated)")
	}
}
