// A concurrent non-blocking cache with duplicate suppression, after section 9.7.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type result struct {
	value interface{}
	err   error
}

type entry struct {
	res   result
	ready chan struct{} // closed when res is ready
}

type Func func(key string) (interface{}, error)

type Memo struct {
	f     Func
	mu    sync.Mutex
	cache map[string]*entry
}

func New(f Func) *Memo {
	return &Memo{f: f, cache: make(map[string]*entry)}
}

func (memo *Memo) Get(key string) (interface{}, error) {
	memo.mu.Lock()
	e := memo.cache[key]
	if e == nil {
		e = &entry{ready: make(chan struct{})}
		memo.cache[key] = e
		memo.mu.Unlock()
		e.res.value, e.res.err = memo.f(key)
		close(e.ready)
	} else {
		memo.mu.Unlock()
		<-e.ready
	}
	return e.res.value, e.res.err
}

// fakeFetch stands in for an HTTP GET; it counts its calls.
var (
	callsMu sync.Mutex
	calls   = map[string]int{}
)

func fakeFetch(url string) (interface{}, error) {
	callsMu.Lock()
	calls[url]++
	callsMu.Unlock()
	if strings.HasSuffix(url, ".invalid") {
		return nil, fmt.Errorf("fetch %s: no such host", url)
	}
	body := strings.Repeat(url, 3)
	return []byte(body), nil
}

func main() {
	urls := []string{
		"https://golang.org", "https://godoc.org", "https://play.golang.org",
		"http://gopl.io", "https://bad.invalid",
	}
	m := New(fakeFetch)
	var wg sync.WaitGroup
	var mu sync.Mutex
	sizes := map[string]string{}
	for round := range 4 {
		for _, url := range urls {
			wg.Add(1)
			go func(url string) {
				defer wg.Done()
				v, err := m.Get(url)
				var s string
				if err != nil {
					s = "error: " + err.Error()
				} else {
					s = fmt.Sprintf("%d bytes", len(v.([]byte)))
				}
				mu.Lock()
				sizes[fmt.Sprintf("%d %s", round, url)] = s
				mu.Unlock()
			}(url)
		}
	}
	wg.Wait()
	keys := make([]string, 0, len(sizes))
	for k := range sizes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-28s %s\n", k, sizes[k])
	}
	fmt.Println("calls:", calls)
}
