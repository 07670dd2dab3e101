package main

import (
	"errors"
	"fmt"
	"strings"
)

type FieldError struct {
	Field string
	Value any
	Msg   string
}

func (e FieldError) Error() string { return fmt.Sprintf("%s=%v: %s", e.Field, e.Value, e.Msg) }

type ValidationErrors []error

func (v ValidationErrors) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return fmt.Sprintf("%d problems: %s", len(v), strings.Join(msgs, "; "))
}

func (v ValidationErrors) Unwrap() []error { return v }

var ErrDivergence = errors.New("training diverged")

type NetConfig struct {
	Hidden     []int
	LR         float64
	Reg        float64
	Activation string
	BatchSize  int
}

func (c NetConfig) Validate() error {
	var errs ValidationErrors
	if c.LR <= 0 || c.LR > 1 {
		errs = append(errs, FieldError{"lr", c.LR, "must be in (0, 1]"})
	}
	if c.Reg < 0 {
		errs = append(errs, FieldError{"reg", c.Reg, "must be non-negative"})
	}
	for i, h := range c.Hidden {
		if h <= 0 {
			errs = append(errs, FieldError{fmt.Sprintf("hidden[%d]", i), h, "must be positive"})
		}
	}
	switch c.Activation {
	case "relu", "tanh", "sigmoid":
	default:
		errs = append(errs, FieldError{"activation", c.Activation, "unknown"})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func train(c NetConfig) (loss float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("train(lr=%g): %v: %w", c.LR, r, ErrDivergence)
		}
	}()
	if err := c.Validate(); err != nil {
		return 0, fmt.Errorf("invalid config: %w", err)
	}
	loss = 1.0
	for i := 0; i < 10; i++ {
		loss = loss * (1 + c.LR*10 - 2)
		if loss > 1e3 || loss < -1e3 {
			panic(fmt.Sprintf("loss exploded at iter %d", i))
		}
	}
	return loss, nil
}

func main() {
	configs := []NetConfig{
		{Hidden: []int{100}, LR: 0.1, Activation: "relu"},
		{Hidden: []int{100, 0, -5}, LR: 2, Reg: -1, Activation: "gelu"},
		{Hidden: []int{50}, LR: 0.9, Activation: "tanh"},
	}
	for i, c := range configs {
		loss, err := train(c)
		var ve ValidationErrors
		var fe FieldError
		switch {
		case err == nil:
			fmt.Printf("config %d: loss %.5f\n", i, loss)
		case errors.As(err, &ve):
			fmt.Printf("config %d: %v\n", i, err)
			errors.As(err, &fe)
			fmt.Printf("  %d field errors, first %q (%T)\n", len(ve), fe.Field, fe.Value)
		case errors.Is(err, ErrDivergence):
			fmt.Printf("config %d: diverged: %v\n", i, err)
		}
	}
}
