package main

import (
	"errors"
	"fmt"
	"strconv"
)

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string {
	return fmt.Sprintf("%d - %s", e.arg, e.message)
}

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

type ValidationError struct {
	Field string
	Err   error
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Err.Error() }
func (v ValidationError) Unwrap() error { return v.Err }

var ErrEmpty = errors.New("empty")

type User struct {
	Name string
	Age  string
}

func validate(u User) error {
	if u.Name == "" {
		return ValidationError{"name", ErrEmpty}
	}
	if _, err := strconv.Atoi(u.Age); err != nil {
		return ValidationError{"age", err}
	}
	return nil
}

type temporary interface{ Temporary() bool }

type netErr struct{ code int }

func (n netErr) Error() string   { return "net error " + strconv.Itoa(n.code) }
func (n netErr) Temporary() bool { return n.code >= 500 }

func main() {
	_, err := f(42)
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg)
		fmt.Println(ae.message)
	} else {
		fmt.Println("err doesn't match argError")
	}

	users := []User{{"", "3"}, {"bob", "x1"}, {"amy", "30"}}
	for _, u := range users {
		err := validate(u)
		var ve ValidationError
		switch {
		case err == nil:
			fmt.Println(u.Name, "ok")
		case errors.Is(err, ErrEmpty):
			fmt.Println("empty field:", err)
		case errors.As(err, &ve):
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("field %s: func=%s num=%q err=%v\n", ve.Field, ne.Func, ne.Num, ne.Err)
			}
		}
	}

	for _, code := range []int{404, 503} {
		var e error = fmt.Errorf("request: %w", netErr{code})
		var t temporary
		if errors.As(e, &t) {
			fmt.Println(e, "temporary:", t.Temporary())
		}
	}
	var nilErr *argError
	var iface error = nilErr
	fmt.Println(iface != nil, nilErr == nil)
	fmt.Printf("%v %+v\n", &argError{1, "m"}, ValidationError{"f", ErrEmpty})
}
