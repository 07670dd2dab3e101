package main

import (
	"fmt"
	"slices"
	"strings"
)

type Config map[string]string

type Codec interface {
	Name() string
	Encode(string) string
	Decode(string) (string, error)
}

type Factory func(Config) (Codec, error)

var registry = map[string]Factory{}

func Register(name string, f Factory) {
	if _, dup := registry[name]; dup {
		panic("duplicate codec " + name)
	}
	registry[name] = f
}

type rot struct{ n int }

func (r rot) Name() string { return fmt.Sprintf("rot%d", r.n) }
func (r rot) shift(s string, by int) string {
	return strings.Map(func(c rune) rune {
		if c >= 'a' && c <= 'z' {
			return 'a' + (c-'a'+rune(by)+26)%26
		}
		return c
	}, s)
}
func (r rot) Encode(s string) string          { return r.shift(s, r.n) }
func (r rot) Decode(s string) (string, error) { return r.shift(s, -r.n), nil }

type reverse struct{}

func (reverse) Name() string { return "reverse" }
func (reverse) Encode(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}
func (x reverse) Decode(s string) (string, error) { return x.Encode(s), nil }

type pipeline []Codec

func (p pipeline) Name() string {
	names := make([]string, len(p))
	for i, c := range p {
		names[i] = c.Name()
	}
	return strings.Join(names, "|")
}
func (p pipeline) Encode(s string) string {
	for _, c := range p {
		s = c.Encode(s)
	}
	return s
}
func (p pipeline) Decode(s string) (string, error) {
	for i := len(p) - 1; i >= 0; i-- {
		var err error
		if s, err = p[i].Decode(s); err != nil {
			return "", err
		}
	}
	return s, nil
}

func init() {
	Register("rot", func(c Config) (Codec, error) {
		n := 13
		if v, ok := c["n"]; ok {
			if _, err := fmt.Sscan(v, &n); err != nil {
				return nil, fmt.Errorf("rot: bad n %q: %w", v, err)
			}
		}
		return rot{n}, nil
	})
	Register("reverse", func(Config) (Codec, error) { return reverse{}, nil })
}

func Build(spec string) (Codec, error) {
	var p pipeline
	for _, part := range strings.Split(spec, ",") {
		name, arg, _ := strings.Cut(part, ":")
		f, ok := registry[name]
		if !ok {
			return nil, fmt.Errorf("unknown codec %q", name)
		}
		cfg := Config{}
		if arg != "" {
			cfg["n"] = arg
		}
		c, err := f(cfg)
		if err != nil {
			return nil, err
		}
		p = append(p, c)
	}
	return p, nil
}

func main() {
	for _, spec := range []string{"rot", "rot:3,reverse", "reverse,rot:1,rot:2", "zip", "rot:x"} {
		c, err := Build(spec)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		enc := c.Encode("hello, world")
		dec, _ := c.Decode(enc)
		fmt.Printf("%-22s %q -> %q\n", c.Name(), enc, dec)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	Register("rot", nil)
}
