package main

import (
	"fmt"
	"slices"
	"time"
)

type Clock interface{ Now() time.Time }

type fakeClock struct{ t time.Time }

func (f *fakeClock) Now() time.Time          { return f.t }
func (f *fakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

type item[V any] struct {
	val     V
	expires time.Time
}

type TTLCache[K comparable, V any] struct {
	clock Clock
	ttl   time.Duration
	data  map[K]item[V]
	stats struct{ hits, misses, expired int }
}

func NewTTL[K comparable, V any](c Clock, ttl time.Duration) *TTLCache[K, V] {
	return &TTLCache[K, V]{clock: c, ttl: ttl, data: map[K]item[V]{}}
}

func (c *TTLCache[K, V]) Set(k K, v V) {
	c.data[k] = item[V]{v, c.clock.Now().Add(c.ttl)}
}

func (c *TTLCache[K, V]) Get(k K) (V, bool) {
	it, ok := c.data[k]
	switch {
	case !ok:
		c.stats.misses++
	case c.clock.Now().After(it.expires):
		delete(c.data, k)
		c.stats.expired++
		ok = false
	default:
		c.stats.hits++
		return it.val, true
	}
	var zero V
	return zero, ok
}

func (c *TTLCache[K, V]) GetOrLoad(k K, load func(K) (V, error)) (V, error) {
	if v, ok := c.Get(k); ok {
		return v, nil
	}
	v, err := load(k)
	if err != nil {
		return v, fmt.Errorf("load %v: %w", k, err)
	}
	c.Set(k, v)
	return v, nil
}

func main() {
	clk := &fakeClock{time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)}
	c := NewTTL[string, int](clk, 30*time.Second)
	loads := 0
	loader := func(k string) (int, error) {
		loads++
		if k == "" {
			return 0, fmt.Errorf("empty key")
		}
		return len(k) * 10, nil
	}
	steps := []struct {
		key     string
		advance time.Duration
	}{{"alpha", 0}, {"alpha", 10 * time.Second}, {"beta", 5 * time.Second}, {"alpha", 20 * time.Second}, {"beta", 0}, {"", 0}}
	for _, s := range steps {
		clk.Advance(s.advance)
		v, err := c.GetOrLoad(s.key, loader)
		fmt.Printf("%s %-6q v=%-3d err=%v\n", clk.Now().Format("15:04:05"), s.key, v, err)
	}
	fmt.Printf("loads=%d stats=%+v\n", loads, c.stats)
	keys := make([]string, 0)
	for k, it := range c.data {
		keys = append(keys, fmt.Sprintf("%s@%s", k, it.expires.Format(time.Kitchen)))
	}
	slices.Sort(keys)
	fmt.Println(keys, c.ttl)
}
