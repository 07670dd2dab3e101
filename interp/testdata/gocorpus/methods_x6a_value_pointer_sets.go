// Exercises: value vs pointer receivers, range copies, slice element pointer methods, auto-addressing, method sets of interfaces
package main

import "fmt"

type Counter struct{ N int }

func (c *Counter) Inc()    { c.N++ }
func (c Counter) Get() int { return c.N }
func (c Counter) Bumped() Counter {
	c.N += 100
	return c
}

type Getter interface{ Get() int }
type Incer interface {
	Inc()
	Get() int
}

func main() {
	cs := []Counter{{1}, {2}, {3}}
	for _, c := range cs {
		c.Inc()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	p := &cs[0]
	p.Inc()
	fmt.Println(cs[0].Get(), p.Get(), p.Bumped().N, cs[0].N)
	var g Getter = cs[1]
	cs[1].Inc()
	fmt.Println(g.Get(), cs[1].Get())
	var inc Incer = &cs[2]
	inc.Inc()
	fmt.Println(inc.Get(), cs[2].N)
	m := map[string]*Counter{"a": {5}}
	m["a"].Inc()
	fmt.Println(m["a"].N)
	arr := [2]Counter{}
	arr[1].Inc()
	brr := arr
	brr[1].Inc()
	fmt.Println(arr, brr)
	_, isIncer := g.(Incer)
	fmt.Println(isIncer)
}
