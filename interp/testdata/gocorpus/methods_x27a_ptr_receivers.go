package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()            { c.n++ }
func (c Counter) Value() int       { return c.n }
func (c Counter) String() string   { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Reset() *Counter { c.n = 0; return c }

type Incer interface{ Inc() }
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

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func main() {
	c := Counter{name: "a"}
	c.Inc()
	c.Inc()
	fmt.Println(c, c.Value())

	var i Incer = &c
	i.Inc()
	fmt.Println(c)

	var v Valuer = c
	c.Inc()
	fmt.Println(v.Value(), c.Value())

	_, ok := interface{}(c).(Incer)
	_, ok2 := interface{}(&c).(Incer)
	fmt.Println(ok, ok2)

	f := c.Value
	c.Inc()
	fmt.Println(f(), c.Value())

	g := (*Counter).Inc
	g(&c)
	h := Counter.Value
	fmt.Println(h(c))

	fmt.Println(c.Reset().Value())

	counters := []Counter{{name: "x"}, {name: "y"}}
	for _, k := range counters {
		k.Inc()
	}
	fmt.Println(counters)
	for i := range counters {
		counters[i].Inc()
	}
	fmt.Println(counters)

	m := map[string]*Counter{"p": {name: "p"}}
	m["p"].Inc()
	fmt.Println(*m["p"])

	var p Path
	p.Push("usr")
	p.Push("local")
	p.Push("bin")
	fmt.Println(p, p.Pop(), p)

	temps := []Celsius{-40, 0, 37, 100}
	for _, t := range temps {
		fmt.Printf("%.1f ", t.F())
	}
	fmt.Println()
	fmt.Printf("%v %+v\n", &c, c)
}
