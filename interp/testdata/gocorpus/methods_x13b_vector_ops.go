package main

import (
	"fmt"
	"math"
)

type Vec struct{ X, Y, Z float64 }

func (a Vec) Add(b Vec) Vec       { return Vec{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec) Sub(b Vec) Vec       { return Vec{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec) Scale(k float64) Vec { return Vec{a.X * k, a.Y * k, a.Z * k} }
func (a Vec) Dot(b Vec) float64   { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec) Cross(b Vec) Vec {
	return Vec{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}
func (a Vec) Len() float64 { return math.Sqrt(a.Dot(a)) }
func (a Vec) Norm() Vec {
	l := a.Len()
	if l == 0 {
		return a
	}
	return a.Scale(1 / l)
}
func (a Vec) String() string { return fmt.Sprintf("(%.3g, %.3g, %.3g)", a.X, a.Y, a.Z) }

func (a *Vec) Normalize() { *a = a.Norm() }

type Mat3 [3][3]float64

func Identity() (m Mat3) {
	for i := range 3 {
		m[i][i] = 1
	}
	return
}

func RotZ(theta float64) Mat3 {
	s, c := math.Sincos(theta)
	return Mat3{{c, -s, 0}, {s, c, 0}, {0, 0, 1}}
}

func (m Mat3) Mul(n Mat3) (r Mat3) {
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				r[i][j] += m[i][k] * n[k][j]
			}
		}
	}
	return
}

func (m Mat3) Apply(v Vec) Vec {
	in := [3]float64{v.X, v.Y, v.Z}
	var out [3]float64
	for i := range 3 {
		for k := range 3 {
			out[i] += m[i][k] * in[k]
		}
	}
	return Vec{out[0], out[1], out[2]}
}

func main() {
	a, b := Vec{1, 2, 3}, Vec{-2, 0.5, 4}
	fmt.Println(a.Add(b), a.Sub(b), a.Scale(-1.5))
	fmt.Println(a.Dot(b), a.Cross(b), a.Cross(b).Dot(a))
	fmt.Printf("%.6f %v\n", a.Len(), a.Norm())
	c := b
	c.Normalize()
	fmt.Println(b, c, math.Abs(c.Len()-1) < 1e-12)
	ops := map[string]func(Vec, Vec) Vec{"add": Vec.Add, "sub": Vec.Sub, "cross": Vec.Cross}
	for _, name := range []string{"add", "cross", "sub"} {
		fmt.Println(name, ops[name](a, b))
	}
	scale := a.Scale
	fmt.Println(scale(2), scale(0))
	r := RotZ(math.Pi / 2)
	fmt.Println(r.Apply(Vec{1, 0, 0}))
	full := Identity()
	for range 4 {
		full = full.Mul(r)
	}
	fmt.Println(full.Apply(a))
	fmt.Println(Identity() == Identity().Mul(Identity()), Vec{} == Vec{0, 0, 0})
	normalize := (*Vec).Normalize
	d := Vec{0, 3, 4}
	normalize(&d)
	fmt.Println(d)
}
