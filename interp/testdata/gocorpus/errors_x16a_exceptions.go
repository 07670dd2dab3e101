package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
	Msg   string
}

func (e *ValidationError) Error() string { return e.Field + ": " + e.Msg }

type NotFoundError struct{ Key string }

func (e NotFoundError) Error() string { return "not found: " + e.Key }

func try(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case error:
				err = fmt.Errorf("caught: %w", x)
			case string:
				err = errors.New("caught string: " + x)
			default:
				err = fmt.Errorf("caught %T: %v", x, x)
			}
		}
	}()
	f()
	return nil
}

func parseAge(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(&ValidationError{"age", err.Error()})
	}
	if n < 0 {
		panic(&ValidationError{"age", "negative"})
	}
	return n
}

func lookup(m map[string]int, k string) int {
	v, ok := m[k]
	if !ok {
		panic(NotFoundError{k})
	}
	return v
}

func main() {
	m := map[string]int{"a": 1}
	cases := []func(){
		func() { fmt.Println("age", parseAge("42")) },
		func() { parseAge("x1") },
		func() { parseAge("-3") },
		func() { lookup(m, "b") },
		func() { panic("plain") },
		func() { panic(42) },
		func() {
			var arr []int
			_ = arr[3]
		},
		func() {
			var p *ValidationError
			fmt.Println(p.Field)
		},
	}
	for i, c := range cases {
		err := try(c)
		if err == nil {
			fmt.Println(i, "ok")
			continue
		}
		fmt.Println(i, err)
		var ve *ValidationError
		var nf NotFoundError
		switch {
		case errors.As(err, &ve):
			fmt.Println("  validation on", ve.Field)
		case errors.As(err, &nf):
			fmt.Println("  missing key", nf.Key)
		}
		var re interface{ RuntimeError() }
		if errors.As(err, &re) {
			fmt.Println("  runtime error")
		}
	}
}
