package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Store interface {
	Get(key string) (int, error)
	Set(key string, v int)
	Keys() []string
}

var ErrMissing = errors.New("missing key")

type MapStore map[string]int

func (m MapStore) Get(k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, fmt.Errorf("get %q: %w", k, ErrMissing)
	}
	return v, nil
}
func (m MapStore) Set(k string, v int) { m[k] = v }
func (m MapStore) Keys() []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Logged struct {
	Store
	log []string
}

func (l *Logged) Set(k string, v int) {
	old, err := l.Store.Get(k)
	if err != nil {
		l.log = append(l.log, fmt.Sprintf("new %s=%d", k, v))
	} else {
		l.log = append(l.log, fmt.Sprintf("upd %s %d->%d", k, old, v))
	}
	l.Store.Set(k, v)
}

type ReadOnly struct{ Store }

func (ReadOnly) Set(k string, _ int) { panic("read-only store: set " + k) }

func transfer(s Store, from, to string, amt int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("transfer aborted: %v", r)
		}
	}()
	a, err := s.Get(from)
	if err != nil {
		return err
	}
	b, _ := s.Get(to)
	s.Set(from, a-amt)
	s.Set(to, b+amt)
	return nil
}

func main() {
	base := MapStore{"gold": 100, "wood": 40}
	lg := &Logged{Store: base}
	fmt.Println(transfer(lg, "gold", "stone", 30))
	fmt.Println(transfer(lg, "wood", "gold", 15))
	fmt.Println(transfer(lg, "iron", "gold", 1))
	ro := ReadOnly{lg}
	fmt.Println(transfer(ro, "gold", "wood", 5))
	fmt.Println(strings.Join(lg.log, "; "))
	fmt.Println(base, lg.Keys())
	var s Store = ro
	_, err := s.Get("nothing")
	fmt.Println(errors.Is(err, ErrMissing), err)
	set := Store.Set
	set(lg, "clay", 3)
	get := lg.Get
	v, _ := get("clay")
	fmt.Println(v, len(lg.log), fmt.Sprintf("%T %T", s, lg.Store))
}
