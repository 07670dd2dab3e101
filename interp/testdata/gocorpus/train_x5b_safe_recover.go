// Exercises: defer/recover in a safe-train wrapper returning an error through a named result, runtime errors as error values
package main

import (
	"errors"
	"fmt"
	"math"
)

type DivergedError struct {
	Step int
	Loss float64
}

func (e DivergedError) Error() string {
	return fmt.Sprintf("diverged at step %d (loss %g)", e.Step, e.Loss)
}

func train(lr float64, steps int, data []float64) float64 {
	w := 1.0
	for s := 0; s < steps; s++ {
		x := data[s] // may be out of range
		grad := 2 * (w*x - 1) * x
		w -= lr * grad
		loss := (w*x - 1) * (w*x - 1)
		if math.IsInf(loss, 0) || loss > 1e6 {
			panic(DivergedError{s, loss})
		}
	}
	return w
}

func safeTrain(lr float64, steps int, data []float64) (w float64, err error) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
		case error:
			err = fmt.Errorf("safeTrain(lr=%g): %w", lr, v)
		default:
			err = fmt.Errorf("safeTrain: %v", v)
		}
	}()
	w = train(lr, steps, data)
	return w, nil
}

func main() {
	data := []float64{1, 2, 3, 4, 5, 6, 7, 8}
	for _, c := range []struct {
		lr    float64
		steps int
	}{{0.01, 8}, {0.5, 8}, {0.01, 10}} {
		w, err := safeTrain(c.lr, c.steps, data)
		fmt.Printf("lr=%g steps=%d w=%.4f err=%v\n", c.lr, c.steps, w, err)
		var d DivergedError
		if errors.As(err, &d) {
			fmt.Println("  diverged at", d.Step)
		}
	}
	func() {
		defer func() { fmt.Println("recovered string:", recover()) }()
		panic("lr must be positive")
	}()
	fmt.Println("done")
}
