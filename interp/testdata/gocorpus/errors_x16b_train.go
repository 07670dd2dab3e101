package main

import (
	"errors"
	"fmt"
	"math"
)

var (
	ErrDiverged = errors.New("training diverged")
	ErrPlateau  = errors.New("loss plateaued")
)

type EpochError struct {
	Epoch int
	Loss  float64
	Err   error
}

func (e EpochError) Error() string {
	return fmt.Sprintf("epoch %d (loss %.3g): %v", e.Epoch, e.Loss, e.Err)
}
func (e EpochError) Unwrap() error { return e.Err }

func train(lr float64, patience int) (w float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("train(lr=%g) panicked: %v", lr, r)
		}
	}()
	w = 4
	best, stale := math.Inf(1), 0
	for e := 0; e < 100; e++ {
		loss := (w - 1) * (w - 1)
		if math.IsInf(loss, 0) || loss > 1e8 {
			return w, &EpochError{e, loss, ErrDiverged}
		}
		if loss < best-1e-6 {
			best, stale = loss, 0
		} else if stale++; stale >= patience {
			return w, EpochError{e, loss, ErrPlateau}
		}
		if lr == 0 {
			var hist []float64
			_ = hist[e]
		}
		w -= lr * 2 * (w - 1)
	}
	return w, nil
}

func main() {
	for _, lr := range []float64{0.1, 1.5, 1.0, 0} {
		w, err := train(lr, 3)
		var ee EpochError
		var pe *EpochError
		switch {
		case err == nil:
			fmt.Printf("lr=%g converged w=%.4f\n", lr, w)
		case errors.As(err, &pe):
			fmt.Printf("lr=%g pointer epoch error at %d: %v diverged=%v\n", lr, pe.Epoch, err, errors.Is(err, ErrDiverged))
		case errors.As(err, &ee):
			fmt.Printf("lr=%g epoch error at %d: %v plateau=%v\n", lr, ee.Epoch, err, errors.Is(err, ErrPlateau))
		default:
			fmt.Printf("lr=%g other: %v\n", lr, err)
		}
	}
	wrapped := fmt.Errorf("run 3: %w", fmt.Errorf("stage 2: %w", EpochError{7, 0.5, ErrPlateau}))
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrPlateau), errors.Unwrap(errors.Unwrap(wrapped)) != nil)
}
