// Exercises: panics on bad shapes recovered by a test helper, r.(error) for runtime errors, re-panic with fmt values
package main

import (
	"fmt"
	"strings"
)

func Dot(a, b []float64) float64 {
	if len(a) != len(b) {
		panic(fmt.Sprintf("Dot: length %d vs %d", len(a), len(b)))
	}
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func expectPanic(name string, f func()) (msg string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			msg = name + ": no panic"
		case error:
			msg = name + ": runtime: " + v.Error()
		case string:
			msg = name + ": " + v
		default:
			msg = fmt.Sprintf("%s: other %T %v", name, v, v)
		}
	}()
	f()
	return "unreachable"
}

type shapeErr struct{ got, want int }

func main() {
	fmt.Println(expectPanic("ok", func() { Dot([]float64{1}, []float64{2}) }))
	fmt.Println(expectPanic("dot", func() { Dot([]float64{1, 2}, []float64{3}) }))
	fmt.Println(expectPanic("index", func() {
		w := make([]float64, 2)
		i := 2
		w[i] = 1
	}))
	fmt.Println(expectPanic("nil", func() {
		var m map[string][]float64
		m["w"] = nil
	}))
	fmt.Println(expectPanic("custom", func() { panic(shapeErr{3, 4}) }))
	var sb strings.Builder
	fmt.Println(expectPanic("div", func() { a, b := 1, 0; sb.WriteString(fmt.Sprint(a / b)) }))
}
