package main

import (
	"fmt"
	"sort"
	"sync"
)

type Shelf struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items int
	log   []string
}

func NewShelf() *Shelf {
	s := &Shelf{}
	s.cond = sync.NewCond(&s.mu)
	return s
}

func (s *Shelf) Take(who string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for s.items < n {
		s.cond.Wait()
	}
	s.items -= n
	s.log = append(s.log, fmt.Sprintf("%s took %d", who, n))
}

func (s *Shelf) Restock(n int) {
	s.mu.Lock()
	s.items += n
	s.mu.Unlock()
	s.cond.Broadcast()
}

func main() {
	shelf := NewShelf()
	var wg sync.WaitGroup
	buyers := map[string]int{"ann": 3, "bob": 5, "cy": 2, "dee": 4}
	names := make([]string, 0, len(buyers))
	for n := range buyers {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			shelf.Take(n, buyers[n])
		}()
	}
	for i := 0; i < 7; i++ {
		shelf.Restock(2)
	}
	wg.Wait()
	sort.Strings(shelf.log)
	fmt.Println(shelf.log)
	fmt.Println("left on shelf:", shelf.items)

	done := make(chan struct{})
	results := make(chan int)
	go func() {
		defer close(results)
		for i := 1; ; i++ {
			select {
			case results <- i * i:
			case <-done:
				return
			}
		}
	}()
	sum := 0
	for v := range results {
		sum += v
		if v >= 49 {
			close(done)
			break
		}
	}
	fmt.Println("sum of squares", sum)
	ch := make(chan string, 1)
	select {
	case msg := <-ch:
		fmt.Println("got", msg)
	default:
		fmt.Println("no message")
	}
	ch <- "restocked"
	select {
	case msg, ok := <-ch:
		fmt.Println("got", msg, ok)
	default:
		fmt.Println("no message")
	}
}
