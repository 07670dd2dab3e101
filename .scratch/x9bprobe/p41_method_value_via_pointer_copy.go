package main

import "fmt"

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) PGet() int { return t.n }

func main() {
	p := &T{1}
	f := p.Get  // copies *p now
	g := p.PGet // binds p
	p.n = 2
	fmt.Println(f(), g())
	var i interface{ Get() int } = *p
	p.n = 3
	fmt.Println(i.Get(), p.Get())
	ts := []T{{10}, {20}}
	fs := []func() int{}
	for _, t := range ts {
		fs = append(fs, t.Get)
	}
	ts[0].n = 99
	fmt.Println(fs[0](), fs[1](), ts[0].Get())
}
