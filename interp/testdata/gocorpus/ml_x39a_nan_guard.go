package main

import (
	"errors"
	"fmt"
	"math"
)

type DivergenceError struct {
	Epoch int
	Loss  float64
}

func (e DivergenceError) Error() string {
	return fmt.Sprintf("training diverged at epoch %d (loss=%v)", e.Epoch, e.Loss)
}

func checkFinite(epoch int, loss float64) {
	if math.IsNaN(loss) || math.IsInf(loss, 0) || loss > 1e12 {
		panic(DivergenceError{epoch, loss})
	}
}

type Trainer struct {
	W, B   float64
	Log    []string
	xs, ys []float64
}

func (t *Trainer) epoch(lr float64) float64 {
	var gw, gb, loss float64
	n := float64(len(t.xs))
	for i, x := range t.xs {
		e := t.W*x + t.B - t.ys[i]
		loss += e * e / n
		gw += 2 * e * x / n
		gb += 2 * e / n
	}
	t.W -= lr * gw
	t.B -= lr * gb
	return loss
}

func (t *Trainer) Fit(lr float64, epochs int) (final float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			var de DivergenceError
			if e, ok := r.(error); ok && errors.As(e, &de) {
				err = fmt.Errorf("lr=%g: %w", lr, de)
				return
			}
			panic(r)
		}
	}()
	defer func() { t.Log = append(t.Log, fmt.Sprintf("fit(lr=%g) done", lr)) }()
	for e := 0; e < epochs; e++ {
		final = t.epoch(lr)
		checkFinite(e, final)
	}
	return final, nil
}

func main() {
	xs := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	ys := make([]float64, len(xs))
	for i, x := range xs {
		ys[i] = 3*x + 2
	}
	for _, lr := range []float64{0.001, 0.01, 0.02, 0.05, 0.5} {
		t := &Trainer{xs: xs, ys: ys}
		loss, err := t.Fit(lr, 300)
		var de DivergenceError
		switch {
		case errors.As(err, &de):
			fmt.Printf("lr=%-6g DIVERGED epoch=%d\n", lr, de.Epoch)
			fmt.Println("   ", err)
		case err != nil:
			fmt.Println("unexpected:", err)
		default:
			fmt.Printf("lr=%-6g loss=%.3e w=%.4f b=%.4f\n", lr, loss, t.W, t.B)
		}
		fmt.Println("   log:", t.Log)
	}
	func() {
		defer func() {
			r := recover()
			fmt.Printf("other panic passed through: %v (%T)\n", r, r)
		}()
		t := &Trainer{xs: xs, ys: ys[:3]}
		t.Fit(0.01, 1)
	}()
	fmt.Println(math.NaN() == math.NaN(), math.IsInf(math.Inf(-1), -1), 0.1+0.2 == 0.3)
}
