package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type Plugin interface {
	Name() string
	Transform(s string) (string, error)
}

var (
	registry = map[string]Plugin{}
	order    []string
)

func Register(p Plugin) {
	if _, dup := registry[p.Name()]; dup {
		panic("plugin registered twice: " + p.Name())
	}
	registry[p.Name()] = p
	order = append(order, p.Name())
}

type funcPlugin struct {
	name string
	fn   func(string) (string, error)
}

func (f funcPlugin) Name() string                       { return f.name }
func (f funcPlugin) Transform(s string) (string, error) { return f.fn(s) }

type reverse struct{}

func (reverse) Name() string { return "reverse" }
func (reverse) Transform(s string) (string, error) {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r), nil
}

type caesar struct{ shift int }

func (c caesar) Name() string { return "caesar" + strconv.Itoa(c.shift) }
func (c caesar) Transform(s string) (string, error) {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(c.shift))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(c.shift))%26
		}
		return r
	}, s), nil
}

func init() {
	Register(reverse{})
	Register(caesar{3})
	Register(caesar{13})
}

func init() {
	Register(funcPlugin{"upper", func(s string) (string, error) { return strings.ToUpper(s), nil }})
	Register(funcPlugin{"ascii-only", func(s string) (string, error) {
		for i, r := range s {
			if r > unicode.MaxASCII {
				return "", fmt.Errorf("non-ascii %q at byte %d", r, i)
			}
		}
		return s, nil
	}})
}

var ErrUnknown = errors.New("unknown plugin")

func Pipeline(spec string) func(string) (string, error) {
	names := strings.Split(spec, "|")
	return func(in string) (string, error) {
		out := in
		for _, n := range names {
			p, ok := registry[strings.TrimSpace(n)]
			if !ok {
				return "", fmt.Errorf("%q: %w", n, ErrUnknown)
			}
			var err error
			if out, err = p.Transform(out); err != nil {
				return "", fmt.Errorf("%s: %w", p.Name(), err)
			}
		}
		return out, nil
	}
}

func main() {
	fmt.Println("registration order:", order)
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("sorted:", names)

	inputs := []string{"Hello, Gopher!", "naïve café"}
	for _, spec := range []string{"reverse", "caesar3 | upper", "caesar13|caesar13", "ascii-only|reverse", "upper|shout"} {
		p := Pipeline(spec)
		for _, in := range inputs {
			out, err := p(in)
			fmt.Printf("%-20s %-16q -> %q %v\n", spec, in, out, err)
		}
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Register(caesar{3})
	}()
	fmt.Printf("%#v %#v\n", registry["caesar13"], registry["reverse"])
}
