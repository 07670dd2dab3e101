package main

import (
	"container/list"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type entry struct {
	key    string
	status int
	body   []byte
	header http.Header
}

type LRU struct {
	mu    sync.Mutex
	cap   int
	ll    *list.List
	items map[string]*list.Element
	hits  int
	miss  int
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: map[string]*list.Element{}}
}

func (c *LRU) Get(k string) (*entry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry), true
	}
	c.miss++
	return nil, false
}

func (c *LRU) Put(e *entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[e.key]; ok {
		el.Value = e
		c.ll.MoveToFront(el)
		return
	}
	c.items[e.key] = c.ll.PushFront(e)
	if c.ll.Len() > c.cap {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.items, old.Value.(*entry).key)
	}
}

func (c *LRU) Keys() []string {
	var ks []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry).key)
	}
	return ks
}

func (c *LRU) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			next.ServeHTTP(w, r)
			return
		}
		key := r.URL.RequestURI()
		if e, ok := c.Get(key); ok {
			for k, v := range e.header {
				w.Header()[k] = v
			}
			w.Header().Set("X-Cache", "HIT")
			w.WriteHeader(e.status)
			w.Write(e.body)
			return
		}
		rec := httptest.NewRecorder()
		next.ServeHTTP(rec, r)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.Header().Set("X-Cache", "MISS")
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
		if rec.Code == http.StatusOK {
			c.Put(&entry{key: key, status: rec.Code, body: rec.Body.Bytes(), header: rec.Header().Clone()})
		}
	})
}

func main() {
	calls := map[string]int{}
	backend := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls[r.URL.Path]++
		if strings.HasPrefix(r.URL.Path, "/missing") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprintf(w, "content of %s (render #%d)", r.URL.Path, calls[r.URL.Path])
	})
	cache := NewLRU(3)
	h := cache.Middleware(backend)
	for _, p := range []string{"/a", "/b", "/a", "/c", "/d", "/b", "/a", "/missing", "/missing", "/d"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		fmt.Printf("%-9s %d %-4s %s | lru=%v\n", p, rec.Code, rec.Header().Get("X-Cache"), strings.TrimSpace(rec.Body.String()), cache.Keys())
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/a", nil))
	fmt.Println("POST", rec.Header().Get("X-Cache") == "", rec.Body.String())
	fmt.Printf("hits=%d misses=%d backend calls=%v\n", cache.hits, cache.miss, calls)
}
