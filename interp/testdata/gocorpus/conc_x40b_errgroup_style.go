package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

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

type Result struct {
	URL  string
	Size int
}

func fetch(url string) (Result, error) {
	if strings.Contains(url, "bad") {
		return Result{}, fmt.Errorf("fetch %s: %w", url, errors.ErrUnsupported)
	}
	return Result{url, len(url) * 100}, nil
}

func main() {
	urls := []string{"a.com", "bb.org", "ccc.net", "d.io"}
	results := make([]Result, len(urls))
	var g Group
	for i, u := range urls {
		g.Go(func() error {
			r, err := fetch(u)
			results[i] = r
			return err
		})
	}
	fmt.Println(g.Wait(), results)

	var g2 Group
	urls2 := []string{"ok.com", "bad.com"}
	for _, u := range urls2 {
		g2.Go(func() error {
			_, err := fetch(u)
			return err
		})
	}
	err := g2.Wait()
	fmt.Println(err, errors.Is(err, errors.ErrUnsupported))

	// semaphore limiting concurrency, results collected via mutex
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	var done []string
	var wg sync.WaitGroup
	maxActive, active := 0, 0
	for _, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			done = append(done, strings.ToUpper(u))
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	sort.Strings(done)
	fmt.Println(done, maxActive <= 2)

	// results via channel, then sorted
	ch := make(chan Result, len(urls))
	for _, u := range urls {
		go func() {
			r, _ := fetch(u)
			ch <- r
		}()
	}
	var rs []Result
	for range urls {
		rs = append(rs, <-ch)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Size > rs[j].Size })
	fmt.Printf("%+v\n", rs)

	// sync.Map
	var sm sync.Map
	for i, u := range urls {
		sm.Store(u, i)
	}
	v, ok := sm.Load("ccc.net")
	_, loaded := sm.LoadOrStore("a.com", 99)
	act, _ := sm.LoadOrStore("new", 7)
	n := 0
	sm.Range(func(k, v any) bool { n++; return true })
	fmt.Println(v, ok, loaded, act, n)
}
