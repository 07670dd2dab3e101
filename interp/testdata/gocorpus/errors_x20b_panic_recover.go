package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type NaNError struct {
	Step  int
	Param string
}

func (e *NaNError) Error() string { return fmt.Sprintf("NaN in %s at step %d", e.Param, e.Step) }

func checkFinite(step int, params map[string]float64) {
	for _, k := range []string{"w", "b"} {
		if v := params[k]; math.IsNaN(v) || math.IsInf(v, 0) {
			panic(&NaNError{step, k})
		}
	}
}

func train(lr float64) (steps int, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch e := r.(type) {
		case *NaNError:
			err = fmt.Errorf("training diverged: %w", e)
		case error:
			err = fmt.Errorf("runtime: %w", e)
		default:
			err = fmt.Errorf("unknown panic: %v", e)
		}
	}()
	p := map[string]float64{"w": 1, "b": 0}
	for steps = 0; steps < 500; steps++ {
		g := 2 * p["w"] * 10
		p["w"] -= lr * g * p["w"]
		p["b"] += lr
		checkFinite(steps, p)
	}
	return steps, nil
}

func safeIndex(xs []float64, i int) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return xs[i], nil
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(interface{ RuntimeError() }); ok {
				_ = re
				err = fmt.Errorf("caught runtime error: %v", r)
			}
		}
	}()
	return a / b, nil
}

func main() {
	for _, lr := range []float64{0.001, 0.5} {
		n, err := train(lr)
		fmt.Println(lr, n, err)
		var ne *NaNError
		if errors.As(err, &ne) {
			fmt.Println("  param:", ne.Param, "step:", ne.Step)
		}
	}
	v, err := safeIndex([]float64{1, 2}, 5)
	fmt.Println(v, err)
	fmt.Println(divide(7, 2))
	fmt.Println(divide(1, 0))
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r, strings.Contains(fmt.Sprint(r), "nil map"))
		}()
		var m map[string]int
		m["x"] = 1
	}()
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2, recover:", recover())
	}()
	panic(fmt.Sprintf("final %d", 42))
}
