package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	sem     chan struct{}
}

func NewGroup(limit int) *Group { return &Group{sem: make(chan struct{}, limit)} }

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		g.sem <- struct{}{}
		defer func() { <-g.sem }()
		defer func() {
			if r := recover(); r != nil {
				g.errOnce.Do(func() { g.err = fmt.Errorf("panic: %v", r) })
			}
		}()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

type Statement struct {
	Account string
	Lines   []int64
}

func reconcile(s Statement, expected int64) (int64, error) {
	var sum int64
	for _, l := range s.Lines {
		sum += l
	}
	if sum != expected {
		return sum, fmt.Errorf("%s: got %d want %d", s.Account, sum, expected)
	}
	return sum, nil
}

func run(stmts []Statement, expected map[string]int64) {
	g := NewGroup(2)
	var mu sync.Mutex
	ok := []string{}
	for _, s := range stmts {
		g.Go(func() error {
			if s.Lines == nil {
				panic("statement " + s.Account + " has no lines")
			}
			_, err := reconcile(s, expected[s.Account])
			if err == nil {
				mu.Lock()
				ok = append(ok, s.Account)
				mu.Unlock()
			}
			return err
		})
	}
	err := g.Wait()
	sort.Strings(ok)
	fmt.Printf("reconciled [%s] err=%v\n", strings.Join(ok, ","), err)
}

func main() {
	exp := map[string]int64{"A1": 1500, "A2": -200, "A3": 0, "A4": 99}
	run([]Statement{
		{"A1", []int64{1000, 500}},
		{"A2", []int64{-100, -100}},
		{"A3", []int64{}},
	}, exp)
	run([]Statement{
		{"A1", []int64{1000, 500}},
		{"A4", []int64{98}},
	}, exp)
	run([]Statement{
		{"A3", nil},
	}, exp)
	e := errors.New("x")
	fmt.Println(errors.Unwrap(fmt.Errorf("wrap: %w", e)) == e)
}
