// Exercises: custom error type used through the error interface, type switch on concrete error.
package main

import (
	"fmt"
	"strconv"
)

type RangeError struct {
	Value, Min, Max int
}

func (e RangeError) Error() string {
	return fmt.Sprintf("%d not in [%d, %d]", e.Value, e.Min, e.Max)
}

func check(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return err
	}
	if n < 1 || n > 10 {
		return RangeError{n, 1, 10}
	}
	return nil
}

func main() {
	for _, in := range []string{"5", "42", "abc", "0"} {
		err := check(in)
		switch e := err.(type) {
		case nil:
			fmt.Println(in, "ok")
		case RangeError:
			fmt.Println(in, "range:", e.Value, e)
		case *strconv.NumError:
			fmt.Println(in, "parse:", e.Func, e.Err)
		}
	}
}
