package main

import (
	"errors"
	"fmt"
	"strings"
)

type Tensor struct {
	Name string
	Data [][]float64
}

func (t Tensor) Dims() [2]int {
	if len(t.Data) == 0 {
		return [2]int{0, 0}
	}
	return [2]int{len(t.Data), len(t.Data[0])}
}

func zeros(name string, r, c int) Tensor {
	d := make([][]float64, r)
	for i := range d {
		d[i] = make([]float64, c)
	}
	return Tensor{name, d}
}

func expectSame(a, b Tensor) error {
	if a.Dims() != b.Dims() {
		return fmt.Errorf("grad %s has shape %v, param %s has %v", b.Name, b.Dims(), a.Name, a.Dims())
	}
	return nil
}

func main() {
	const batch, in, hidden, out = 16, 8, 5, 3
	params := []Tensor{zeros("W1", in, hidden), zeros("b1", 1, hidden), zeros("W2", hidden, out), zeros("b2", 1, out)}
	// simulated backward results, with one mistake: b2 summed over the wrong axis
	grads := []Tensor{zeros("dW1", in, hidden), zeros("db1", 1, hidden), zeros("dW2", hidden, out), zeros("db2", batch, 1)}
	var errs []error
	for i := range params {
		if err := expectSame(params[i], grads[i]); err != nil {
			errs = append(errs, err)
		}
		fmt.Printf("%-3s %v  %-4s %v\n", params[i].Name, params[i].Dims(), grads[i].Name, grads[i].Dims())
	}
	if err := errors.Join(errs...); err != nil {
		fmt.Println("shape check failed:")
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("  -", line)
		}
	}
	acts := map[string][2]int{"x": {batch, in}, "h": {batch, hidden}, "logits": {batch, out}}
	fmt.Println(acts)
	total := 0
	for _, p := range params {
		d := p.Dims()
		total += d[0] * d[1]
	}
	fmt.Println("parameters:", total)
}
