// Exercises: collecting several errors with errors.Join and inspecting the result.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrEmpty = errors.New("empty value")
var ErrNegative = errors.New("negative value")

func parseAll(fields []string) ([]int, error) {
	var errs []error
	var out []int
	for i, f := range fields {
		if f == "" {
			errs = append(errs, fmt.Errorf("field %d: %w", i, ErrEmpty))
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil {
			errs = append(errs, fmt.Errorf("field %d: %w", i, err))
			continue
		}
		if n < 0 {
			errs = append(errs, fmt.Errorf("field %d: %d: %w", i, n, ErrNegative))
			continue
		}
		out = append(out, n)
	}
	return out, errors.Join(errs...)
}

func main() {
	nums, err := parseAll([]string{"1", "2", "3"})
	fmt.Println(nums, err, err == nil)
	nums, err = parseAll([]string{"4", "", "x7", "-2", "5"})
	fmt.Println(nums)
	fmt.Println(err)
	fmt.Println("empty:", errors.Is(err, ErrEmpty), "negative:", errors.Is(err, ErrNegative))
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println("bad number:", numErr.Num, numErr.Func)
	}
	fmt.Println(errors.Join(nil, nil) == nil)
}
