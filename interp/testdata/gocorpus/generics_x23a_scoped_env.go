package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrUnbound = errors.New("unbound")

type Env[K comparable, V any] struct {
	vars   map[K]V
	parent *Env[K, V]
	depth  int
}

func NewEnv[K comparable, V any]() *Env[K, V] { return &Env[K, V]{vars: map[K]V{}} }

func (e *Env[K, V]) Child() *Env[K, V] {
	return &Env[K, V]{vars: map[K]V{}, parent: e, depth: e.depth + 1}
}

func (e *Env[K, V]) Define(k K, v V) *Env[K, V] { e.vars[k] = v; return e }

func (e *Env[K, V]) Lookup(k K) (V, int, error) {
	for cur := e; cur != nil; cur = cur.parent {
		if v, ok := cur.vars[k]; ok {
			return v, e.depth - cur.depth, nil
		}
	}
	var zero V
	return zero, -1, fmt.Errorf("%v: %w", k, ErrUnbound)
}

func (e *Env[K, V]) Assign(k K, v V) error {
	for cur := e; cur != nil; cur = cur.parent {
		if _, ok := cur.vars[k]; ok {
			cur.vars[k] = v
			return nil
		}
	}
	return fmt.Errorf("assign to %v: %w", k, ErrUnbound)
}

func (e *Env[K, V]) String() string {
	var levels []string
	for cur := e; cur != nil; cur = cur.parent {
		var parts []string
		for k, v := range cur.vars {
			parts = append(parts, fmt.Sprintf("%v=%v", k, v))
		}
		sort.Strings(parts)
		levels = append(levels, "["+strings.Join(parts, " ")+"]")
	}
	return strings.Join(levels, " <- ")
}

type Value interface{}

type Closure struct {
	Param string
	Env   *Env[string, Value]
}

func (c Closure) String() string { return "<closure " + c.Param + ">" }

func main() {
	g := NewEnv[string, Value]()
	g.Define("pi", 3.14).Define("name", "global")
	f := g.Child().Define("x", 1).Define("name", "f")
	inner := f.Child().Define("y", []int{1, 2})
	inner.Define("k", Closure{"z", inner})
	for _, n := range []string{"x", "name", "pi", "y", "k", "q"} {
		v, d, err := inner.Lookup(n)
		fmt.Printf("%-4s %-12v depth=%d err=%v\n", n, v, d, err)
	}
	fmt.Println(inner.Assign("pi", 3.0), inner.Assign("nope", 1))
	fmt.Println(inner)
	ints := NewEnv[int, string]().Define(1, "one")
	c := ints.Child().Define(2, "two")
	_, _, err := c.Lookup(3)
	fmt.Println(c, errors.Is(err, ErrUnbound), err)
	type pos struct{ l, c int }
	pe := NewEnv[pos, []string]().Define(pos{1, 2}, []string{"a"})
	v, _, _ := pe.Child().Lookup(pos{1, 2})
	fmt.Println(v, len(pe.vars))
}
