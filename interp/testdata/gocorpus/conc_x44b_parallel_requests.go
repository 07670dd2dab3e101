package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu     sync.RWMutex
	counts map[string]int
	total  atomic.Int64
}

func (c *Counter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodPost:
		key := strings.TrimPrefix(r.URL.Path, "/hit/")
		c.mu.Lock()
		c.counts[key]++
		n := c.counts[key]
		c.mu.Unlock()
		c.total.Add(1)
		fmt.Fprint(w, n)
	case http.MethodGet:
		c.mu.RLock()
		defer c.mu.RUnlock()
		json.NewEncoder(w).Encode(c.counts)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

type result struct {
	worker int
	codes  map[int]int
}

func main() {
	c := &Counter{counts: map[string]int{}}
	keys := []string{"home", "about", "pricing"}

	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			codes := map[int]int{}
			for i := 0; i < 25; i++ {
				method := http.MethodPost
				if i%10 == 9 {
					method = http.MethodPut
				}
				req := httptest.NewRequest(method, "/hit/"+keys[(id+i)%len(keys)], nil)
				rec := httptest.NewRecorder()
				c.ServeHTTP(rec, req)
				codes[rec.Code]++
			}
			results <- result{id, codes}
		}(w)
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].worker < all[j].worker })
	for _, r := range all {
		fmt.Printf("worker %d: %v\n", r.worker, r.codes)
	}

	rec := httptest.NewRecorder()
	c.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	fmt.Print("counts: ", rec.Body.String())
	fmt.Println("total:", c.total.Load())

	var decoded map[string]int
	json.Unmarshal(rec.Body.Bytes(), &decoded)
	sum := 0
	for _, v := range decoded {
		sum += v
	}
	fmt.Println("sum matches:", int64(sum) == c.total.Load())

	sem := make(chan struct{}, 3)
	var peak, cur atomic.Int32
	var wg2 sync.WaitGroup
	for i := 0; i < 12; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			n := cur.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			c.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/hit/limited", nil))
			cur.Add(-1)
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("peak <= 3:", peak.Load() <= 3, "limited:", c.counts["limited"])
}
