package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Init(cfg map[string]string) error
}

type Transformer interface {
	Plugin
	Transform(string) string
}

type Closer interface{ Close() error }

type upper struct{ initialized bool }

func (*upper) Name() string                   { return "upper" }
func (u *upper) Init(map[string]string) error { u.initialized = true; return nil }
func (*upper) Transform(s string) string      { return strings.ToUpper(s) }

type replacer struct {
	from, to string
	closed   bool
}

func (*replacer) Name() string { return "replace" }
func (r *replacer) Init(cfg map[string]string) error {
	var ok bool
	if r.from, ok = cfg["from"]; !ok {
		return errors.New("replace: missing 'from'")
	}
	r.to = cfg["to"]
	return nil
}
func (r *replacer) Transform(s string) string { return strings.ReplaceAll(s, r.from, r.to) }
func (r *replacer) Close() error              { r.closed = true; return nil }

type metrics struct{}

func (metrics) Name() string                 { return "metrics" }
func (metrics) Init(map[string]string) error { return nil }

type Registry struct {
	factories map[string]func() Plugin
	active    []Plugin
}

func NewRegistry() *Registry { return &Registry{factories: map[string]func() Plugin{}} }

func (r *Registry) Register(name string, f func() Plugin) {
	if _, dup := r.factories[name]; dup {
		panic("duplicate plugin " + name)
	}
	r.factories[name] = f
}

func (r *Registry) Load(name string, cfg map[string]string) error {
	f, ok := r.factories[name]
	if !ok {
		return fmt.Errorf("unknown plugin %q", name)
	}
	p := f()
	if err := p.Init(cfg); err != nil {
		return fmt.Errorf("init %s: %w", name, err)
	}
	r.active = append(r.active, p)
	return nil
}

func (r *Registry) Apply(s string) string {
	for _, p := range r.active {
		if t, ok := p.(Transformer); ok {
			s = t.Transform(s)
		}
	}
	return s
}

func (r *Registry) Shutdown() (closed []string) {
	for _, p := range r.active {
		if c, ok := p.(Closer); ok && c.Close() == nil {
			closed = append(closed, p.Name())
		}
	}
	return
}

func main() {
	reg := NewRegistry()
	reg.Register("upper", func() Plugin { return &upper{} })
	reg.Register("replace", func() Plugin { return &replacer{} })
	reg.Register("metrics", func() Plugin { return metrics{} })
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reg.Register("upper", nil)
	}()
	loads := []struct {
		name string
		cfg  map[string]string
	}{
		{"replace", map[string]string{"from": "cat", "to": "dog"}},
		{"metrics", nil},
		{"upper", nil},
		{"replace", map[string]string{"to": "x"}},
		{"nope", nil},
	}
	for _, l := range loads {
		if err := reg.Load(l.name, l.cfg); err != nil {
			fmt.Println("load error:", err)
		}
	}
	got := reg.Apply("the cat sat")
	fmt.Println(got, got == "THE DOG SAT")
	fmt.Println("closed:", reg.Shutdown())
	names := make([]string, 0)
	for n := range reg.factories {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names, len(reg.active))
	for _, p := range reg.active {
		_, isT := p.(Transformer)
		fmt.Printf("%-8s %-16T transformer=%v\n", p.Name(), p, isT)
	}
}
