package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }
func (c Counter) IncCopy()   { c.n++ }
func (c Counter) String() string {
	return fmt.Sprintf("%s:%d", c.name, c.n)
}

type Incrementer interface{ Inc() }
type Valuer interface{ Value() int }

type Wrapper struct {
	Counter
	tag string
}

type PtrWrapper struct {
	*Counter
}

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.IncCopy()
	c.Inc()
	fmt.Println(c.Value(), c)

	// method values bind the receiver at evaluation time
	f := c.Value
	g := c.Inc
	c.n = 50
	g()
	fmt.Println(f(), c.n)

	// method expressions
	h := (*Counter).Inc
	h(&c)
	fmt.Println(Counter.Value(c))

	// interface satisfaction: *Counter has Inc, Counter does not
	var inc Incrementer = &c
	inc.Inc()
	fmt.Println(c)

	var v Valuer = c
	c.Inc()
	fmt.Println(v.Value(), c.Value())

	var vp Valuer = &c
	c.Inc()
	fmt.Println(vp.Value())

	// embedding promotes methods
	w := Wrapper{Counter{"w", 0}, "t"}
	w.Inc()
	w.Counter.Inc()
	fmt.Println(w.Value(), w)
	fmt.Printf("%v %+v\n", w, w)

	var _ Incrementer = &w
	pw := PtrWrapper{&Counter{"p", 7}}
	var inc2 Incrementer = pw
	inc2.Inc()
	fmt.Println(pw.Counter.n, pw)

	// slices of structs: range copies
	cs := []Counter{{"a", 1}, {"b", 2}}
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)

	// map values are not addressable; must reassign
	m := map[string]Counter{"k": {"k", 1}}
	tmp := m["k"]
	tmp.Inc()
	m["k"] = tmp
	fmt.Println(m)

	mp := map[string]*Counter{"k": {"k", 1}}
	mp["k"].Inc()
	fmt.Println(mp["k"])

	fmt.Printf("%T %T %T\n", c, &c, inc)
}
