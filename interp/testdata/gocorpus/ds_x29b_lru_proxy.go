package main

import (
	"container/list"
	"errors"
	"fmt"
	"strings"
)

type Fetcher interface {
	Fetch(key string) (string, error)
}

type slowDB struct {
	data  map[string]string
	calls int
}

var ErrMissing = errors.New("missing key")

func (db *slowDB) Fetch(key string) (string, error) {
	db.calls++
	v, ok := db.data[key]
	if !ok {
		return "", fmt.Errorf("db: %q: %w", key, ErrMissing)
	}
	return v, nil
}

type entry struct {
	key string
	val string
}

// cachingProxy implements Fetcher with an LRU in front of another Fetcher.
type cachingProxy struct {
	next     Fetcher
	capacity int
	ll       *list.List
	index    map[string]*list.Element
	hits     int
	misses   int
	evicted  []string
}

func NewCachingProxy(next Fetcher, capacity int) *cachingProxy {
	return &cachingProxy{next: next, capacity: capacity, ll: list.New(), index: map[string]*list.Element{}}
}

func (c *cachingProxy) Fetch(key string) (string, error) {
	if el, ok := c.index[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).val, nil
	}
	c.misses++
	v, err := c.next.Fetch(key)
	if err != nil {
		return "", err
	}
	el := c.ll.PushFront(&entry{key, v})
	c.index[key] = el
	if c.ll.Len() > c.capacity {
		last := c.ll.Back()
		c.ll.Remove(last)
		e := last.Value.(*entry)
		delete(c.index, e.key)
		c.evicted = append(c.evicted, e.key)
	}
	return v, nil
}

func (c *cachingProxy) Keys() []string {
	var keys []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry).key)
	}
	return keys
}

type loggingProxy struct {
	Fetcher
	log []string
}

func (l *loggingProxy) Fetch(key string) (string, error) {
	v, err := l.Fetcher.Fetch(key)
	status := "ok"
	if err != nil {
		status = "err"
	}
	l.log = append(l.log, key+":"+status)
	return v, err
}

func main() {
	db := &slowDB{data: map[string]string{
		"a": "apple", "b": "banana", "c": "cherry", "d": "date", "e": "elderberry",
	}}
	cache := NewCachingProxy(db, 3)
	var f Fetcher = &loggingProxy{Fetcher: cache}

	for _, k := range strings.Split("a b a c d a e b z a", " ") {
		v, err := f.Fetch(k)
		if err != nil {
			fmt.Printf("%s -> error %v (missing=%t)\n", k, err, errors.Is(err, ErrMissing))
			continue
		}
		fmt.Printf("%s -> %-10s lru=%v\n", k, v, cache.Keys())
	}
	fmt.Printf("hits=%d misses=%d db calls=%d evicted=%v\n", cache.hits, cache.misses, db.calls, cache.evicted)
	lp := f.(*loggingProxy)
	fmt.Println(strings.Join(lp.log, " "))
	if _, ok := lp.Fetcher.(*cachingProxy); ok {
		fmt.Printf("inner %T wraps %T\n", lp.Fetcher, cache.next)
	}
}
