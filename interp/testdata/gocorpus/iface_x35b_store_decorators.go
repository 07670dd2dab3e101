package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Store interface {
	Get(key string) (string, error)
	Put(key, value string) error
}

var ErrNotFound = errors.New("not found")

type memStore struct {
	mu   sync.RWMutex
	data map[string]string
}

func (m *memStore) Get(k string) (string, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	v, ok := m.data[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrNotFound)
	}
	return v, nil
}

func (m *memStore) Put(k, v string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.data[k] = v
	return nil
}

// countingStore embeds Store and overrides only Get.
type countingStore struct {
	Store
	gets, misses int
}

func (c *countingStore) Get(k string) (string, error) {
	c.gets++
	v, err := c.Store.Get(k)
	if errors.Is(err, ErrNotFound) {
		c.misses++
	}
	return v, err
}

type readOnly struct{ Store }

func (readOnly) Put(k, _ string) error { return fmt.Errorf("put %q: store is read-only", k) }

type prefixed struct {
	Store
	prefix string
}

func (p prefixed) Get(k string) (string, error) { return p.Store.Get(p.prefix + k) }
func (p prefixed) Put(k, v string) error        { return p.Store.Put(p.prefix+k, v) }

var (
	defaultOnce  sync.Once
	defaultStore *memStore
)

func Default() *memStore {
	defaultOnce.Do(func() {
		fmt.Println("(initializing default store)")
		defaultStore = &memStore{data: map[string]string{"motd": "hello"}}
	})
	return defaultStore
}

func main() {
	base := Default()
	counted := &countingStore{Store: base}
	var s Store = prefixed{counted, "app/"}

	s.Put("name", "demo")
	s.Put("version", "1.2.3")
	for _, k := range []string{"name", "missing", "version"} {
		v, err := s.Get(k)
		fmt.Printf("%-8s %q %v\n", k, v, err)
	}
	ro := readOnly{s}
	fmt.Println(ro.Put("name", "x"))
	v, _ := ro.Get("name")
	fmt.Println("ro get:", v)
	fmt.Printf("gets=%d misses=%d same=%t\n", counted.gets, counted.misses, Default() == base)

	keys := make([]string, 0)
	for k := range base.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, ","))
	var st Store = ro
	_, isPrefixed := st.(prefixed)
	_, isRO := st.(readOnly)
	fmt.Printf("%T %t %t\n", st, isPrefixed, isRO)
}
