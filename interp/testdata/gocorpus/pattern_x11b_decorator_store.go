// Exercises: decorator wrapping an interface (logging around a Store), embedding the interface to forward, errors.Is sentinel
package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrNotFound = errors.New("not found")

type Store interface {
	Get(k string) (string, error)
	Put(k, v string) error
	Keys() []string
}

type memStore struct{ m map[string]string }

func (s *memStore) Get(k string) (string, error) {
	v, ok := s.m[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrNotFound)
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

type loggingStore struct {
	Store
	log []string
}

func (l *loggingStore) Get(k string) (string, error) {
	v, err := l.Store.Get(k)
	l.log = append(l.log, fmt.Sprintf("GET %s -> %q err=%v", k, v, err))
	return v, err
}

func main() {
	var s Store = &loggingStore{Store: &memStore{m: map[string]string{}}}
	s.Put("b", "2")
	s.Put("a", "1")
	v, err := s.Get("a")
	fmt.Println(v, err)
	_, err = s.Get("zz")
	fmt.Println(errors.Is(err, ErrNotFound), err)
	fmt.Println(s.Keys())
	for _, line := range s.(*loggingStore).log {
		fmt.Println(line)
	}
}
