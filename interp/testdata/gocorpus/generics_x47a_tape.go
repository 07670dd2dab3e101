package main

import (
	"fmt"
	"math"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Len() int { return len(s.items) }

type entry struct {
	out     int
	inputs  []int
	partial []float64
}

type Tape struct {
	vals  []float64
	stack Stack[entry]
}

type Var struct {
	t  *Tape
	id int
}

func (t *Tape) New(x float64) Var {
	t.vals = append(t.vals, x)
	return Var{t, len(t.vals) - 1}
}

func (v Var) Val() float64 { return v.t.vals[v.id] }

func (t *Tape) record(x float64, ins []int, ps []float64) Var {
	out := t.New(x)
	t.stack.Push(entry{out.id, ins, ps})
	return out
}

func (a Var) Mul(b Var) Var {
	return a.t.record(a.Val()*b.Val(), []int{a.id, b.id}, []float64{b.Val(), a.Val()})
}
func (a Var) Add(b Var) Var { return a.t.record(a.Val()+b.Val(), []int{a.id, b.id}, []float64{1, 1}) }
func (a Var) Log() Var      { return a.t.record(math.Log(a.Val()), []int{a.id}, []float64{1 / a.Val()}) }
func (a Var) Sin() Var {
	return a.t.record(math.Sin(a.Val()), []int{a.id}, []float64{math.Cos(a.Val())})
}

func (t *Tape) Grad(out Var) []float64 {
	g := make([]float64, len(t.vals))
	g[out.id] = 1
	for {
		e, ok := t.stack.Pop()
		if !ok {
			break
		}
		for i, in := range e.inputs {
			g[in] += e.partial[i] * g[e.out]
		}
	}
	return g
}

func Sum[T interface{ ~float64 | ~int }](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	t := &Tape{}
	x1 := t.New(2)
	x2 := t.New(5)
	y := x1.Log().Add(x1.Mul(x2)).Add(x2.Sin().Mul(t.New(-1)))
	fmt.Printf("y = %.5f, tape length %d\n", y.Val(), t.stack.Len())
	g := t.Grad(y)
	fmt.Printf("dy/dx1 = %.5f (expect %.5f)\n", g[x1.id], 1/2.0+5)
	fmt.Printf("dy/dx2 = %.5f (expect %.5f)\n", g[x2.id], 2-math.Cos(5))
	fmt.Println("after grad tape length:", t.stack.Len())
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, _ := s.Pop()
	fmt.Println(v, s.Len(), Sum(1, 2, 3), Sum(g...))
}
