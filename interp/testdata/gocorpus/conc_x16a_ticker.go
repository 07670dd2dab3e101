package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func producer(ctx context.Context, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

type Stats struct {
	mu    sync.Mutex
	seen  []int
	total int
}

func (s *Stats) Add(v int) {
	s.mu.Lock()
	s.seen = append(s.seen, v)
	s.total += v
	s.mu.Unlock()
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	st := &Stats{}
	for v := range producer(ctx, 100) {
		st.Add(v)
		if v == 9 {
			cancel()
			break
		}
	}
	fmt.Println(st.seen, st.total, errors.Is(ctx.Err(), context.Canceled))
	ctx2, cancel2 := context.WithCancel(context.WithValue(context.Background(), "user", "root"))
	defer cancel2()
	fmt.Println(ctx2.Value("user"), ctx2.Err())
	errc := make(chan error, 3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			if id == 1 {
				errc <- fmt.Errorf("worker %d failed", id)
				return
			}
			errc <- nil
		}(i)
	}
	wg.Wait()
	close(errc)
	var errs []error
	for e := range errc {
		if e != nil {
			errs = append(errs, e)
		}
	}
	fmt.Println(errs)
	res := make(chan string)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				res <- fmt.Sprint("goroutine recovered: ", r)
			}
		}()
		var m map[string]int
		m["a"]++
	}()
	fmt.Println(<-res)
	var once sync.Once
	vals := sync.Map{}
	for _, k := range []string{"a", "b", "a"} {
		vals.LoadOrStore(k, len(k))
		once.Do(func() { fmt.Println("first key", k) })
	}
	n := 0
	vals.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)
}
