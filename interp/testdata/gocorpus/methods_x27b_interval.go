package main

import (
	"fmt"
	"math"
)

type Interval struct{ Lo, Hi float64 }

func I(x float64) Interval { return Interval{x, x} }

func (a Interval) Add(b Interval) Interval { return Interval{a.Lo + b.Lo, a.Hi + b.Hi} }
func (a Interval) Sub(b Interval) Interval { return Interval{a.Lo - b.Hi, a.Hi - b.Lo} }
func (a Interval) Mul(b Interval) Interval {
	p := [4]float64{a.Lo * b.Lo, a.Lo * b.Hi, a.Hi * b.Lo, a.Hi * b.Hi}
	lo, hi := p[0], p[0]
	for _, v := range p[1:] {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	return Interval{lo, hi}
}
func (a Interval) Width() float64          { return a.Hi - a.Lo }
func (a Interval) Contains(x float64) bool { return a.Lo <= x && x <= a.Hi }
func (a Interval) Mid() float64            { return (a.Lo + a.Hi) / 2 }
func (a Interval) String() string          { return fmt.Sprintf("[%.6f, %.6f]", a.Lo, a.Hi) }

// f(x) = x^3 - 2x - 5
func F(x Interval) Interval {
	return x.Mul(x).Mul(x).Sub(I(2).Mul(x)).Sub(I(5))
}

func isolate(x Interval, tol float64, depth int, out *[]Interval) {
	fx := F(x)
	if !fx.Contains(0) {
		return
	}
	if x.Width() < tol || depth == 0 {
		*out = append(*out, x)
		return
	}
	m := x.Mid()
	isolate(Interval{x.Lo, m}, tol, depth-1, out)
	isolate(Interval{m, x.Hi}, tol, depth-1, out)
}

func main() {
	x := Interval{1, 3}
	fmt.Println("x      =", x)
	fmt.Println("x*x    =", x.Mul(x))
	fmt.Println("x-x    =", x.Sub(x), "(dependency problem)")
	fmt.Println("F(x)   =", F(x))
	var roots []Interval
	isolate(Interval{-4, 4}, 1e-6, 60, &roots)
	fmt.Println("candidate boxes:", len(roots))
	merged := []Interval{}
	for _, r := range roots {
		if n := len(merged); n > 0 && merged[n-1].Hi >= r.Lo {
			merged[n-1].Hi = r.Hi
			continue
		}
		merged = append(merged, r)
	}
	for _, r := range merged {
		fmt.Printf("root in %v mid=%.6f f(mid)=%.2e\n", r, r.Mid(), F(I(r.Mid())).Lo)
	}
	add := Interval.Add
	fmt.Println(add(I(1), Interval{-0.5, 0.5}))
	p := &x
	fmt.Println(p.Width(), *p)
}
