// Exercises: an error type with its own Is method, errors.As into an interface type, fmt.Errorf with two %w, errors.Join
package main

import (
	"errors"
	"fmt"
)

type NaNError struct{ Layer string }

func (e *NaNError) Error() string { return "NaN in " + e.Layer }

func (e *NaNError) Is(target error) bool {
	t, ok := target.(*NaNError)
	return ok && (t.Layer == "" || t.Layer == e.Layer)
}

func (e *NaNError) Temporary() bool { return e.Layer == "dropout" }

var ErrStop = errors.New("stop training")

func check(layer string) error {
	if layer == "ok" {
		return nil
	}
	return fmt.Errorf("step 7: %w", &NaNError{layer})
}

func main() {
	for _, l := range []string{"fc1", "dropout", "ok"} {
		err := check(l)
		fmt.Println(err, errors.Is(err, &NaNError{}), errors.Is(err, &NaNError{"fc1"}))
		var tmp interface{ Temporary() bool }
		if errors.As(err, &tmp) {
			fmt.Println("  temporary:", tmp.Temporary())
		}
	}
	both := fmt.Errorf("epoch 3: %w; %w", check("fc2"), ErrStop)
	fmt.Println(both)
	fmt.Println(errors.Is(both, ErrStop), errors.Is(both, &NaNError{"fc2"}), errors.Unwrap(both) == nil)
	j := errors.Join(ErrStop, nil, check("x"))
	fmt.Printf("%q %v\n", j.Error(), errors.Is(j, &NaNError{"x"}))
}
