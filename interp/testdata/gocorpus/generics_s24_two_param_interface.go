package main

import "fmt"

// Model is a generic interface of two type parameters, as course code
// writes a predictor.
type Model[In, Out any] interface {
	Predict(In) Out
}

type Threshold struct{ At float64 }

func (t Threshold) Predict(x float64) bool { return x >= t.At }

type Scale struct{ K float64 }

func (s Scale) Predict(x float64) float64 { return s.K * x }

func Evaluate[In, Out comparable](m Model[In, Out], xs []In, want []Out) float64 {
	right := 0
	for i, x := range xs {
		if m.Predict(x) == want[i] {
			right++
		}
	}
	return float64(right) / float64(len(xs))
}

func main() {
	var m Model[float64, bool] = Threshold{0.5}
	fmt.Println(m.Predict(0.7), m.Predict(0.2))
	fmt.Println(Evaluate(m, []float64{0.1, 0.6, 0.9}, []bool{false, true, false}))
	models := []Model[float64, float64]{Scale{2}, Scale{0.5}}
	for _, s := range models {
		fmt.Printf("%T %v\n", s, s.Predict(4))
	}
	if t, ok := m.(Threshold); ok {
		fmt.Println("threshold at", t.At)
	}
}
