package main

import (
	"errors"
	"fmt"
)

type VErr struct{}

func (v *VErr) Error() string { return "bad" }

func validate() *VErr { return nil }

func count(errs ...error) int {
	n := 0
	for _, e := range errs {
		if e != nil {
			n++
		}
	}
	return n
}

func first(a, b error) bool { return a != nil }

func main() {
	var p *VErr
	fmt.Println(count(p, nil, validate()), first(p, nil), first(validate(), nil))
	fmt.Println(errors.Join(p) != nil, errors.Join(validate()) != nil)
	f := func(e error) bool { return e != nil }
	fmt.Println(f(p), f(validate()))
	m := map[string]error{}
	m["a"] = validate()
	fmt.Println(m["a"] != nil)
	type holder struct{ err error }
	h := holder{}
	h.err = validate()
	fmt.Println(h.err != nil)
	var arr [1]error
	arr[0] = p
	fmt.Println(arr[0] != nil)
}
