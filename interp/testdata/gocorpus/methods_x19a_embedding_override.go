package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  *[]string
}

func (l Logger) Logf(format string, args ...any) {
	*l.lines = append(*l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Base struct {
	Logger
	Name string
	hits int
}

func (b *Base) Describe() string { return "base:" + b.Name }
func (b *Base) Hit()             { b.hits++; b.Logf("hit %s (%d)", b.Describe(), b.hits) }
func (b Base) Hits() int         { return b.hits }

type Cache struct {
	*Base
	store map[string]string
}

func (c *Cache) Describe() string { return fmt.Sprintf("cache:%s[%d]", c.Name, len(c.store)) }

type Describer interface{ Describe() string }
type Hitter interface {
	Hit()
	Hits() int
}

type Tiered struct {
	Cache
	L2 Cache
}

func (t Tiered) Describe() string {
	return "tiered(" + t.Cache.Describe() + "," + t.L2.Describe() + ")"
}

func main() {
	var lines []string
	mk := func(name string) *Base { return &Base{Logger: Logger{"[" + name + "] ", &lines}, Name: name} }
	c := &Cache{Base: mk("c1"), store: map[string]string{"a": "1"}}
	c.Hit()
	c.Hit()
	fmt.Println(c.Describe(), c.Base.Describe(), c.Hits())

	t := Tiered{Cache: Cache{mk("l1"), map[string]string{}}, L2: Cache{mk("l2"), map[string]string{"x": "", "y": ""}}}
	t.Hit()
	t.L2.Hit()
	var ds []Describer = []Describer{c, c.Base, t, &t, &t.L2, &t.Cache}
	for _, d := range ds {
		fmt.Printf("%-26T %s\n", d, d.Describe())
	}
	var h Hitter = c
	h.Hit()
	h = t
	h.Hit()
	fmt.Println(c.Hits(), t.Hits(), t.L2.Hits())
	f := (*Base).Hit
	f(c.Base)
	g := c.Describe
	c.store["new"] = "v"
	fmt.Println(g(), c.Hits())
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Printf("%q %+v\n", t.L2.prefix, struct {
		N string
		H int
	}{t.L2.Name, t.L2.hits})
}
