package main

import (
	"fmt"
	"strings"
	"sync"
)

type Task struct {
	ID   int
	Text string
}

type Out struct {
	ID     int
	Words  int
	Upper  string
	Worker string
}

func worker(name string, in <-chan Task, out chan<- Out, wg *sync.WaitGroup) {
	defer wg.Done()
	for t := range in {
		out <- Out{t.ID, len(strings.Fields(t.Text)), strings.ToUpper(t.Text), name}
	}
}

func merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
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

func counter(start, n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			c <- start + i
		}
		close(c)
	}()
	return c
}

func main() {
	texts := []string{"the quick fox", "jumps", "over the lazy dog", "hello world", "a b c d e"}
	in := make(chan Task)
	out := make(chan Out)
	var wg sync.WaitGroup
	for _, n := range []string{"w1", "w2"} {
		wg.Add(1)
		go worker(n, in, out, &wg)
	}
	go func() {
		for i, t := range texts {
			in <- Task{i, t}
		}
		close(in)
	}()
	go func() { wg.Wait(); close(out) }()
	res := make([]Out, len(texts))
	for o := range out {
		res[o.ID] = o
	}
	for _, r := range res {
		fmt.Printf("%d %d %s\n", r.ID, r.Words, r.Upper)
	}
	sum := 0
	count := 0
	for v := range merge(counter(0, 10), counter(100, 5), counter(1000, 3)) {
		sum += v
		count++
	}
	fmt.Println(sum, count)
	sel := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			sel <- i * 10
		}
		quit <- true
	}()
	for {
		select {
		case v := <-sel:
			fmt.Println("value", v)
			continue
		case <-quit:
			fmt.Println("quit")
		}
		break
	}
}
