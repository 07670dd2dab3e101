package main

import (
	"errors"
	"fmt"
	"math"
)

type StepError struct {
	Step int
	Err  error
}

func (e *StepError) Error() string { return fmt.Sprintf("step %d: %v", e.Step, e.Err) }
func (e *StepError) Unwrap() error { return e.Err }

var ErrBlowUp = errors.New("solution blew up")

func safeRun(name string, f func() float64) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case error:
				err = fmt.Errorf("%s: recovered error: %w", name, x)
			case string:
				err = fmt.Errorf("%s: recovered: %s", name, x)
			default:
				err = fmt.Errorf("%s: recovered %T: %v", name, x, x)
			}
		}
	}()
	return f(), nil
}

func integrate(k, h float64, steps int) float64 {
	y := 1.0
	for i := 1; i <= steps; i++ {
		y += h * k * y
		if math.IsInf(y, 0) || math.Abs(y) > 1e100 {
			panic(&StepError{i, ErrBlowUp})
		}
	}
	return y
}

func main() {
	cases := []struct {
		name string
		f    func() float64
	}{
		{"stable", func() float64 { return integrate(-1, 0.1, 50) }},
		{"blowup", func() float64 { return integrate(50, 1, 100) }},
		{"index", func() float64 {
			xs := []float64{1, 2, 3}
			i := len(xs)
			return xs[i]
		}},
		{"message", func() float64 { panic("negative variance") }},
		{"intdiv", func() float64 {
			a, b := 7, 0
			return float64(a / b)
		}},
		{"custom", func() float64 { panic(struct{ Code int }{42}) }},
		{"nilmap", func() float64 {
			var m map[string]float64
			m["x"] = 1
			return m["x"]
		}},
	}
	for _, c := range cases {
		v, err := safeRun(c.name, c.f)
		if err != nil {
			var se *StepError
			fmt.Println("ERR", err)
			if errors.As(err, &se) {
				fmt.Printf("    at step %d, blowup=%t\n", se.Step, errors.Is(err, ErrBlowUp))
			}
			continue
		}
		fmt.Printf("OK  %s = %.6f\n", c.name, v)
	}
}
