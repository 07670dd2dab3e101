package main

import (
	"errors"
	"fmt"
)

type baseErr struct{ msg string }

func (b *baseErr) Error() string { return "base: " + b.msg }

type NotFound struct {
	*baseErr
	Key string
}

func find(k string) error {
	if k == "" {
		return nil
	}
	return NotFound{&baseErr{"missing " + k}, k}
}

func main() {
	err := find("x")
	fmt.Println(err)
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	fmt.Printf("%v|%s|%+v\n", err, err, []error{err})
	fmt.Println(find("") == nil)
}
