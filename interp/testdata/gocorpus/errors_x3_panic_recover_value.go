// Exercises: panic with an error value, recover, re-typing the recovered value with r.(error)
package main

import (
	"errors"
	"fmt"
)

var ErrSingular = errors.New("singular matrix")

func invert(det float64) float64 {
	if det == 0 {
		panic(ErrSingular)
	}
	return 1 / det
}

func safeInvert(det float64) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	return invert(det), nil
}

func main() {
	fmt.Println(safeInvert(4))
	v, err := safeInvert(0)
	fmt.Println(v, err, errors.Is(err, ErrSingular))
}
