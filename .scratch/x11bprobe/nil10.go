package main

import "fmt"

type E struct{}

func (e *E) Error() string { return "E" }

type H map[string]int

func (h H) String() string { return fmt.Sprint(len(h)) }

type L []int

func (l L) Error() string { return "L" }

func two() (int, error) {
	var e *E
	return 0, e
}

func named() (err error) {
	var e *E
	err = e
	return
}

func viaVar() error {
	var e *E
	var err error = e
	return err
}

func main() {
	_, err := two()
	fmt.Println(err != nil, named() != nil, viaVar() != nil)
	var h H
	fmt.Println([]fmt.Stringer{h}[0] != nil)
	var l L
	var err2 error = l
	fmt.Println(err2 != nil, err2.Error())
	errs := [2]error{}
	errs[1] = (*E)(nil)
	fmt.Println(errs[1] != nil)
	var ep *E
	m := map[string]error{}
	m["x"] = ep
	fmt.Println(m["x"] != nil)
}
