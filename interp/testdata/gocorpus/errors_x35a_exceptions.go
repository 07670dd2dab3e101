package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValueError struct {
	Field string
	Value string
}

func (e *ValueError) Error() string {
	return fmt.Sprintf("invalid value %q for %s", e.Value, e.Field)
}

func parseAge(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ValueError{Field: "age", Value: s}
	}
	if n < 0 || n > 150 {
		return 0, fmt.Errorf("age out of range: %d", n)
	}
	return n, nil
}

func safeDivide(a, b int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	result = a / b
	return
}

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("expected positive, got %d", n))
	}
	return n
}

func tryCall(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("caught: ", r)
		}
	}()
	f()
	return "ok"
}

func main() {
	for _, in := range []string{"42", "abc", "-5", "200", "7"} {
		age, err := parseAge(in)
		var ve *ValueError
		switch {
		case errors.As(err, &ve):
			fmt.Println("ValueError:", ve.Field, ve)
		case err != nil:
			fmt.Println("Error:", err)
		default:
			fmt.Println("age =", age)
		}
	}

	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))

	fmt.Println(tryCall(func() { mustPositive(3) }))
	fmt.Println(tryCall(func() { mustPositive(-1) }))
	fmt.Println(tryCall(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(tryCall(func() {
		s := []int{1, 2}
		idx := 5
		_ = s[idx]
	}))

	joined := errors.Join(errors.New("first"), errors.New("second"))
	fmt.Println(joined)
}
