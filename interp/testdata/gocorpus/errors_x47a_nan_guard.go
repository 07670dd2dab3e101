package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

type DivergedError struct {
	Step int
	Loss float64
}

func (e DivergedError) Error() string {
	return "training diverged at step " + strconv.Itoa(e.Step) + ": loss=" + strconv.FormatFloat(e.Loss, 'g', -1, 64)
}

func train(lr float64, steps int) (w float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("train(lr=%v): %v", lr, r)
		}
	}()
	w = 5
	for s := 0; s < steps; s++ {
		loss := w * w * w * w
		if math.IsInf(loss, 0) || math.IsNaN(loss) {
			return w, DivergedError{s, loss}
		}
		grad := 4 * w * w * w
		w -= lr * grad
	}
	if math.Abs(w) > 1e6 {
		panic("weight exploded")
	}
	return w, nil
}

func parseRates(ss []string) ([]float64, error) {
	var out []float64
	var errs []error
	for _, s := range ss {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, f)
	}
	return out, errors.Join(errs...)
}

func main() {
	rates, err := parseRates([]string{"0.001", "abc", "0.01", "1e-1", "", "0.5"})
	fmt.Println("rates:", rates)
	fmt.Println("parse errors:")
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println("as NumError:", errors.As(err, &ne), ne.Func, ne.Num)
	for _, lr := range rates {
		w, err := train(lr, 30)
		var de DivergedError
		switch {
		case errors.As(err, &de):
			fmt.Printf("lr=%-6v diverged at %d (%v)\n", lr, de.Step, de.Loss)
		case err != nil:
			fmt.Printf("lr=%-6v error: %v\n", lr, err)
		default:
			fmt.Printf("lr=%-6v w=%.6f\n", lr, w)
		}
	}
	_, err = train(0.02, 3)
	fmt.Printf("%v | %T\n", err, err)
}
