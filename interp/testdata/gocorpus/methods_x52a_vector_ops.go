package main

import (
	"fmt"
	"math"
)

type Vec3 struct{ X, Y, Z float64 }

func (a Vec3) Add(b Vec3) Vec3      { return Vec3{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3) Sub(b Vec3) Vec3      { return Vec3{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec3) Scale(s float64) Vec3 { return Vec3{a.X * s, a.Y * s, a.Z * s} }
func (a Vec3) Dot(b Vec3) float64   { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec3) Cross(b Vec3) Vec3 {
	return Vec3{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}
func (a Vec3) Len() float64 { return math.Sqrt(a.Dot(a)) }
func (a Vec3) Unit() Vec3   { return a.Scale(1 / a.Len()) }

type Mat3 [3]Vec3

func (m Mat3) Apply(v Vec3) Vec3 { return Vec3{m[0].Dot(v), m[1].Dot(v), m[2].Dot(v)} }

func (m Mat3) Det() float64 { return m[0].Dot(m[1].Cross(m[2])) }

func (m *Mat3) Orthonormalize() {
	m[0] = m[0].Unit()
	m[1] = m[1].Sub(m[0].Scale(m[0].Dot(m[1]))).Unit()
	m[2] = m[0].Cross(m[1])
}

func RotZ(theta float64) Mat3 {
	c, s := math.Cos(theta), math.Sin(theta)
	return Mat3{{c, -s, 0}, {s, c, 0}, {0, 0, 1}}
}

func (m Mat3) Print() {
	for _, r := range m {
		fmt.Printf("[%8.4f %8.4f %8.4f]\n", r.X, r.Y, r.Z)
	}
}

func main() {
	a, b := Vec3{1, 2, 3}, Vec3{4, 5, 6}
	fmt.Printf("%v %+v\n", a.Add(b), a.Cross(b))
	fmt.Printf("dot=%.1f |a|=%.4f\n", a.Dot(b), a.Len())
	r := RotZ(math.Pi / 6)
	r.Print()
	fmt.Printf("det=%.6f\n", r.Det())
	v := Vec3{1, 0, 0}
	for i := 0; i < 3; i++ {
		v = r.Apply(v)
		fmt.Printf("rot %d: (%.4f, %.4f, %.4f)\n", i+1, v.X, v.Y, v.Z)
	}
	m := Mat3{{1, 1, 0}, {1, 0, 1}, {0, 0, 0}}
	m.Orthonormalize()
	m.Print()
	fmt.Printf("det=%.4f %T\n", m.Det(), m)
	p := &m
	fmt.Printf("%.3f\n", p.Apply(Vec3{1, 1, 1}).Len())
}
