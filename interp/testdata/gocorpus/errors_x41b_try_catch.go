package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Exception struct {
	Type    string
	Message string
	Cause   error
}

func (e *Exception) Error() string {
	if e.Cause != nil {
		return e.Type + ": " + e.Message + " (caused by " + e.Cause.Error() + ")"
	}
	return e.Type + ": " + e.Message
}

func (e *Exception) Unwrap() error { return e.Cause }

func Throw(typ, msg string, cause error) {
	panic(&Exception{Type: typ, Message: msg, Cause: cause})
}

func Try(body func(), catch func(ex *Exception), finally func()) {
	defer func() {
		if finally != nil {
			finally()
		}
	}()
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch v := r.(type) {
		case *Exception:
			catch(v)
		case error:
			catch(&Exception{Type: "RuntimeException", Message: v.Error()})
		default:
			catch(&Exception{Type: "Throwable", Message: fmt.Sprint(v)})
		}
	}()
	body()
}

func parseAge(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		Throw("NumberFormatException", "cannot parse "+strconv.Quote(s), err)
	}
	if n < 0 {
		Throw("IllegalArgumentException", "age must be >= 0", nil)
	}
	return n
}

func main() {
	inputs := []string{"42", "abc", "-7", "19"}
	for _, in := range inputs {
		Try(func() {
			age := parseAge(in)
			fmt.Println("parsed", age)
		}, func(ex *Exception) {
			fmt.Println("caught", ex)
			var ne *strconv.NumError
			if errors.As(ex, &ne) {
				fmt.Println("  num error func:", ne.Func, "err:", ne.Err)
			}
		}, func() {
			fmt.Println("finally for", in)
		})
	}
	Try(func() {
		var arr []int
		_ = arr[3]
	}, func(ex *Exception) {
		fmt.Println(ex.Type, "-", ex.Message)
	}, nil)
	Try(func() {
		var m map[string]int
		m["x"] = 1
	}, func(ex *Exception) {
		fmt.Println(ex.Type, "-", ex.Message)
	}, nil)
	Try(func() {
		panic(fmt.Sprintf("custom %d", 7))
	}, func(ex *Exception) {
		fmt.Printf("%s: %q\n", ex.Type, ex.Message)
	}, func() { fmt.Println("done") })

	nested := func() (result string) {
		defer func() {
			if r := recover(); r != nil {
				result = fmt.Sprintf("rethrown: %v", r)
			}
		}()
		Try(func() {
			Throw("IOException", "disk full", nil)
		}, func(ex *Exception) {
			Throw("WrappedException", "while saving", ex)
		}, func() { fmt.Println("inner finally") })
		return "not reached"
	}
	fmt.Println(nested())
}
