package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

// Group runs tasks and remembers the first error, like errgroup.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

func fetch(id int) (string, error) {
	time.Sleep(time.Duration(10-id) * time.Millisecond)
	if id == 7 {
		return "", fmt.Errorf("fetch %d: %w", id, errors.New("timeout"))
	}
	return fmt.Sprintf("page-%d", id), nil
}

func main() {
	// limit concurrency with a buffered channel used as a semaphore
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	active, peak := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			active++
			peak = max(peak, active)
			mu.Unlock()
			time.Sleep(5 * time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("peak concurrency <= 3:", peak <= 3, "active now:", active)

	// collect results by index: no locking needed
	results := make([]string, 6)
	var g Group
	for i := range results {
		g.Go(func() error {
			r, err := fetch(i)
			results[i] = r
			return err
		})
	}
	fmt.Println("err:", g.Wait())
	fmt.Printf("%q\n", results)

	var g2 Group
	var pages []string
	var pmu sync.Mutex
	for i := 5; i < 9; i++ {
		g2.Go(func() error {
			r, err := fetch(i)
			if err != nil {
				return err
			}
			pmu.Lock()
			pages = append(pages, r)
			pmu.Unlock()
			return nil
		})
	}
	err := g2.Wait()
	sort.Strings(pages)
	fmt.Println("err:", err, "pages:", pages)

	// WaitGroup.Go (Go 1.25)
	var wg2 sync.WaitGroup
	squares := make([]int, 5)
	for i := range squares {
		wg2.Go(func() { squares[i] = i * i })
	}
	wg2.Wait()
	fmt.Println(squares)

	// unbuffered channel handoff: ping-pong
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	for i := 1; i <= 3; i++ {
		ping <- i
		fmt.Print(<-pong, " ")
	}
	close(ping)
	_, open := <-pong
	fmt.Println("pong open:", open)
}
