package main

import (
	"errors"
	"fmt"
	"math"
)

type HyperParams struct {
	LearningRate float64
	Epochs       int
	BatchSize    int
	Dropout      float64
}

type FieldError struct {
	Field string
	Value any
	Msg   string
}

func (e FieldError) Error() string { return fmt.Sprintf("%s=%v: %s", e.Field, e.Value, e.Msg) }

func (h HyperParams) Validate() error {
	var errs []error
	if h.LearningRate <= 0 || math.IsNaN(h.LearningRate) {
		errs = append(errs, FieldError{"LearningRate", h.LearningRate, "must be positive"})
	}
	if h.Epochs < 1 {
		errs = append(errs, FieldError{"Epochs", h.Epochs, "must be >= 1"})
	}
	if h.BatchSize&(h.BatchSize-1) != 0 || h.BatchSize == 0 {
		errs = append(errs, FieldError{"BatchSize", h.BatchSize, "must be a power of two"})
	}
	if h.Dropout < 0 || h.Dropout >= 1 {
		errs = append(errs, FieldError{"Dropout", h.Dropout, "must be in [0,1)"})
	}
	return errors.Join(errs...)
}

func mustTrain(h HyperParams) (steps int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  recovered:", r)
			steps = -1
		}
	}()
	if err := h.Validate(); err != nil {
		panic(fmt.Errorf("invalid config: %w", err))
	}
	return h.Epochs * (1000 / h.BatchSize)
}

func main() {
	configs := []HyperParams{
		{0.01, 10, 32, 0.5},
		{-1, 0, 30, 1.2},
		{math.NaN(), 5, 64, 0},
		{0.1, 3, 0, 0.1},
	}
	for i, c := range configs {
		fmt.Printf("config %d: %+v\n", i, c)
		err := c.Validate()
		if err == nil {
			fmt.Println("  ok")
		} else {
			fmt.Printf("  invalid:\n%v\n", err)
			var fe FieldError
			if errors.As(err, &fe) {
				fmt.Printf("  first field: %s (%T)\n", fe.Field, fe.Value)
			}
		}
		fmt.Println("  steps:", mustTrain(c))
	}
}
