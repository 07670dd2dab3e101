package main

import (
	"errors"
	"fmt"
)

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, errors.New("can't work with 42")
	}
	return arg + 3, nil
}

var ErrOutOfTea = fmt.Errorf("no more tea available")
var ErrPower = fmt.Errorf("can't boil water")

func makeTea(arg int) error {
	if arg == 2 {
		return ErrOutOfTea
	} else if arg == 4 {
		return fmt.Errorf("making tea: %w", ErrPower)
	}
	return nil
}

func lookup(m map[string]int, k string) (v int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("lookup %q: %w", k, err)
		}
	}()
	v, ok := m[k]
	if !ok {
		err = errors.New("missing key")
	}
	return
}

func main() {
	for _, i := range []int{7, 42} {
		if r, e := f(i); e != nil {
			fmt.Println("f failed:", e)
		} else {
			fmt.Println("f worked:", r)
		}
	}

	for i := range 5 {
		if err := makeTea(i); err != nil {
			if errors.Is(err, ErrOutOfTea) {
				fmt.Println("We should buy new tea!")
			} else if errors.Is(err, ErrPower) {
				fmt.Println("Now it is dark.")
			} else {
				fmt.Printf("unknown error: %s\n", err)
			}
			continue
		}
		fmt.Println("Tea is ready!")
	}

	_, err := lookup(map[string]int{"a": 1}, "b")
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err))
	joined := errors.Join(ErrOutOfTea, ErrPower)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrPower))
	fmt.Printf("%v|%q|%T\n", ErrPower, ErrPower, errors.Unwrap(fmt.Errorf("x: %w", ErrPower)))
	wrapped2 := fmt.Errorf("two: %w and %w", ErrOutOfTea, ErrPower)
	fmt.Println(wrapped2, errors.Is(wrapped2, ErrOutOfTea), errors.Unwrap(wrapped2) == nil)
}
