package main

import (
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Run(input string) (string, error)
}

type Configurable interface {
	Configure(map[string]string) error
}

type registry struct {
	plugins map[string]Plugin
}

func (r *registry) Register(p Plugin) {
	if r.plugins == nil {
		r.plugins = make(map[string]Plugin)
	}
	r.plugins[p.Name()] = p
}

type reverse struct{}

func (reverse) Name() string { return "reverse" }
func (reverse) Run(s string) (string, error) {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r), nil
}

type repeat struct{ n int }

func (*repeat) Name() string { return "repeat" }
func (p *repeat) Run(s string) (string, error) {
	if p.n <= 0 {
		return "", fmt.Errorf("repeat: bad count %d", p.n)
	}
	return strings.Repeat(s, p.n), nil
}
func (p *repeat) Configure(c map[string]string) error {
	_, err := fmt.Sscan(c["n"], &p.n)
	return err
}

type funcPlugin struct {
	name string
	f    func(string) string
}

func (f funcPlugin) Name() string                 { return f.name }
func (f funcPlugin) Run(s string) (string, error) { return f.f(s), nil }

func main() {
	var r registry
	r.Register(reverse{})
	r.Register(&repeat{})
	r.Register(funcPlugin{"upper", strings.ToUpper})
	r.Register(funcPlugin{"trim", strings.TrimSpace})
	names := make([]string, 0, len(r.plugins))
	for n := range r.plugins {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names)
	pipeline := []string{"trim", "repeat", "reverse", "upper"}
	input := "  abc "
	for round := 0; round < 2; round++ {
		if round == 1 {
			for _, p := range r.plugins {
				if c, ok := p.(Configurable); ok {
					fmt.Println("configure", p.Name(), c.Configure(map[string]string{"n": "3"}))
				}
			}
		}
		s := input
		for _, n := range pipeline {
			out, err := r.plugins[n].Run(s)
			if err != nil {
				fmt.Println("failed:", err)
				break
			}
			s = out
			fmt.Printf("  %-8s -> %q\n", n, s)
		}
	}
	var p Plugin
	fmt.Println(p == nil)
	var rp *repeat
	p = rp
	fmt.Println(p == nil, p.Name())
}
