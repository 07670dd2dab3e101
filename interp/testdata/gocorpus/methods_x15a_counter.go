package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name  string
	count int
}

func (c *Counter) Inc()          { c.count++ }
func (c *Counter) Add(n int)     { c.count += n }
func (c Counter) Value() int     { return c.count }
func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.count) }

type Registry struct {
	counters map[string]*Counter
}

func (r *Registry) Get(name string) *Counter {
	if r.counters == nil {
		r.counters = make(map[string]*Counter)
	}
	c, ok := r.counters[name]
	if !ok {
		c = &Counter{name: name}
		r.counters[name] = c
	}
	return c
}

func (r *Registry) Dump() string {
	names := make([]string, 0, len(r.counters))
	for n := range r.counters {
		names = append(names, n)
	}
	sort.Strings(names)
	parts := []string{}
	for _, n := range names {
		parts = append(parts, r.counters[n].String())
	}
	return strings.Join(parts, ", ")
}

func apply(n int, f func()) {
	for i := 0; i < n; i++ {
		f()
	}
}

func main() {
	var reg Registry
	hits := reg.Get("hits")
	inc := hits.Inc // method value bound to pointer
	apply(5, inc)
	addTo := (*Counter).Add // method expression
	addTo(reg.Get("misses"), 3)
	addTo(hits, 10)

	val := hits.Value // method value with value receiver copies now
	hits.Inc()
	fmt.Println("bound value:", val(), "current:", hits.Value())

	valueOf := Counter.Value
	fmt.Println("expr value:", valueOf(*hits))

	str := fmt.Stringer(*reg.Get("misses"))
	reg.Get("misses").Inc()
	fmt.Println("stringer snapshot:", str, "now:", reg.Get("misses"))

	ops := map[string]func(*Counter){
		"inc":    (*Counter).Inc,
		"double": func(c *Counter) { c.Add(c.Value()) },
		"reset":  func(c *Counter) { c.count = 0 },
	}
	script := []string{"inc", "double", "double", "inc", "reset", "inc", "double"}
	c := reg.Get("script")
	for _, op := range script {
		ops[op](c)
		fmt.Print(c.Value(), " ")
	}
	fmt.Println()

	arr := []Counter{{"a", 1}, {"b", 2}}
	for _, x := range arr {
		x.Inc()
	}
	fmt.Println(arr)
	for i := range arr {
		arr[i].Inc()
	}
	fmt.Println(arr)
	fs := []func() int{}
	for i := range arr {
		fs = append(fs, arr[i].Value)
	}
	arr[0].Add(100)
	for _, f := range fs {
		fmt.Print(f(), ";")
	}
	fmt.Println()
	fmt.Println(reg.Dump())
	fmt.Printf("%T | %T | %T\n", (*Counter).Inc, Counter.String, hits.Add)
}
