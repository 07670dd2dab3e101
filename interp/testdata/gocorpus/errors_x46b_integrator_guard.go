package main

import (
	"errors"
	"fmt"
	"math"
)

type DivergedError struct {
	Step  int
	Value float64
}

func (e *DivergedError) Error() string {
	return fmt.Sprintf("diverged at step %d (value %g)", e.Step, e.Value)
}

var ErrStepTooLarge = errors.New("step size too large")

func integrate(k, dt float64, steps int) (y float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("integrate(k=%g, dt=%g): recovered: %v", k, dt, r)
		}
	}()
	if dt <= 0 {
		panic("non-positive dt")
	}
	if k*dt > 2.5 {
		return 0, fmt.Errorf("k*dt=%.2f: %w", k*dt, ErrStepTooLarge)
	}
	y = 1
	for i := 1; i <= steps; i++ {
		y += -k * y * dt
		if math.Abs(y) > 1e6 {
			return y, &DivergedError{Step: i, Value: y}
		}
	}
	return y, nil
}

func main() {
	cases := []struct{ k, dt float64 }{
		{1, 0.1}, {10, 0.1}, {10, 0.21}, {10, 0.3}, {1, 0}, {5, 0.01},
	}
	for _, c := range cases {
		y, err := integrate(c.k, c.dt, 200)
		var de *DivergedError
		switch {
		case err == nil:
			fmt.Printf("k=%-4g dt=%-5g y=%.6e exact=%.6e\n", c.k, c.dt, y, math.Exp(-c.k*c.dt*200))
		case errors.As(err, &de):
			fmt.Printf("k=%-4g dt=%-5g DIVERGED step=%d: %v\n", c.k, c.dt, de.Step, err)
		case errors.Is(err, ErrStepTooLarge):
			fmt.Printf("k=%-4g dt=%-5g REJECTED: %v\n", c.k, c.dt, err)
		default:
			fmt.Printf("k=%-4g dt=%-5g ERROR: %v\n", c.k, c.dt, err)
		}
	}
}
