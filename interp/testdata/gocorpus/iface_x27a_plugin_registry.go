package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Run(input string) (string, error)
}

type Configurable interface {
	Configure(opts map[string]string) error
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Upper struct{ Base }

func (Upper) Run(s string) (string, error) { return strings.ToUpper(s), nil }

type Repeat struct {
	Base
	times int
}

func (r *Repeat) Configure(opts map[string]string) error {
	n, ok := opts["times"]
	if !ok {
		return errors.New("times required")
	}
	_, err := fmt.Sscanf(n, "%d", &r.times)
	return err
}

func (r *Repeat) Run(s string) (string, error) {
	if r.times <= 0 {
		return "", fmt.Errorf("%s: not configured", r.name)
	}
	return strings.Repeat(s, r.times), nil
}

type FuncPlugin func(string) (string, error)

func (f FuncPlugin) Name() string                 { return "func" }
func (f FuncPlugin) Run(s string) (string, error) { return f(s) }

var registry = map[string]func() Plugin{}

func Register(name string, factory func() Plugin) {
	if _, dup := registry[name]; dup {
		panic("duplicate plugin " + name)
	}
	registry[name] = factory
}

func init() {
	Register("upper", func() Plugin { return Upper{Base{"upper"}} })
	Register("repeat", func() Plugin { return &Repeat{Base: Base{"repeat"}} })
	Register("rev", func() Plugin {
		return FuncPlugin(func(s string) (string, error) {
			r := []rune(s)
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			return string(r), nil
		})
	})
}

func pipeline(input string, steps ...string) (string, error) {
	cur := input
	for _, st := range steps {
		name, args, _ := strings.Cut(st, ":")
		factory, ok := registry[name]
		if !ok {
			return "", fmt.Errorf("unknown plugin %q", name)
		}
		p := factory()
		if c, ok := p.(Configurable); ok {
			opts := map[string]string{}
			for kv := range strings.SplitSeq(args, ",") {
				if k, v, ok := strings.Cut(kv, "="); ok {
					opts[k] = v
				}
			}
			if err := c.Configure(opts); err != nil {
				return "", fmt.Errorf("configure %s: %w", p.Name(), err)
			}
		}
		out, err := p.Run(cur)
		if err != nil {
			return "", err
		}
		cur = out
	}
	return cur, nil
}

func main() {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names)
	for _, steps := range [][]string{
		{"upper", "rev"},
		{"repeat:times=3", "upper"},
		{"repeat"},
		{"repeat:times=x"},
		{"nope"},
	} {
		out, err := pipeline("go!", steps...)
		fmt.Printf("%v => %q %v\n", steps, out, err)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Register("upper", nil)
	}()
}
