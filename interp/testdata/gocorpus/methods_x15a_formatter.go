package main

import (
	"fmt"
	"strings"
)

type Vec struct{ X, Y, Z float64 }

func (v Vec) String() string { return fmt.Sprintf("(%g, %g, %g)", v.X, v.Y, v.Z) }

func (v Vec) GoString() string { return fmt.Sprintf("Vec{%g,%g,%g}", v.X, v.Y, v.Z) }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y, v.Z + o.Z} }
func (v Vec) Scale(f float64) Vec { return Vec{v.X * f, v.Y * f, v.Z * f} }
func (v *Vec) Normalize() {
	l := v.X*v.X + v.Y*v.Y + v.Z*v.Z
	if l == 0 {
		return
	}
	inv := 1 / sqrt(l)
	v.X, v.Y, v.Z = v.X*inv, v.Y*inv, v.Z*inv
}

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

type Matrix [2][2]int

func (m Matrix) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "[[%d %d] [%d %d]]", m[0][0], m[0][1], m[1][0], m[1][1])
			return
		}
		fmt.Fprintf(f, "M(%d,%d;%d,%d)", m[0][0], m[0][1], m[1][0], m[1][1])
	case 's':
		w, ok := f.Width()
		s := fmt.Sprintf("%d %d\n%d %d", m[0][0], m[0][1], m[1][0], m[1][1])
		if ok {
			lines := strings.Split(s, "\n")
			for i := range lines {
				lines[i] = fmt.Sprintf("%*s", w, lines[i])
			}
			s = strings.Join(lines, "\n")
		}
		fmt.Fprint(f, s)
	default:
		fmt.Fprintf(f, "%%!%c(Matrix)", verb)
	}
}

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

type Err struct{ code int }

func (e *Err) Error() string  { return fmt.Sprintf("E%03d", e.code) }
func (e *Err) String() string { return "never used" }

type Level int

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

func main() {
	v := Vec{3, 0, 4}
	fmt.Println(v, v.Add(Vec{1, 1, 1}).Scale(0.5))
	fmt.Printf("%v %+v %#v %s\n", v, v, v, v)
	p := &v
	p.Normalize()
	fmt.Printf("%.2f %v\n", v.X, *p)
	vs := []Vec{{1, 2, 3}, {}}
	fmt.Printf("%v %#v\n", vs, vs)
	m := Matrix{{1, 1}, {1, 0}}
	r := m
	for i := 0; i < 9; i++ {
		r = r.Mul(m)
	}
	fmt.Printf("%v | %+v | %d\n", r, r, r)
	fmt.Printf("%6s\n", m)
	fmt.Println(m)
	var e error = &Err{7}
	fmt.Println(e)
	fmt.Printf("%v %s %q\n", e, e, e)
	lv := []Level{2, 0, 1}
	fmt.Println(lv, Level(1))
	fmt.Printf("%d %x %q\n", lv, Level(2), Level(0))
	type pair struct {
		L Level
		V *Vec
	}
	fmt.Printf("%v %+v\n", pair{1, nil}, pair{2, nil})
	mm := map[Level]Vec{1: {1, 1, 1}, 0: {}}
	fmt.Println(mm)
}
