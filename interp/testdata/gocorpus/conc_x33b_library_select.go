package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Request struct {
	Member string
	Title  string
	Reply  chan<- string
}

type Library struct {
	requests chan Request
	returns  chan string
	quit     chan struct{}
	copies   map[string]int
	wg       sync.WaitGroup
}

func NewLibrary(copies map[string]int) *Library {
	l := &Library{
		requests: make(chan Request),
		returns:  make(chan string),
		quit:     make(chan struct{}),
		copies:   copies,
	}
	l.wg.Add(1)
	go l.loop()
	return l
}

func (l *Library) loop() {
	defer l.wg.Done()
	for {
		select {
		case r := <-l.requests:
			if l.copies[r.Title] > 0 {
				l.copies[r.Title]--
				r.Reply <- fmt.Sprintf("%s borrowed %q", r.Member, r.Title)
			} else {
				r.Reply <- fmt.Sprintf("%s: %q unavailable", r.Member, r.Title)
			}
		case t := <-l.returns:
			l.copies[t]++
		case <-l.quit:
			return
		}
	}
}

func (l *Library) Borrow(member, title string) string {
	reply := make(chan string, 1)
	l.requests <- Request{member, title, reply}
	return <-reply
}

func (l *Library) Return(title string) { l.returns <- title }

func (l *Library) Close() map[string]int {
	close(l.quit)
	l.wg.Wait()
	return l.copies
}

func main() {
	lib := NewLibrary(map[string]int{"Dune": 1, "Emma": 2})
	fmt.Println(lib.Borrow("ann", "Dune"))
	fmt.Println(lib.Borrow("bob", "Dune"))
	lib.Return("Dune")
	fmt.Println(lib.Borrow("bob", "Dune"))

	var mu sync.Mutex
	var log []string
	var wg sync.WaitGroup
	for _, m := range []string{"cy", "di", "ed"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			msg := lib.Borrow(m, "Emma")
			mu.Lock()
			log = append(log, msg)
			mu.Unlock()
		}()
	}
	wg.Wait()
	ok := 0
	for _, s := range log {
		if len(s) > 0 && s[len(s)-1] == '"' {
			ok++
		}
	}
	fmt.Println("Emma loans:", ok, "of", len(log))
	fmt.Println(lib.Close())

	timeout := time.After(time.Second)
	results := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		results <- i * i
	}
	close(results)
	var got []int
loop:
	for {
		select {
		case v, ok := <-results:
			if !ok {
				break loop
			}
			got = append(got, v)
		case <-timeout:
			fmt.Println("timed out")
			break loop
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(got)))
	fmt.Println(got)
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	fmt.Println(time.Duration(1500)*time.Millisecond, 90*time.Second, time.Duration(0))
}
