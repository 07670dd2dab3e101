package main

import (
	"errors"
	"fmt"
	"math"
)

type NaNError struct {
	Step  int
	Where string
}

func (e NaNError) Error() string {
	return fmt.Sprintf("step %d: non-finite value in %s", e.Step, e.Where)
}

var ErrDiverged = errors.New("training diverged")

func check(step int, where string, vals ...float64) error {
	for _, v := range vals {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return NaNError{step, where}
		}
	}
	return nil
}

func train(lr float64, steps int) (w float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic during training: %v", r)
		}
	}()
	w = 1.0
	for s := 0; s < steps; s++ {
		// f(w) = w^4, grad = 4 w^3
		g := 4 * w * w * w
		if err := check(s, "grad", g); err != nil {
			return w, fmt.Errorf("%w: %w", ErrDiverged, err)
		}
		w -= lr * g
		if math.Abs(w) > 1e100 {
			panic(fmt.Sprintf("weight exploded to %.3g", w))
		}
	}
	return w, nil
}

func logSoftmaxNaive(xs []float64) []float64 {
	sum := 0.0
	for _, x := range xs {
		sum += math.Exp(x)
	}
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = x - math.Log(sum)
	}
	return out
}

func main() {
	for _, lr := range []float64{0.01, 0.3, 2.0} {
		w, err := train(lr, 50)
		var ne NaNError
		switch {
		case err == nil:
			fmt.Printf("lr=%v ok w=%.5f\n", lr, w)
		case errors.As(err, &ne):
			fmt.Printf("lr=%v NaN at step %d (%v) diverged=%v\n", lr, ne.Step, err, errors.Is(err, ErrDiverged))
		default:
			fmt.Printf("lr=%v error: %v\n", lr, err)
		}
	}
	big := []float64{1000, 1001, 1002}
	ls := logSoftmaxNaive(big)
	fmt.Println(ls, check(0, "logsoftmax", ls...))
	fmt.Println(math.NaN() == math.NaN(), math.Inf(1) > math.MaxFloat64, -math.Inf(1))
	fmt.Printf("%v %.2f %5.1f|\n", math.NaN(), math.Inf(-1), math.Inf(1))
}
