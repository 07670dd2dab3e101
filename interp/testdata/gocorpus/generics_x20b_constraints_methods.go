package main

import (
	"fmt"
	"math"
	"strings"
)

type Model[In, Out any] interface {
	Predict(In) Out
	Name() string
}

type Linear struct{ W, B float64 }

func (l Linear) Predict(x float64) float64 { return l.W*x + l.B }
func (l Linear) Name() string              { return fmt.Sprintf("linear(%.2f,%.2f)", l.W, l.B) }

type Threshold struct {
	Inner Model[float64, float64]
	At    float64
}

func (t Threshold) Predict(x float64) bool { return t.Inner.Predict(x) >= t.At }
func (t Threshold) Name() string           { return "thresh[" + t.Inner.Name() + "]" }

func Evaluate[In, Out comparable](m Model[In, Out], xs []In, ys []Out) float64 {
	ok := 0
	for i, x := range xs {
		if m.Predict(x) == ys[i] {
			ok++
		}
	}
	return float64(ok) / float64(len(xs))
}

func MSE[M Model[float64, float64]](m M, xs, ys []float64) float64 {
	s := 0.0
	for i, x := range xs {
		d := m.Predict(x) - ys[i]
		s += d * d
	}
	return s / float64(len(xs))
}

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

type Named interface{ Name() string }

func Names[T Named](ms ...T) string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Name()
	}
	return strings.Join(out, ", ")
}

func main() {
	lin := Linear{2, -1}
	xs := []float64{0, 0.5, 1, 1.5, 2}
	ys := []float64{-1, 0.1, 0.9, 2.1, 3}
	fmt.Printf("%s mse=%.4f\n", lin.Name(), MSE(lin, xs, ys))
	th := Threshold{lin, 0.5}
	labels := []bool{false, false, true, true, true}
	fmt.Printf("%s acc=%.4f\n", th.Name(), Evaluate[float64, bool](th, xs, labels))
	var s Stack[Model[float64, float64]]
	s.Push(lin)
	s.Push(Linear{1, 0})
	for {
		m, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Printf("%s: %.4f\n", m.Name(), m.Predict(math.Pi))
	}
	fmt.Println(Names(lin, Linear{0, 1}))
	fmt.Println(Names[Named](lin, th))
}
