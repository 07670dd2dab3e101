package main

import (
	"fmt"
	"math"
)

type Val struct {
	V, G float64
	back func()
	prev []*Val
	op   string
}

func lit(v float64) *Val { return &Val{V: v, op: "lit"} }

func maxv(a, b *Val) *Val {
	out := &Val{V: math.Max(a.V, b.V), prev: []*Val{a, b}, op: "max"}
	out.back = func() {
		if a.V >= b.V {
			a.G += out.G
		} else {
			b.G += out.G
		}
	}
	return out
}

func mul(a, b *Val) *Val {
	out := &Val{V: a.V * b.V, prev: []*Val{a, b}, op: "*"}
	out.back = func() { a.G += b.V * out.G; b.G += a.V * out.G }
	return out
}

func add(a, b *Val) *Val {
	out := &Val{V: a.V + b.V, prev: []*Val{a, b}, op: "+"}
	out.back = func() { a.G += out.G; b.G += out.G }
	return out
}

func backward(root *Val) {
	var topo []*Val
	seen := map[*Val]bool{}
	var build func(*Val)
	build = func(v *Val) {
		if seen[v] {
			return
		}
		seen[v] = true
		for _, p := range v.prev {
			build(p)
		}
		topo = append(topo, v)
	}
	build(root)
	root.G = 1
	for i := len(topo) - 1; i >= 0; i-- {
		if topo[i].back != nil {
			topo[i].back()
		}
	}
}

func main() {
	x, y, z, w := lit(3), lit(-4), lit(2), lit(-1)
	// f = 2 * (x*y + max(z, w))
	f := mul(lit(2), add(mul(x, y), maxv(z, w)))
	backward(f)
	fmt.Printf("f=%g dx=%g dy=%g dz=%g dw=%g\n", f.V, x.G, y.G, z.G, w.G)
	// shared node: q = x*x used twice
	a := lit(1.5)
	q := mul(a, a)
	g := add(q, mul(q, lit(3)))
	backward(g)
	fmt.Printf("g=%g dg/da=%g (expect %g)\n", g.V, a.G, 8*a.V)
	// relu as max with 0
	for _, v := range []float64{-2, 0, 2} {
		in := lit(v)
		r := maxv(in, lit(0))
		backward(r)
		fmt.Printf("relu(%g)=%g grad=%g\n", v, r.V, in.G)
	}
}
