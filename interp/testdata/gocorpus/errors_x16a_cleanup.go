package main

import (
	"errors"
	"fmt"
)

type Resource struct {
	name   string
	closed bool
	log    *[]string
}

func Open(name string, log *[]string) (*Resource, error) {
	if name == "" {
		return nil, errors.New("empty name")
	}
	*log = append(*log, "open "+name)
	return &Resource{name: name, log: log}, nil
}

func (r *Resource) Close() error {
	if r.closed {
		return fmt.Errorf("%s already closed", r.name)
	}
	r.closed = true
	*r.log = append(*r.log, "close "+r.name)
	if r.name == "bad" {
		return errors.New("close failed for bad")
	}
	return nil
}

func process(names []string, failAt int) (err error) {
	var log []string
	defer func() {
		fmt.Println("  log:", log)
	}()
	for i, n := range names {
		r, oerr := Open(n, &log)
		if oerr != nil {
			return fmt.Errorf("step %d: %w", i, oerr)
		}
		defer func() {
			if cerr := r.Close(); cerr != nil {
				err = errors.Join(err, cerr)
			}
		}()
		if i == failAt {
			panic(fmt.Sprintf("boom at %s", n))
		}
	}
	return nil
}

func safe(names []string, failAt int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return process(names, failAt)
}

func main() {
	fmt.Println(safe([]string{"a", "b", "c"}, -1))
	fmt.Println(safe([]string{"a", "bad"}, -1))
	fmt.Println(safe([]string{"x", "", "y"}, -1))
	fmt.Println(safe([]string{"p", "q"}, 1))
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("rethrown?", ok, err)
		}()
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Errorf("wrapped: %v", r))
			}
		}()
		panic("inner")
	}()
}
