package main

import (
	"fmt"
	"sort"
	"strings"
)

type Msg struct {
	Source string
	Seq    int
}

func source(name string, n int) <-chan Msg {
	ch := make(chan Msg)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- Msg{name, i}
		}
	}()
	return ch
}

func merge(a, b <-chan Msg) <-chan Msg {
	out := make(chan Msg)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case m, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- m
			case m, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- m
			}
		}
	}()
	return out
}

type Stats struct {
	counts map[string]int
	last   map[string]int
	order  bool
}

func consume(in <-chan Msg) Stats {
	st := Stats{counts: map[string]int{}, last: map[string]int{}, order: true}
	for m := range in {
		st.counts[m.Source]++
		if m.Seq != st.last[m.Source]+1 {
			st.order = false
		}
		st.last[m.Source] = m.Seq
	}
	return st
}

func trySend(ch chan<- int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func main() {
	st := consume(merge(source("alpha", 5), merge(source("beta", 3), source("gamma", 4))))
	fmt.Println(st.counts, "per-source order kept:", st.order)

	buf := make(chan int, 2)
	var results []string
	for i := 0; i < 4; i++ {
		results = append(results, fmt.Sprintf("%d:%t", i, trySend(buf, i)))
	}
	fmt.Println(strings.Join(results, " "), len(buf), cap(buf))
	close(buf)
	for v := range buf {
		fmt.Print(v, " ")
	}
	v, ok := <-buf
	fmt.Println("| after close:", v, ok)

	quit := make(chan struct{})
	ticks := make(chan int)
	go func() {
		defer close(ticks)
		for i := 0; ; i++ {
			select {
			case ticks <- i:
			case <-quit:
				return
			}
		}
	}()
	sum := 0
	for t := range ticks {
		sum += t
		if t == 9 {
			close(quit)
			break
		}
	}
	fmt.Println("sum of ticks:", sum)

	sem := make(chan struct{}, 3)
	done := make(chan string, 6)
	for _, w := range []string{"f", "a", "e", "b", "d", "c"} {
		go func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			done <- strings.ToUpper(w)
		}()
	}
	var got []string
	for range 6 {
		got = append(got, <-done)
	}
	sort.Strings(got)
	fmt.Println(got)

	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
}
