package main

import "fmt"

type ErrBad struct{ N int }

func (e ErrBad) Error() string { return fmt.Sprint("bad ", e.N) }

func main() {
	fmt.Println("start")
	var err error = ErrBad{5}
	panic(err)
}
