package main

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
	"time"
)

type Clock func() time.Time

type item[V any] struct {
	val     V
	expires time.Time
}

type Cache[K cmp.Ordered, V any] struct {
	mu    sync.Mutex
	ttl   time.Duration
	now   Clock
	items map[K]item[V]
	stats struct{ hits, misses, expired int }
}

func NewCache[K cmp.Ordered, V any](ttl time.Duration, now Clock) *Cache[K, V] {
	return &Cache[K, V]{ttl: ttl, now: now, items: map[K]item[V]{}}
}

func (c *Cache[K, V]) Set(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = item[V]{v, c.now().Add(c.ttl)}
}

func (c *Cache[K, V]) Get(k K) (v V, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	it, found := c.items[k]
	switch {
	case !found:
		c.stats.misses++
	case c.now().After(it.expires):
		delete(c.items, k)
		c.stats.expired++
	default:
		c.stats.hits++
		return it.val, true
	}
	return v, false
}

func (c *Cache[K, V]) GetOrLoad(k K, load func(K) (V, error)) (V, error) {
	if v, ok := c.Get(k); ok {
		return v, nil
	}
	v, err := load(k)
	if err != nil {
		var zero V
		return zero, fmt.Errorf("load %v: %w", k, err)
	}
	c.Set(k, v)
	return v, nil
}

func (c *Cache[K, V]) Keys() []K {
	c.mu.Lock()
	defer c.mu.Unlock()
	keys := make([]K, 0, len(c.items))
	for k := range c.items {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type User struct {
	ID   int
	Name string
}

func main() {
	t0 := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	current := t0
	now := func() time.Time { return current }

	users := NewCache[int, User](time.Minute, now)
	loads := 0
	db := map[int]string{1: "ada", 2: "linus", 3: "grace"}
	loader := func(id int) (User, error) {
		loads++
		name, ok := db[id]
		if !ok {
			return User{}, fmt.Errorf("user %d not found", id)
		}
		return User{id, name}, nil
	}
	for _, id := range []int{1, 2, 1, 4, 3, 1} {
		u, err := users.GetOrLoad(id, loader)
		fmt.Printf("get %d: %+v err=%v\n", id, u, err)
	}
	current = current.Add(90 * time.Second)
	users.Set(9, User{9, "fresh"})
	_, ok := users.Get(1)
	fmt.Println("after 90s, 1 cached:", ok, "keys:", users.Keys(), "loads:", loads)
	fmt.Printf("stats: %+v\n", users.stats)

	words := NewCache[string, []string](time.Hour, now)
	words.Set("b", []string{"beta"})
	words.Set("a", nil)
	v, ok := words.Get("a")
	fmt.Println(words.Keys(), v == nil, ok, len(v))
	fmt.Printf("%T\n", words)
}
