package main

import "fmt"

type FF struct{ name string }

type M interface{ Name() string }

func (f *FF) Name() string { return f.name }

func id(p *FF) *FF { return p }

func main() {
	var a []M
	for _, n := range []string{"a", "b"} {
		f := &FF{n}
		a = append(a, f)
	}
	fmt.Println("var", a[0].Name(), a[1].Name())
	var b []M
	for _, n := range []string{"a", "b"} {
		b = append(b, func() M { f := &FF{n}; return f }())
	}
	fmt.Println("litvar", b[0].Name(), b[1].Name())
	var c []M
	for _, n := range []string{"a", "b"} {
		c = append(c, id(&FF{n}))
	}
	fmt.Println("id", c[0].Name(), c[1].Name())
	var d []M
	for _, n := range []string{"a", "b"} {
		d = append(d, func(p *FF) M { return p }(&FF{n}))
	}
	fmt.Println("litparam", d[0].Name(), d[1].Name())
	var e []M
	for _, n := range []string{"a", "b"} {
		p := new(FF)
		*p = FF{n}
		e = append(e, p)
	}
	fmt.Println("new", e[0].Name(), e[1].Name())
	var g []any
	for _, n := range []string{"a", "b"} {
		g = append(g, &FF{n})
	}
	fmt.Println("any", g[0].(M).Name(), g[1].(M).Name())
	var h []*FF
	for _, n := range []string{"a", "b"} {
		h = append(h, &FF{n})
	}
	fmt.Println("ptrs", h[0].Name(), h[1].Name())
}
