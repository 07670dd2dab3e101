package main

import (
	"errors"
	"fmt"
	"math"
)

var (
	ErrNaN = errors.New("nan gradient")
	ErrInf = errors.New("inf gradient")
)

type GradError struct {
	Param string
	Step  int
	Kind  error
}

func (e *GradError) Error() string {
	return fmt.Sprintf("step %d: param %q: %v", e.Step, e.Param, e.Kind)
}

func (e *GradError) Is(target error) bool { return target == e.Kind }

func check(step int, grads map[string]float64, order []string) error {
	var errs []error
	for _, name := range order {
		g := grads[name]
		switch {
		case math.IsNaN(g):
			errs = append(errs, &GradError{name, step, ErrNaN})
		case math.IsInf(g, 0):
			errs = append(errs, &GradError{name, step, ErrInf})
		}
	}
	return errors.Join(errs...)
}

func train() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("training aborted: %v", r)
		}
	}()
	w, b := 1.0, 0.0
	order := []string{"w", "b"}
	for step := 0; step < 6; step++ {
		x := float64(step)
		logit := w*x + b
		// deliberately unstable: log of something that goes to zero
		p := 1 - logit/4
		grads := map[string]float64{
			"w": -x / (4 * p) * math.Log(p+1),
			"b": 1 / p,
		}
		if e := check(step, grads, order); e != nil {
			if errors.Is(e, ErrInf) {
				panic(e)
			}
			return fmt.Errorf("check: %w", e)
		}
		fmt.Printf("step %d ok w=%.4f b=%.4f\n", step, grads["w"], grads["b"])
	}
	return nil
}

func main() {
	err := train()
	fmt.Println("result:", err)
	e := check(9, map[string]float64{"a": math.NaN(), "b": math.Inf(-1), "c": 1}, []string{"a", "b", "c"})
	fmt.Println(e)
	fmt.Println(errors.Is(e, ErrNaN), errors.Is(e, ErrInf))
	var ge *GradError
	fmt.Println(errors.As(e, &ge), ge.Param)
	fmt.Println(check(0, map[string]float64{"a": 1}, []string{"a"}) == nil)
}
