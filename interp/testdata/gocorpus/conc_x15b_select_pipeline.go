package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Msg struct {
	Src  string
	Seq  int
	Body string
}

func producer(name string, n int, out chan<- Msg, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := range n {
		out <- Msg{name, i, strings.Repeat(name[:1], i+1)}
	}
}

func main() {
	hi := make(chan Msg)
	lo := make(chan Msg)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(2)
	go producer("alpha", 3, hi, &wg)
	go producer("beta", 4, lo, &wg)
	go func() {
		wg.Wait()
		close(quit)
	}()

	var got []Msg
	hiOpen, loOpen := true, true
	for hiOpen || loOpen {
		select {
		case m := <-hi:
			got = append(got, m)
		case m := <-lo:
			got = append(got, m)
		case <-quit:
			hiOpen, loOpen = false, false
		}
	}
	sort.Slice(got, func(i, j int) bool {
		if got[i].Src != got[j].Src {
			return got[i].Src < got[j].Src
		}
		return got[i].Seq < got[j].Seq
	})
	for _, m := range got {
		fmt.Printf("%s#%d:%s ", m.Src, m.Seq, m.Body)
	}
	fmt.Println(len(got))

	results := make(chan string)
	sem := make(chan struct{}, 2)
	var wg2 sync.WaitGroup
	words := []string{"go", "rust", "zig", "c", "java", "ocaml"}
	out := make([]string, len(words))
	for i, w := range words {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			out[i] = fmt.Sprintf("%s:%d", strings.ToUpper(w), len(w))
		}()
	}
	go func() { wg2.Wait(); close(results) }()
	for range results {
	}
	fmt.Println(strings.Join(out, ","))

	timeout := make(chan bool, 1)
	data := make(chan int)
	timeout <- true
	select {
	case v := <-data:
		fmt.Println("data", v)
	case <-timeout:
		fmt.Println("timed out (simulated)")
	}
	var nilch chan int
	select {
	case nilch <- 1:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel blocks; default taken")
	}
	buf := make(chan int, 3)
	buf <- 1
	buf <- 2
	close(buf)
	v, ok := <-buf
	fmt.Println(v, ok, len(buf), cap(buf))
	<-buf
	v, ok = <-buf
	fmt.Println(v, ok)
}
