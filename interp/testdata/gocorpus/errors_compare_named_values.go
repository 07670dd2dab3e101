// Exercises: == and != on error and fmt.Stringer values holding a named int error (Errno), a named float Stringer and a pointer, against values and sentinel errors
package main

import (
	"errors"
	"fmt"
)

type F float64

func (f F) String() string { return "f" }

type P struct{ n int }

func (p *P) String() string { return "p" }

type Errno int

func (e Errno) Error() string { return fmt.Sprint("errno ", int(e)) }

var ErrX = errors.New("x")

func get(n int) error {
	if n == 0 {
		return ErrX
	}
	return Errno(n)
}

func main() {
	var s fmt.Stringer = F(-40)
	fmt.Println(s == F(-40), s != F(-40), s == F(1))
	p := &P{1}
	var t fmt.Stringer = p
	var u fmt.Stringer = p
	fmt.Println(t == u, t == fmt.Stringer(p), t == s)
	err := get(2)
	fmt.Println(err == Errno(2), err == Errno(3), err == ErrX, get(0) == ErrX)
	fmt.Println(errors.Is(err, Errno(2)))
}
