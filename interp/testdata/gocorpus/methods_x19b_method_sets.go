package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Val() int { return c.n }

type Incer interface{ Inc() }
type Valer interface{ Val() int }

type Box struct {
	Counter
	items map[string]Counter
	list  []Counter
}

type Temp float64

func (t *Temp) Warm(d float64) { *t += Temp(d) }

func main() {
	var c Counter
	c.Inc() // addressable: (&c).Inc()
	fmt.Println(c.Val())

	var i Incer = &c
	i.Inc()
	var v Valer = c
	fmt.Println(c.n, v.Val())
	v = &c
	fmt.Println(v.Val())

	_, ok := any(c).(Incer)
	_, ok2 := any(&c).(Incer)
	fmt.Println(ok, ok2)

	b := Box{items: map[string]Counter{"a": {1}}, list: []Counter{{5}}}
	b.Inc()
	b.Counter.Inc()
	b.list[0].Inc() // slice elements are addressable
	fmt.Println(b.Val(), b.list[0].Val())
	tmp := b.items["a"]
	tmp.Inc()
	b.items["a"] = tmp
	fmt.Println(b.items["a"].Val())

	var bi Incer = &b
	bi.Inc()
	fmt.Println(b.n)

	ptrs := map[string]*Counter{"p": {10}}
	ptrs["p"].Inc()
	fmt.Println(ptrs["p"].Val())

	var t Temp = 20
	t.Warm(1.5)
	tp := &t
	tp.Warm(0.5)
	fmt.Println(t)

	arr := [2]Counter{}
	arr[1].Inc()
	for _, a := range arr {
		a.Inc()
	}
	for i := range arr {
		arr[i].Inc()
	}
	fmt.Println(arr)

	f := (&c).Inc
	f()
	g := c.Val
	c.Inc()
	fmt.Println(c.n, g())
	fmt.Printf("%T %T\n", (*Counter).Val, Counter.Val)
}
