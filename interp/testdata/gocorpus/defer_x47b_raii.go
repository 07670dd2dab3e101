package main

import (
	"errors"
	"fmt"
	"strings"
)

type Resource struct {
	name string
	log  *[]string
}

func Acquire(name string, log *[]string) (*Resource, error) {
	if strings.HasPrefix(name, "bad") {
		return nil, fmt.Errorf("acquire %s: unavailable", name)
	}
	*log = append(*log, "open "+name)
	return &Resource{name, log}, nil
}

func (r *Resource) Close() error {
	*r.log = append(*r.log, "close "+r.name)
	if strings.HasSuffix(r.name, "!") {
		return errors.New("close " + r.name + " failed")
	}
	return nil
}

func withResources(names []string, log *[]string) (err error) {
	for _, n := range names {
		r, aerr := Acquire(n, log)
		if aerr != nil {
			return aerr
		}
		defer func() {
			if cerr := r.Close(); cerr != nil {
				err = errors.Join(err, cerr)
			}
		}()
	}
	*log = append(*log, "work")
	return nil
}

type Guard struct {
	release func()
}

func Lock(name string, held map[string]bool) Guard {
	held[name] = true
	return Guard{func() { delete(held, name) }}
}

func (g Guard) Unlock() { g.release() }

func risky(n int) (res string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	held := map[string]bool{}
	defer func() { res += fmt.Sprintf(" held-after=%d", len(held)) }()
	g := Lock("a", held)
	defer g.Unlock()
	g2 := Lock("b", held)
	defer g2.Unlock()
	if n == 0 {
		panic("division by zero")
	}
	return fmt.Sprintf("100/%d=%d held=%d", n, 100/n, len(held)), nil
}

func main() {
	cases := [][]string{
		{"db", "cache", "file"},
		{"db", "bad-net", "file"},
		{"db", "sock!", "file!"},
	}
	for _, c := range cases {
		var log []string
		err := withResources(c, &log)
		fmt.Println(strings.Join(log, " | "))
		fmt.Printf("err: %v\n", err)
	}
	for _, n := range []int{4, 0} {
		r, err := risky(n)
		fmt.Printf("%q %v\n", r, err)
	}
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("end of main")
}
