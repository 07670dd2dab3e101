package main

import (
	"fmt"
	"strings"
)

// Methods can be called on nil pointers; design for it in recursive types.
// Maps in structs must be initialised before writing: lazy-init in methods.

type IntList struct {
	Val  int
	Next *IntList
}

func (l *IntList) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.Next.Len()
}

func (l *IntList) Sum() int {
	if l == nil {
		return 0
	}
	return l.Val + l.Next.Sum()
}

func (l *IntList) String() string {
	var parts []string
	for n := l; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "(" + strings.Join(parts, " ") + ")"
}

func (l *IntList) Prepend(v int) *IntList { return &IntList{v, l} }

type Registry struct {
	entries map[string][]string
}

// Add lazily initialises the map so the zero Registry is usable.
func (r *Registry) Add(key, val string) {
	if r.entries == nil {
		r.entries = make(map[string][]string)
	}
	r.entries[key] = append(r.entries[key], val)
}

func (r *Registry) Get(key string) []string {
	if r == nil {
		return nil
	}
	return r.entries[key]
}

type Config struct {
	Parent *Config
	values map[string]string
}

func (c *Config) Lookup(k string) (string, bool) {
	for cur := c; cur != nil; cur = cur.Parent {
		if v, ok := cur.values[k]; ok {
			return v, true
		}
	}
	return "", false
}

type Logger struct{ prefix string }

func (l *Logger) Printf(format string, args ...any) {
	if l == nil {
		return // a nil *Logger discards output
	}
	fmt.Printf(l.prefix+format+"\n", args...)
}

type Server struct {
	log *Logger
}

func main() {
	var list *IntList
	fmt.Println(list.Len(), list.Sum(), list)
	for i := range 4 {
		list = list.Prepend(i * i)
	}
	fmt.Println(list.Len(), list.Sum(), list)

	var reg Registry
	reg.Add("a", "1")
	reg.Add("a", "2")
	fmt.Println(reg.Get("a"), reg.Get("b") == nil)
	var nilReg *Registry
	fmt.Println(nilReg.Get("x"), len(nilReg.Get("x")))

	root := &Config{values: map[string]string{"env": "prod", "region": "eu"}}
	child := &Config{Parent: root, values: map[string]string{"env": "dev"}}
	for _, k := range []string{"env", "region", "zone"} {
		v, ok := child.Lookup(k)
		fmt.Printf("%s=%q(%v) ", k, v, ok)
	}
	fmt.Println()
	var none *Config
	fmt.Println(none.Lookup("env"))

	quiet := Server{}
	quiet.log.Printf("never printed %d", 1)
	loud := Server{log: &Logger{prefix: "[srv] "}}
	loud.log.Printf("started on port %d", 8080)

	// Value receiver on a nil pointer panics: the pointer must be dereferenced.
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		var p *Point
		fmt.Println(p.Norm1())
	}()
}

type Point struct{ X, Y int }

func (p Point) Norm1() int { return abs(p.X) + abs(p.Y) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
