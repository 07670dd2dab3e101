package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type StackErr struct {
	Op     string
	Frames []string
	Err    error
}

func (e *StackErr) Error() string {
	return fmt.Sprintf("%s: %v [%s]", e.Op, e.Err, strings.Join(e.Frames, "<"))
}
func (e *StackErr) Unwrap() error { return e.Err }

func level3(n int) {
	if n%2 == 1 {
		panic(fmt.Errorf("odd input %d: %w", n, os.ErrInvalid))
	}
	if n > 10 {
		var m map[string]int
		m["x"] = n
	}
	if n < 0 {
		panic(n)
	}
}

func level2(n int) (err error) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
		case error:
			err = &StackErr{"level2", []string{"level3"}, v}
		default:
			panic(fmt.Sprintf("re-panic: %v", v))
		}
	}()
	level3(n)
	return nil
}

func level1(n int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprintf("level1 caught %T: %v", r, r)
		}
	}()
	if err := level2(n); err != nil {
		var se *StackErr
		if errors.As(err, &se) {
			se.Frames = append(se.Frames, "level1")
		}
		return "error: " + err.Error()
	}
	return "ok"
}

func cleanup(name string, log *[]string) {
	*log = append(*log, "cleanup "+name)
}

func multiDefer() (log []string) {
	defer func() {
		r := recover()
		log = append(log, fmt.Sprint("final recover: ", r))
	}()
	defer cleanup("b", &log)
	defer func() {
		defer cleanup("inner", &log)
		panic("second panic")
	}()
	defer cleanup("a", &log)
	panic("first panic")
}

func main() {
	for _, n := range []int{2, 3, 12, -4} {
		fmt.Println(n, "=>", level1(n))
	}
	err := level2(5)
	fmt.Println(errors.Is(err, os.ErrInvalid), errors.Unwrap(errors.Unwrap(err)) == os.ErrInvalid)
	for _, l := range multiDefer() {
		fmt.Println(l)
	}
	var re interface{ RuntimeError() }
	func() {
		defer func() {
			r := recover()
			_, ok := r.(interface{ RuntimeError() })
			fmt.Println("runtime error:", ok, r)
		}()
		a := []int{1, 2, 3}
		i := 5
		fmt.Println(a[i%len(a)], a[:i])
	}()
	fmt.Println(re == nil)
	defer fmt.Println("main deferred runs before exit")
	func() {
		defer func() { fmt.Println("recovered nil-pointer:", recover() != nil) }()
		var p *StackErr
		fmt.Println(p.Op)
	}()
}
