package main

import (
	"fmt"
	"math"
)

type Dual struct{ Re, Eps float64 }

func (a Dual) Add(b Dual) Dual { return Dual{a.Re + b.Re, a.Eps + b.Eps} }
func (a Dual) Mul(b Dual) Dual { return Dual{a.Re * b.Re, a.Re*b.Eps + a.Eps*b.Re} }
func (a Dual) Sin() Dual       { return Dual{math.Sin(a.Re), math.Cos(a.Re) * a.Eps} }
func (a Dual) Scale(k float64) Dual {
	a.Re *= k
	a.Eps *= k
	return a
}

// f(x, y) = sin(x*y) + 3x + x*x*y
func fDual(x, y Dual) Dual {
	return x.Mul(y).Sin().Add(x.Scale(3)).Add(x.Mul(x).Mul(y))
}

type rnode struct {
	v   float64
	g   float64
	par []struct {
		n *rnode
		w float64
	}
}

func (n *rnode) link(p *rnode, w float64) {
	n.par = append(n.par, struct {
		n *rnode
		w float64
	}{p, w})
}

func rev(x, y float64) (float64, float64, float64) {
	X, Y := &rnode{v: x}, &rnode{v: y}
	xy := &rnode{v: x * y}
	xy.link(X, y)
	xy.link(Y, x)
	s := &rnode{v: math.Sin(xy.v)}
	s.link(xy, math.Cos(xy.v))
	xx := &rnode{v: x * x}
	xx.link(X, 2*x)
	xxy := &rnode{v: xx.v * y}
	xxy.link(xx, y)
	xxy.link(Y, xx.v)
	out := &rnode{v: s.v + 3*x + xxy.v}
	out.link(s, 1)
	out.link(X, 3)
	out.link(xxy, 1)
	order := []*rnode{out, xxy, xx, s, xy}
	out.g = 1
	for _, n := range order {
		for _, p := range n.par {
			p.n.g += p.w * n.g
		}
	}
	return out.v, X.g, Y.g
}

func main() {
	pts := [][2]float64{{0.5, 1}, {1, -2}, {-1.5, 0.25}}
	for _, p := range pts {
		dx := fDual(Dual{p[0], 1}, Dual{p[1], 0})
		dy := fDual(Dual{p[0], 0}, Dual{p[1], 1})
		v, gx, gy := rev(p[0], p[1])
		fmt.Printf("(%.2f,%.2f) f=%.6f fwd=(%.6f, %.6f) rev=(%.6f, %.6f) same=%t\n",
			p[0], p[1], dx.Re, dx.Eps, dy.Eps, gx, gy,
			math.Abs(dx.Eps-gx) < 1e-12 && math.Abs(dy.Eps-gy) < 1e-12 && v == dx.Re)
	}
	d := Dual{2, 1}
	e := d.Scale(5)
	fmt.Println(d, e, d == Dual{2, 1})
}
