package main

import (
	"errors"
	"fmt"
)

type Resource struct {
	name string
	log  *[]string
}

func Open(name string, log *[]string) (*Resource, error) {
	if name == "" {
		return nil, errors.New("empty name")
	}
	*log = append(*log, "open "+name)
	return &Resource{name, log}, nil
}

func (r *Resource) Close() error {
	*r.log = append(*r.log, "close "+r.name)
	if r.name == "bad" {
		return fmt.Errorf("close %s failed", r.name)
	}
	return nil
}

func process(names []string, failAt int) (n int, err error) {
	var log []string
	defer func() {
		fmt.Println("  log:", log)
	}()
	for i, name := range names {
		r, oerr := Open(name, &log)
		if oerr != nil {
			return n, fmt.Errorf("item %d: %w", i, oerr)
		}
		defer func() {
			if cerr := r.Close(); cerr != nil {
				err = errors.Join(err, cerr)
			}
		}()
		if i == failAt {
			panic(fmt.Sprintf("boom at %d", i))
		}
		n++
	}
	return n, nil
}

func safe(names []string, failAt int) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v (after %d)", r, n)
		}
	}()
	return process(names, failAt)
}

func rethrow() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer got: ", recover())
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("re-panic(%v)", r))
		}()
		panic("first")
	}()
	return "unreachable"
}

func counter() (x int) {
	defer func() { x *= 2 }()
	defer func() { x += 3 }()
	x = 1
	return x + 1
}

func main() {
	fmt.Println(safe([]string{"a", "b", "c"}, -1))
	fmt.Println(safe([]string{"a", "bad", "c"}, -1))
	fmt.Println(safe([]string{"a", "", "c"}, -1))
	fmt.Println(safe([]string{"x", "bad", "y"}, 2))
	fmt.Println(rethrow())
	fmt.Println(counter())
	for i := range 3 {
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()
}
