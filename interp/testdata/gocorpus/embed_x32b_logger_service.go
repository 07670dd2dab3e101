package main

import (
	"fmt"
	"strings"
	"sync"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Dump() string { return strings.Join(l.lines, "\n") }

type Store interface {
	Get(key string) (string, bool)
	Set(key, val string)
}

type memStore struct {
	sync.Mutex
	data map[string]string
}

func (m *memStore) Get(k string) (string, bool) {
	m.Lock()
	defer m.Unlock()
	v, ok := m.data[k]
	return v, ok
}

func (m *memStore) Set(k, v string) {
	m.Lock()
	m.data[k] = v
	m.Unlock()
}

type countingStore struct {
	Store
	gets, sets int
}

func (c *countingStore) Get(k string) (string, bool) {
	c.gets++
	return c.Store.Get(k)
}

type Service struct {
	*Logger
	Store
	Name    string
	version int
}

func NewService(name string, s Store) *Service {
	return &Service{Logger: &Logger{prefix: "[" + name + "] "}, Store: s, Name: name, version: 1}
}

func (s *Service) Handle(req string) string {
	key, val, isSet := strings.Cut(req, "=")
	if isSet {
		s.Set(key, val)
		s.Logf("set %s", key)
		return "ok"
	}
	v, ok := s.Get(key)
	if !ok {
		s.Logf("miss %s", key)
		return "<none>"
	}
	s.Logf("hit %s", key)
	return v
}

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("Base(%d)", b.ID) }
func (b Base) Kind() string     { return "base" }

type Derived struct {
	Base
	Extra string
}

func (d Derived) Kind() string { return "derived" }

func main() {
	cs := &countingStore{Store: &memStore{data: map[string]string{}}}
	svc := NewService("cache", cs)
	for _, r := range []string{"a=1", "a", "b", "b=2", "a=3", "a", "b"} {
		fmt.Printf("%-4s -> %s\n", r, svc.Handle(r))
	}
	fmt.Println(svc.Dump())
	fmt.Println("gets:", cs.gets, "sets:", cs.sets, "prefix:", svc.prefix)

	d := Derived{Base{7}, "x"}
	fmt.Println(d.Describe(), d.Kind(), d.Base.Kind(), d.ID)
	fmt.Printf("%+v\n", d)

	type Kinder interface{ Kind() string }
	for _, k := range []Kinder{d, d.Base, &d} {
		fmt.Printf("%T:%s ", k, k.Kind())
	}
	fmt.Println()

	var s2 Service
	fmt.Println(s2.Logger == nil, s2.Store == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		s2.Logf("boom")
	}()

	anon := struct {
		Base
		Name string
	}{Base{42}, "anon"}
	fmt.Println(anon.Describe(), anon)
}
