package main

import "fmt"

type VErr struct{}

func (v *VErr) Error() string { return "bad" }

func validate() *VErr { return nil }

func one() error { return validate() }

func two() (int, error) { return 1, validate() }

func named() (err error) {
	err = validate()
	return
}

func cond(b bool) error {
	if b {
		return nil
	}
	return validate()
}

func main() {
	_, e2 := two()
	fmt.Println(one() != nil, e2 != nil, named() != nil, cond(false) != nil, cond(true) != nil)
	var err error = validate()
	fmt.Println(err != nil)
	err = validate()
	fmt.Println(err != nil)
	x, err := 5, error(validate())
	fmt.Println(x, err != nil)
}
