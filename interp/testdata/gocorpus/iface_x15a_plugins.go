package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Process(string) (string, error)
}

type Initializer interface {
	Init(cfg map[string]string) error
}

type Closer interface{ Close() error }

var registry = map[string]func() Plugin{}

func Register(name string, factory func() Plugin) {
	if _, dup := registry[name]; dup {
		panic("duplicate plugin " + name)
	}
	registry[name] = factory
}

type upper struct{}

func (upper) Name() string                     { return "upper" }
func (upper) Process(s string) (string, error) { return strings.ToUpper(s), nil }

type replacer struct {
	old, new string
	uses     int
}

func (r *replacer) Name() string { return "replace" }
func (r *replacer) Init(cfg map[string]string) error {
	var ok bool
	if r.old, ok = cfg["old"]; !ok {
		return errors.New("replace: missing 'old'")
	}
	r.new = cfg["new"]
	return nil
}
func (r *replacer) Process(s string) (string, error) {
	r.uses++
	return strings.ReplaceAll(s, r.old, r.new), nil
}
func (r *replacer) Close() error { fmt.Println("replace closed after", r.uses, "uses"); return nil }

type limiter struct{ max int }

func (l limiter) Name() string { return "limit" }
func (l limiter) Process(s string) (string, error) {
	if len(s) > l.max {
		return "", fmt.Errorf("limit: %d > %d", len(s), l.max)
	}
	return s, nil
}

var (
	_ Plugin      = upper{}
	_ Plugin      = (*replacer)(nil)
	_ Initializer = (*replacer)(nil)
	_ Closer      = (*replacer)(nil)
)

func init() {
	Register("upper", func() Plugin { return upper{} })
	Register("replace", func() Plugin { return &replacer{} })
	Register("limit", func() Plugin { return limiter{24} })
}

func build(names []string, cfg map[string]string) ([]Plugin, error) {
	var ps []Plugin
	for _, n := range names {
		f, ok := registry[n]
		if !ok {
			return nil, fmt.Errorf("unknown plugin %q", n)
		}
		p := f()
		if in, ok := p.(Initializer); ok {
			if err := in.Init(cfg); err != nil {
				return nil, err
			}
		}
		ps = append(ps, p)
	}
	return ps, nil
}

func main() {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("registered:", names)
	chain, err := build([]string{"replace", "upper", "limit"}, map[string]string{"old": "cat", "new": "dog"})
	fmt.Println(len(chain), err)
	for _, in := range []string{"the cat sat", "concatenate cats", "a very long catalogue of cats"} {
		s := in
		var err error
		for _, p := range chain {
			if s, err = p.Process(s); err != nil {
				break
			}
		}
		fmt.Printf("%-32q -> %q %v\n", in, s, err)
	}
	for _, p := range chain {
		if c, ok := p.(Closer); ok {
			c.Close()
		}
	}
	_, err = build([]string{"replace"}, nil)
	fmt.Println(err)
	_, err = build([]string{"upper", "nope"}, nil)
	fmt.Println(err)
	defer func() { fmt.Println("recovered:", recover()) }()
	Register("upper", nil)
}
