package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

var ErrNotFound = errors.New("not found")

type Store interface {
	Get(key string) (string, error)
	Put(key, val string) error
}

type Lister interface {
	Keys() []string
}

type memStore struct{ m map[string]string }

func (s *memStore) Get(k string) (string, error) {
	v, ok := s.m[k]
	if !ok {
		return "", fmt.Errorf("mem get %q: %w", k, ErrNotFound)
	}
	return v, nil
}
func (s *memStore) Put(k, v string) error { s.m[k] = v; return nil }
func (s *memStore) Keys() []string {
	ks := make([]string, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type readOnly struct{ Store }

var ErrReadOnly = errors.New("read-only")

func (readOnly) Put(string, string) error { return ErrReadOnly }

type logged struct {
	Store
	w io.Writer
}

func (l logged) Get(k string) (string, error) {
	v, err := l.Store.Get(k)
	fmt.Fprintf(l.w, "GET %s -> %q err=%v\n", k, v, err)
	return v, err
}

type prefixed struct {
	Store
	prefix string
}

func (p prefixed) Get(k string) (string, error) { return p.Store.Get(p.prefix + k) }
func (p prefixed) Put(k, v string) error        { return p.Store.Put(p.prefix+k, v) }

func main() {
	base := &memStore{m: map[string]string{}}
	var sb strings.Builder
	stores := map[string]Store{
		"base":   base,
		"ro":     readOnly{base},
		"logged": logged{prefixed{base, "app/"}, &sb},
	}
	names := []string{"base", "ro", "logged"}
	for _, n := range names {
		err := stores[n].Put("color", n+"-blue")
		fmt.Printf("%-6s put err=%v\n", n, err)
	}
	for _, n := range names {
		v, err := stores[n].Get("color")
		fmt.Printf("%-6s get %q %v\n", n, v, errors.Is(err, ErrNotFound))
		_, err = stores[n].Get("size")
		fmt.Printf("%-6s miss: %v\n", n, err)
	}
	fmt.Print(sb.String())
	for _, n := range names {
		_, isL := stores[n].(Lister)
		fmt.Println(n, "lister:", isL)
	}
	fmt.Println(base.Keys())
	var s Store = readOnly{}
	func() {
		defer func() { fmt.Println("panic:", recover() != nil) }()
		s.Get("x")
	}()
}
