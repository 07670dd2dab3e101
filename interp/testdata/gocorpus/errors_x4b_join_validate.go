// Exercises: errors.Join of value-receiver custom errors, errors.As into a value type, %v of joined errors, nil error slices
package main

import (
	"errors"
	"fmt"
	"math"
)

type RowError struct {
	Row  int
	What string
}

func (e RowError) Error() string { return fmt.Sprintf("row %d: %s", e.Row, e.What) }

var ErrNoRows = errors.New("dataset has no rows")

func validate(X [][]float64, dim int) error {
	if len(X) == 0 {
		return ErrNoRows
	}
	var errs []error
	for i, row := range X {
		if len(row) != dim {
			errs = append(errs, RowError{i, fmt.Sprintf("has %d features, want %d", len(row), dim)})
			continue
		}
		for _, v := range row {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				errs = append(errs, RowError{Row: i, What: "not finite"})
				break
			}
		}
	}
	return errors.Join(errs...)
}

func main() {
	data := map[string][][]float64{
		"good":  {{1, 2}, {3, 4}},
		"bad":   {{1, 2}, {3}, {math.NaN(), 0}, {math.Inf(-1), 1, 2}},
		"empty": nil,
	}
	for _, name := range []string{"good", "bad", "empty"} {
		err := validate(data[name], 2)
		var re RowError
		fmt.Printf("%s: nil=%t\n", name, err == nil)
		if err != nil {
			fmt.Println(err)
		}
		if errors.As(err, &re) {
			fmt.Println("first bad row:", re.Row, "-", re.What)
		}
		fmt.Println("is ErrNoRows:", errors.Is(err, ErrNoRows))
	}
}
