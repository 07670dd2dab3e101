package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c Counter) Value() int     { return c.n }
func (c Counter) String() string { return fmt.Sprintf("%s:%d", c.name, c.n) }

type Incrementer interface{ Inc() }
type Valuer interface{ Value() int }

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }
func (p *Path) Push(s string) { *p = append(*p, s) }
func (p *Path) Pop() string {
	old := *p
	last := old[len(old)-1]
	*p = old[:len(old)-1]
	return last
}

type IntList struct {
	Val  int
	Next *IntList
}

func (l *IntList) Sum() int {
	if l == nil {
		return 0
	}
	return l.Val + l.Next.Sum()
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.Inc()
	var inc Incrementer = &c
	inc.Inc()
	var v Valuer = c
	fmt.Println(c.Value(), v.Value(), c)
	var v2 Valuer = &c
	c.Inc()
	fmt.Println(v2.Value(), v.Value())
	fmt.Println(&c)
	counters := []Counter{{name: "a"}, {name: "b"}}
	for i := range counters {
		counters[i].Inc()
	}
	for _, ct := range counters {
		ct.Inc()
	}
	fmt.Println(counters)
	m := map[string]*Counter{"x": {name: "x"}}
	m["x"].Inc()
	fmt.Println(m["x"])
	var p Path
	p.Push("usr")
	p.Push("local")
	p.Push("bin")
	fmt.Println(p, p.Pop(), p)
	list := &IntList{1, &IntList{2, &IntList{3, nil}}}
	fmt.Println(list.Sum())
	var empty *IntList
	fmt.Println(empty.Sum())
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(3, 4))
	apply := Op.Apply
	fmt.Println(apply(func(a, b int) int { return a * b }, 5, 6))
	valueOf := Counter.Value
	fmt.Println(valueOf(c))
	incOf := (*Counter).Inc
	incOf(&c)
	fmt.Println(c.String())
}
