package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }

type sq struct{ s float64 }

func (q sq) Area() float64  { return q.s * q.s }
func (q sq) String() string { return fmt.Sprintf("sq(%g)", q.s) }

type bad struct{}

func (bad) Area() float64 { return 0 }
func (bad) Error() string { return "bad shape" }

func describe(s Shape) string {
	switch v := s.(type) {
	case fmt.Stringer:
		return "stringer " + v.String()
	case error:
		return "error " + v.Error()
	}
	return "plain"
}

func main() {
	fmt.Println(describe(sq{2}), "|", describe(bad{}))
	var s Shape = bad{}
	err, ok := s.(error)
	fmt.Println(ok, err, errors.Is(err, err))
}
